import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { adversarial, randomDocument } from './fuzz-documents.ts';
import { forbiddenIn } from './html-tags.ts';
import { prng } from './random.ts';

// Random and adversarial Markdown through the whole pipeline: it must never
// throw, always give strings, never let a forbidden element through, and fall
// back to plain text only where that is the design. How long each shape takes
// is measured by `npm run bench` (tests/bench/parser-stress.ts), not here.
// FUZZ_SEED=n replays a run; FUZZ_DOCS=n makes more.
const seed = Number(process.env.FUZZ_SEED ?? 20_211_001);
const docs = Number(process.env.FUZZ_DOCS ?? 150);

function render(name: string, markdown: string): { fellBack: boolean } {
  let fellBack = false;
  const out = renderMarkdown(markdown, { lang: 'en-GB', onFallback: () => (fellBack = true) });
  expect(typeof out.html).toBe('string');
  expect(typeof out.excerptHtml).toBe('string');
  expect(Number.isFinite(out.units) && out.units >= 0).toBe(true);
  expect(Array.isArray(out.headings)).toBe(true);
  expect(forbiddenIn(out.html), `${name}: markup the sanitizer should have removed`).toEqual([]);
  return { fellBack };
}

describe(`random documents (seed ${seed})`, () => {
  it(`renders ${docs} without throwing, leaking markup or falling back`, () => {
    const r = prng(seed);
    for (let index = 0; index < docs; index++) {
      const { fellBack } = render(`random #${index}`, randomDocument(r));
      expect(fellBack, `random #${index} fell back: FUZZ_SEED=${seed}`).toBe(false);
    }
  });
});

describe('adversarial documents', () => {
  // No time limit of ours: the timeout only stops a hang from blocking the run.
  it.each(adversarial(false))('$name', ({ name, markdown, fallback = false }) => {
    expect(render(name, markdown(seed)).fellBack).toBe(fallback);
  }, 120_000);
});
