/**
 * The Markdown pipeline's cost per KB on a corpus's posts: Tandem's renderTask
 * (what the build runs per version, zh-Hant conversions included) against a
 * plain remark-parse + GFM → remark-rehype → rehype-stringify pipeline on the
 * same versions, in CPU time of this thread (machine load moves it less than
 * wall time). `--snapshot <file>` also writes every result, to compare two
 * revisions of the pipeline byte for byte.
 *
 *   node tests/bench/pipeline-speed.ts <content-root> [--posts 600] [--runs 2] [--snapshot out.json]
 * @module
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import rehypeStringify from 'rehype-stringify';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import remarkRehype from 'remark-rehype';
import { unified } from 'unified';
import { siteConfig } from '../../src/config/site.ts';
import { readContent, type PostVersion } from '../../src/content/index.ts';
import { parsePhrases, phraseFile } from '../../src/i18n/convert-script.ts';
import { getLocale } from '../../src/i18n/urls.ts';
import { EMBED_KINDS, LABEL_SLOTS, renderGroup, renderTask, type RenderLabels, type RenderTask } from '../../src/site/render-task.ts';
import { ALERT_KINDS } from '../../src/pipeline/index.ts';

const { values, positionals } = parseArgs({ allowPositionals: true, options: { posts: { type: 'string', default: '600' }, runs: { type: 'string', default: '2' }, snapshot: { type: 'string' } } });
const root = path.resolve(positionals[0] ?? '.');
const { content } = await readContent({ root, config: siteConfig });
const posts = content.posts.slice(0, Number(values.posts));

const labels: RenderLabels = {
  footnotes: 'Footnotes',
  footnoteBack: `Back to reference ${LABEL_SLOTS.number}`,
  embed: Object.fromEntries(EMBED_KINDS.map((kind) => [kind, `${kind} on ${LABEL_SLOTS.service}: ${LABEL_SLOTS.url}`])) as RenderLabels['embed'],
  alert: Object.fromEntries(ALERT_KINDS.map((kind) => [kind, kind])) as RenderLabels['alert'],
};
const repo = new URL('../../', import.meta.url).pathname;
const tasks: RenderTask[] = [];
// Each version with the versions a derived locale converts from it: the site renders them together.
const groups: RenderTask[][] = [];
const run = (task: RenderTask) => renderTask(task);
for (const post of posts) {
  for (const version of Object.values(post.versions) as PostVersion[]) {
    const locale = getLocale(siteConfig, version.locale);
    const base = { markdown: version.body, lang: locale.lang, excerptUnits: siteConfig.excerptLength[locale.countBy], labels, fingerprint: version.locale === post.sourceLocale };
    tasks.push(base);
    const group = [base];
    groups.push(group);
    for (const derived of siteConfig.locales.filter((l) => l.derivedFrom === version.locale && l.convert && !post.versions[l.code])) {
      const phrases = parsePhrases(readFileSync(path.join(repo, phraseFile(derived)), 'utf8'), phraseFile(derived));
      const task: RenderTask = { ...base, lang: derived.lang, fingerprint: false, conversion: { convert: derived.convert as NonNullable<typeof derived.convert>, phrases, relocateLinks: { from: `/${locale.path}/`, to: `/${derived.path}/` } } };
      tasks.push(task);
      group.push(task);
    }
  }
}
const written = tasks.filter((task) => !task.conversion);
const kb = (list: RenderTask[]) => list.reduce((sum, task) => sum + Buffer.byteLength(task.markdown), 0) / 1024;
const plain = unified().use(remarkParse).use(remarkGfm).use(remarkRehype).use(rehypeStringify).freeze();

function cpuMs(work: () => void): number {
  const start = process.cpuUsage();
  work();
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1000;
}

// Warm both up (processors, ICU data, OpenCC dictionaries) before measuring.
for (const task of tasks.slice(0, 40)) run(task);
for (const task of written.slice(0, 40)) plain.processSync(task.markdown);
const best = (work: () => void) => Math.min(...Array.from({ length: Number(values.runs) }, () => cpuMs(work)));
const plainMs = best(() => written.forEach((task) => plain.processSync(task.markdown)));
const oursMs = best(() => written.forEach((task) => run(task)));
const derived = tasks.filter((task) => task.conversion);
const derivedMs = best(() => derived.forEach((task) => run(task)));
const groupsMs = best(() => groups.forEach((group) => renderGroup(group)));
const line = (name: string, ms: number, list: RenderTask[]) => `${name.padEnd(34)} ${String(list.length).padStart(5)} versions ${kb(list).toFixed(0).padStart(6)} KB ${(ms / 1000).toFixed(2).padStart(7)} s CPU ${(ms / kb(list)).toFixed(3)} ms/KB`;
console.log(line('plain remark → rehype → html', plainMs, written));
console.log(line('renderTask, written versions', oursMs, written));
console.log(line('renderTask, derived (converted)', derivedMs, derived));
console.log(line('renderGroup, all (one parse each)', groupsMs, tasks));
console.log(`ratio ours / plain: ${(oursMs / plainMs).toFixed(2)}`);
// In task order, from the groups: the same bytes as rendering each task alone.
if (values.snapshot) writeFileSync(values.snapshot, JSON.stringify(groups.flatMap((group) => renderGroup(group))));
