import { describe, expect, it } from 'vitest';
import { renderMarkdown } from '../../../src/pipeline/index.ts';
import { forbiddenIn } from './html-tags.ts';
import { corpus, marker, vectors } from './xss-vectors.ts';

// Static checks on the HTML each vector renders to; tests/e2e/xss.spec.ts loads
// the same corpus in Chromium and checks that nothing runs or loads.

const en = { lang: 'en-GB' };

it('has at least 50 vectors with unique ids, in every category', () => {
  expect(vectors.length).toBeGreaterThanOrEqual(50);
  expect(new Set(vectors.map((v) => v.id)).size).toBe(vectors.length);
  expect(new Set(vectors.map((v) => v.category))).toEqual(new Set(['script', 'event', 'url', 'svg-mathml', 'broken', 'load', 'markdown', 'clobber']));
});

describe.each(vectors)('vector $id ($category)', ({ id, markdown }) => {
  const { html, excerptHtml } = renderMarkdown(`Before ${id}.\n\n${markdown}\n\n${marker(id)}`, en);

  it('leaves only allowed elements, attributes and URLs, and prefixed ids', () => {
    expect(forbiddenIn(html)).toEqual([]);
    expect(forbiddenIn(excerptHtml)).toEqual([]);
  });

  it('keeps the text around it', () => {
    expect(html).toContain(`<p>Before ${id}.</p>`);
    expect(html).toContain(marker(id));
  });
});

it('keeps every marker when all vectors share one post', () => {
  const { html } = renderMarkdown(corpus(), en);
  for (const vector of vectors) expect(html, vector.id).toContain(marker(vector.id));
});
