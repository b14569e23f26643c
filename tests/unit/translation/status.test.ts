import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { ContentValidationError, loadContent, type Post } from '../../../src/content/index.ts';
import {
  BaseRecordError,
  computeStatuses,
  createTranslation,
  markDone,
  readBase,
  recordBase,
  serialiseBase,
  statusOf,
  summarize,
  TranslationExistsError,
  validateBases,
  type TranslationStatus,
} from '../../../src/translation/index.ts';
import { inWords, writeTree } from '../helpers.ts';

const [source, target] = siteConfig.locales.map((l) => l.code);
if (!source || !target) throw new Error('the site config needs two locales for these tests');

const body = ['The motion asks the union to act.', '', 'SOAS has a long tradition of activism.', '', 'Read the full motion here.', ''].join('\n');
const sourceFile = `---\ntitle: Students vote\nsummary: A motion.\nupdates:\n  - date: 2021-02-23\n    text: It passed.\n---\n${body}`;
const dir = 'content/posts/vote';

async function project(files: Record<string, string> = {}) {
  return writeTree({
    'content/tags.yaml': `students:\n  ${source}: Students\n  ${target}: Students-T\n`,
    [`${dir}/post.yaml`]: `date: 2021-02-16\nsource: ${source}\ntags: [students]\n`,
    [`${dir}/${source}.md`]: sourceFile,
    ...files,
  });
}

async function postIn(root: string): Promise<Post> {
  const post = (await loadContent({ root, config: siteConfig })).posts[0];
  if (!post) throw new Error('fixture has no post');
  return post;
}

async function statusIn(root: string): Promise<TranslationStatus> {
  const [record] = await computeStatuses({ root, config: siteConfig });
  if (!record) throw new Error('no status');
  return record;
}

async function edit(root: string, file: string, change: (text: string) => string) {
  const absolute = path.join(root, file);
  await writeFile(absolute, change(await readFile(absolute, 'utf8')));
}

describe('status through a translation\'s life', () => {
  it('missing → draft (new) → draft (done) → up-to-date (published) → outdated (source edit) → up-to-date (done)', async () => {
    const root = await project();
    const missing = await statusIn(root);
    expect(missing).toMatchObject({ slug: 'vote', locale: target, sourceLocale: source, status: 'missing', sourceFile: `${dir}/${source}.md`, workLeft: { unit: 'words' } });
    expect(missing.workLeft.count).toBe(2 + 2 + 2 + 7 + 7 + 5); // title, summary, note, three paragraphs
    expect(missing).not.toHaveProperty('translationFile');

    const created = await createTranslation(root, await postIn(root), target, '2021-02-20');
    expect(created).toEqual({ file: `${dir}/${target}.md`, baseFile: `${dir}/${target}.base.json` });
    const draft = await statusIn(root);
    expect(draft).toMatchObject({ status: 'draft', translationFile: `${dir}/${target}.md`, recordedAt: '2021-02-20', title: { source: 'Students vote', translation: 'Students vote' } });
    expect(draft.workLeft.count).toBe(missing.workLeft.count);

    await markDone(root, await postIn(root), target, '2021-02-24');
    expect((await statusIn(root)).status).toBe('draft');

    await edit(root, `${dir}/${target}.md`, (t) => t.replace('draft: true\n', '').replace('title: Students vote', 'title: Students vote (translated)'));
    expect(await statusIn(root)).toMatchObject({ status: 'up-to-date', recordedAt: '2021-02-24', workLeft: { count: 0 } });

    await edit(root, `${dir}/${source}.md`, (t) => t.replace('long tradition', 'proud tradition'));
    const outdated = await statusIn(root);
    expect(outdated).toMatchObject({ status: 'outdated', recordedAt: '2021-02-24', workLeft: { unit: 'words', count: 7 } }); // the changed paragraph
    expect(outdated.status === 'outdated' && outdated.changes).toEqual([
      { kind: 'changed', oldIndex: 1, newIndex: 1, oldText: 'SOAS has a long tradition of activism.', newText: 'SOAS has a proud tradition of activism.' },
    ]);

    await markDone(root, await postIn(root), target, '2021-03-01');
    expect(await statusIn(root)).toMatchObject({ status: 'up-to-date', recordedAt: '2021-03-01' });
  });

  it('a published translation without a base record is in review', async () => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    expect(await statusIn(root)).toMatchObject({ status: 'review', translationFile: `${dir}/${target}.md`, workLeft: { count: 0 } });
    await markDone(root, await postIn(root), target, '2021-03-01');
    expect((await statusIn(root)).status).toBe('up-to-date');
  });

  it('formatting-only source edits leave a translation up to date', async () => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    await markDone(root, await postIn(root), target, '2021-03-01');
    await edit(root, `${dir}/${source}.md`, (t) => t.replace('has a long', 'has a\nlong').replace('act.', 'act.   ').replace('\n\nRead', '\n\n\n\nRead'));
    expect((await statusIn(root)).status).toBe('up-to-date');
  });

  it('reports field changes with the units of the new text', async () => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    await markDone(root, await postIn(root), target, '2021-03-01');
    await edit(root, `${dir}/${source}.md`, (t) => t.replace('    text: It passed.', '    text: It passed.\n  - date: 2021-03-02\n    text: The union wrote to the university.'));
    const record = await statusIn(root);
    expect(record).toMatchObject({ status: 'outdated', workLeft: { count: 6 } });
    expect(record.status === 'outdated' && record.changes).toEqual([{ kind: 'added', field: 'updates', newIndex: 1, newText: '[2021-03-02] The union wrote to the university.' }]);
  });

  it('statusOf is pure and says up-to-date for a record of the current source', async () => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    const post = await postIn(root);
    expect(statusOf(post, target, recordBase(post, target, '2021-03-01')).status).toBe('up-to-date');
    expect(statusOf(post, target, undefined).status).toBe('review');
  });

  it('summarizes coverage per locale', async () => {
    const root = await project();
    const [sourceSummary, targetSummary, ...derived] = summarize(await computeStatuses({ root, config: siteConfig }), siteConfig);
    expect(sourceSummary).toEqual({ locale: source, total: 0, counts: { missing: 0, draft: 0, review: 0, outdated: 0, 'up-to-date': 0, derived: 0 }, current: 0, upToDatePercent: 100 });
    expect(targetSummary).toEqual({ locale: target, total: 1, counts: { missing: 1, draft: 0, review: 0, outdated: 0, 'up-to-date': 0, derived: 0 }, current: 0, upToDatePercent: 0 });
    // A derived locale has nothing to do: its versions are converted from their parent's.
    for (const summary of derived) expect(summary).toMatchObject({ total: 1, counts: { derived: 1, missing: 0 }, current: 1, upToDatePercent: 100 });
  });
});

