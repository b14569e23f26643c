import { access, mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { TranslationStatus } from '../../src/translation/index.ts';
import { en, project, run, t, zh } from './helpers.ts';

const md = (front: string, body: string) => `---\n${front}\n---\n${body}`;

/** The fixture project plus static pages: `about` (untranslated) and `alpha` (translated, sharing a post's slug). */
async function withPages(): Promise<string> {
  const root = await project();
  const files: Record<string, string> = {
    'content/pages/about/page.yaml': `source: ${en}\n`,
    [`content/pages/about/${en}.md`]: md('title: About us\nsummary: Who we are', 'We are a small campaign.\n\nWe meet every month.\n'),
    'content/pages/alpha/page.yaml': `source: ${en}\n`,
    [`content/pages/alpha/${en}.md`]: md('title: Alpha page', 'A page, not the post.\n'),
    [`content/pages/alpha/${zh}.md`]: md('title: Alpha page-T', 'Translated page.\n'),
  };
  for (const [file, text] of Object.entries(files)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), text);
  }
  return root;
}

async function records(root: string): Promise<TranslationStatus[]> {
  const result = await run(['status', '--json', '--root', root]);
  expect(result.code).toBe(0);
  return JSON.parse(result.stdout) as TranslationStatus[];
}

const page = (all: TranslationStatus[], slug: string) => all.find((r) => r.kind === 'page' && r.slug === slug);

describe('static pages in the translators’ tools', () => {
  it('tandem status lists them after the posts, marked kind: page, in JSON, text and Markdown', async () => {
    const root = await withPages();
    const all = await records(root);
    expect(page(all, 'about')).toMatchObject({ slug: 'about', locale: zh, sourceLocale: en, status: 'missing', sourceFile: `content/pages/about/${en}.md`, kind: 'page' });
    expect(page(all, 'about')?.workLeft.count).toBeGreaterThan(0);
    expect(page(all, 'alpha')).toMatchObject({ status: 'review', translationFile: `content/pages/alpha/${zh}.md` });
    // The post of the same slug keeps its own record, without `kind`.
    const post = all.find((r) => r.slug === 'alpha' && r.kind === undefined);
    expect(post).toMatchObject({ sourceFile: `content/posts/alpha/${en}.md` });
    expect(Object.keys(post ?? {})).not.toContain('kind');
    // Posts first, then the pages by slug, every target locale of each.
    const pages = all.slice(all.findIndex((r) => r.kind === 'page'));
    expect(pages.map((r) => [r.kind, r.slug])).toEqual(pages.map((r, k) => ['page', k < pages.length / 2 ? 'about' : 'alpha']));

    const text = (await run(['status', '--root', root])).stdout;
    expect(text).toContain(t('worklist.pageSlug', { slug: 'about' }));
    const markdown = (await run(['status', '--format', 'markdown', '--root', root])).stdout;
    expect(markdown).toContain(`#p-about-${zh})`);
    // Pages have no side-by-side review page to link to; the post does.
    expect(markdown).not.toContain(`/translations/compare/about/`);
    expect(markdown).toContain(`/translations/compare/alpha/`);
  });

  it('new, done and diff work on a page as on a post', async () => {
    const root = await withPages();
    const created = await run(['new', 'about', '--to', zh, '--root', root]);
    expect(created.code).toBe(0);
    expect(created.stdout).toContain(t('cli.new.message', { created: t('cli.new.created'), file: `content/pages/about/${zh}.md`, source: en }));
    expect(created.stdout).toContain(t('cli.new.recorded', { baseFile: `content/pages/about/${zh}.base.json` }));
    const draftFile = path.join(root, `content/pages/about/${zh}.md`);
    expect(await readFile(draftFile, 'utf8')).toBe('---\ntitle: About us\nsummary: Who we are\ndraft: true\n---\nWe are a small campaign.\n\nWe meet every month.\n');
    expect(page(await records(root), 'about')?.status).toBe('draft');

    await writeFile(draftFile, md('title: 关于我们\nsummary: 我们是谁', '我们是一个小型运动。\n\n我们每月开会。\n'));
    const done = await run(['done', 'about', '--to', zh, '--date', '2024-05-01', '--root', root]);
    expect(done.code).toBe(0);
    expect(done.stdout).toContain(`content/pages/about/${zh}.base.json`);
    expect(page(await records(root), 'about')).toMatchObject({ status: 'up-to-date', recordedAt: '2024-05-01' });

    const sourceFile = path.join(root, `content/pages/about/${en}.md`);
    await writeFile(sourceFile, (await readFile(sourceFile, 'utf8')).replace('every month', 'every week'));
    const outdated = page(await records(root), 'about');
    expect(outdated).toMatchObject({ status: 'outdated', kind: 'page' });
    expect(outdated?.status === 'outdated' && outdated.changes).toEqual([{ kind: 'changed', oldIndex: 1, newIndex: 1, oldText: 'We meet every month.', newText: 'We meet every week.' }]);

    const diff = await run(['diff', 'about', '--to', zh, '--root', root]);
    expect(diff.code).toBe(0);
    expect(diff.stdout).toContain(t('cli.diff.changedSince', { file: `content/pages/about/${en}.md`, date: '2024-05-01' }));
    expect(diff.stdout).toContain('{+week+}');
    expect(diff.stdout).not.toContain('/translations/compare/');
  });

  it('done --all records pages too, each in its own folder even when a post shares the slug', async () => {
    const root = await withPages();
    const done = await run(['done', '--all', '--state', 'review', '--to', zh, '--yes', '--date', '2024-05-02', '--root', root]);
    expect(done.code).toBe(0);
    await access(path.join(root, `content/pages/alpha/${zh}.base.json`));
    await access(path.join(root, `content/posts/alpha/${zh}.base.json`));
    const all = await records(root);
    expect(all.filter((r) => r.slug === 'alpha' && r.locale === zh).map((r) => [r.kind ?? 'post', r.status])).toEqual([
      ['post', 'up-to-date'],
      ['page', 'up-to-date'],
    ]);
  });

  it('suggests a page’s slug for a typo', async () => {
    const root = await withPages();
    const result = await run(['new', 'abuot', '--to', zh, '--root', root]);
    expect(result.code).not.toBe(0);
    expect(result.stderr).toContain(t('cli.usage.didYouMean', { name: 'about' }));
  });
});
