import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../src/config/site.ts';
import { formatMarkdown } from '../../src/cli/format-markdown.ts';
import { summarize } from '../../src/translation/summary.ts';
import type { TranslationStatus } from '../../src/translation/status.ts';
import { WORK_STATES } from '../../src/translation/states.ts';
import { worklist } from '../../src/translation/worklist.ts';
import { project, run, t } from './helpers.ts';

const records = async () => JSON.parse((await run(['status', '--json', '--root', await project()])).stdout) as TranslationStatus[];
// The same records over and over: a site of thousands of posts, as far as the table is concerned.
const many = (base: TranslationStatus[], copies: number) => Array.from({ length: copies }, (_, k) => base.map((r) => ({ ...r, slug: `${r.slug}-${k}` }))).flat();
const markdown = (all: TranslationStatus[], maxBytes?: number, states = [...WORK_STATES]) =>
  formatMarkdown(worklist(all, { states }), summarize(all, siteConfig), { config: siteConfig, t, language: siteConfig.defaultLocale, filtered: false }, maxBytes);
const rows = (text: string) => text.split('\n').filter((line) => line.startsWith('| [')).length;

describe('tandem status --format markdown', () => {
  it('lists the translations with work left, and only counts those up to date or converted', async () => {
    const all = await records();
    const { stdout } = await run(['status', '--format', 'markdown', '--root', await project()]);
    const work = all.filter((r) => (WORK_STATES as readonly string[]).includes(r.status));
    expect(rows(stdout)).toBe(work.length);
    for (const state of ['up-to-date', 'derived'] as const) {
      const count = all.filter((r) => r.status === state).length;
      if (count > 0) {
        expect(stdout).not.toContain(`| ${t(`status.${state}`)} |`);
        expect(stdout).toContain(`${t(`status.${state}`)}: ${count}`);
      }
    }
    // Asked for by --state, they are listed.
    const asked = await run(['status', '--format', 'markdown', '--state', 'up-to-date,derived', '--root', await project()]);
    expect(rows(asked.stdout)).toBe(all.length - work.length);
  });

  it.each([
    ['a CI summary (GitHub takes 1 MiB)', undefined],
    ['a small budget', 20_000],
  ])('stays within %s, and counts the rows left out per state', async (_, budget) => {
    const all = many(await records(), 4000);
    const text = markdown(all, budget);
    expect(Buffer.byteLength(text)).toBeLessThanOrEqual(budget ?? 1_000_000);
    const work = all.filter((r) => (WORK_STATES as readonly string[]).includes(r.status));
    const left = [...text.matchAll(/… and (\d+) more/g)].reduce((sum, [, n]) => sum + Number(n), 0);
    expect(left).toBeGreaterThan(0);
    expect(rows(text) + left).toBe(work.length);
  });

  it('says when nothing is left to do', async () => {
    const done = (await records()).map((r) => ({ ...r, status: 'up-to-date' }) as TranslationStatus);
    expect(markdown(done)).toContain(t('cli.worklist.allDone'));
  });
});