describe('a derived locale', () => {
  const derived = siteConfig.locales.find((l) => l.derivedFrom !== undefined);

  it.runIf(derived)('is derived, with no work, while it has no file of its own; a written file makes it an ordinary translation', async () => {
    if (!derived) return;
    const root = await project();
    const recordFor = async () => (await computeStatuses({ root, config: siteConfig })).find((r) => r.locale === derived.code);
    expect(await recordFor()).toEqual({
      slug: 'vote',
      locale: derived.code,
      sourceLocale: source,
      status: 'derived',
      title: { source: 'Students vote' },
      sourceFile: `${dir}/${source}.md`,
      derivedFrom: derived.derivedFrom,
      workLeft: { unit: 'words', count: 0 },
    });
    await writeFile(path.join(root, dir, `${derived.code}.md`), '---\ntitle: 學生投票\n---\n人手翻譯。\n');
    expect(await recordFor()).toMatchObject({ status: 'review', translationFile: `${dir}/${derived.code}.md` });
  });
});

describe('base records on disk', () => {
  it('are stable, reviewable JSON', async () => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    await markDone(root, await postIn(root), target, '2021-03-01');
    const text = await readFile(path.join(root, dir, `${target}.base.json`), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    expect(Object.keys(JSON.parse(text))).toEqual(['version', 'sourceLocale', 'recordedAt', 'digest', 'fields', 'blocks']);
    expect(JSON.parse(text).blocks.map((b: { text: string }) => b.text)).toEqual(['The motion asks the union to act.', 'SOAS has a long tradition of activism.', 'Read the full motion here.']);
    const record = await readBase(root, await postIn(root), target);
    expect(record && serialiseBase(record)).toBe(text);
  });

  it.each([
    ['not JSON', '{ "version": 1,', /is not valid JSON/],
    // A mistake V8 gives no place for: the place is found all the same.
    ['not JSON, cut short', '{\n  "version": 1,\n  "digest": ', /is not valid JSON/],
    ['a hand-edited hash', null, /at fields\.title\.hash|at blocks\.0\.hash/],
    ['an unknown key', 'extra', /format Tandem writes/],
  ])('a corrupt record (%s) is a BaseRecordError naming the file and the fix', async (_, replacement, message) => {
    const root = await project({ [`${dir}/${target}.md`]: '---\ntitle: T\n---\nTranslated.\n' });
    await markDone(root, await postIn(root), target, '2021-03-01');
    const file = `${dir}/${target}.base.json`;
    await edit(root, file, (t) => (replacement === null ? t.replace(/"hash": "[0-9a-f]{16}",\n(\s+)"text": "The motion/, '"hash": "nope",\n$1"text": "The motion') : replacement === 'extra' ? t.replace('{', '{ "extra": 1,') : replacement));
    const error = await readBase(root, await postIn(root), target).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(BaseRecordError);
    expect((error as BaseRecordError).location?.file).toBe(file);
    if (replacement?.startsWith('{\n')) expect((error as BaseRecordError).location).toMatchObject({ line: 3, column: 13 });
    const words = inWords(error as BaseRecordError);
    expect(words.message).toMatch(message);
    expect(words.hint).toContain(`tandem -- done vote --to ${target}`);
    const thrown = await computeStatuses({ root, config: siteConfig }).catch((e: unknown) => e);
    expect(thrown).toBeInstanceOf(ContentValidationError);
    expect((thrown as ContentValidationError).problems).toEqual([expect.objectContaining({ file, code: (error as BaseRecordError).code })]);
    const content = await loadContent({ root, config: siteConfig });
    expect((await validateBases(root, content, siteConfig)).map(inWords)).toEqual([expect.objectContaining({ file, message: expect.stringMatching(message) })]);
  });

  it('createTranslation never overwrites an existing translation', async () => {
    const existing = '---\ntitle: T\n---\nMy careful translation.\n';
    const root = await project({ [`${dir}/${target}.md`]: existing });
    await expect(createTranslation(root, await postIn(root), target, '2021-03-01')).rejects.toBeInstanceOf(TranslationExistsError);
    expect(await readFile(path.join(root, dir, `${target}.md`), 'utf8')).toBe(existing);
  });

  it('createTranslation loses the race safely when the file appears after content was read', async () => {
    const root = await project();
    const post = await postIn(root);
    await writeFile(path.join(root, dir, `${target}.md`), 'written meanwhile');
    await expect(createTranslation(root, post, target, '2021-03-01')).rejects.toBeInstanceOf(TranslationExistsError);
    expect(await readFile(path.join(root, dir, `${target}.md`), 'utf8')).toBe('written meanwhile');
  });
});
