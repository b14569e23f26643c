/**
 * Deterministic synthetic bilingual corpora for the benchmark: `content/posts/<slug>/`
 * folders with post.yaml, the source Markdown, and a translation in a realistic state
 * (up to date, outdated, draft, missing), plus the `<locale>.base.json` records that
 * Tandem's translation engine reads. The same seed and index always give the same
 * post, so the 200-post corpus is the first 200 posts of the 2,000-post one.
 * @module
 */
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { stringify } from 'yaml';
import { codeBlocks, headings, links, listItems, months, retailerQuestions, sentences, sessions, slotValues, tags, times, titles, updateNotes, type Bi, type Lang, type Topic } from './prose.ts';

/** Translation states the generator aims for, as `tandem status` names them. */
export type GenState = 'up-to-date' | 'outdated' | 'draft' | 'missing';

/** The target mix of translation states, and the share of Chinese-first posts. */
export const STATE_MIX: Record<GenState, number> = { 'up-to-date': 0.55, outdated: 0.15, draft: 0.1, missing: 0.2 };
export const CHINESE_FIRST = 0.15;

// ---------------------------------------------------------------- seeded randomness

/** mulberry32: a small, fast, well-distributed 32-bit PRNG. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Helpers over one random stream. */
export class Rng {
  readonly next: () => number;
  constructor(seed: number) {
    this.next = prng(seed);
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick() from an empty list');
    return item;
  }
  /** `count` distinct items, in random order. */
  sample<T>(items: readonly T[], count: number): T[] {
    const copy = [...items];
    for (let i = copy.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
    }
    return copy.slice(0, Math.min(count, copy.length));
  }
  weighted<K extends string>(weights: Record<K, number>): K {
    const entries = Object.entries(weights) as [K, number][];
    let r = this.next() * entries.reduce((sum, [, w]) => sum + w, 0);
    for (const [key, w] of entries) if ((r -= w) < 0) return key;
    return (entries.at(-1) as [K, number])[0];
  }
}

/** A seed per (corpus seed, post index), so posts do not depend on the corpus size. */
function seedFor(seed: number, index: number): number {
  let h = (seed ^ 0x9e3779b9) >>> 0;
  h = Math.imul(h ^ index, 0x85ebca6b) >>> 0;
  h = Math.imul(h ^ (h >>> 13), 0xc2b2ae35) >>> 0;
  return (h ^ (h >>> 16)) >>> 0;
}

// ---------------------------------------------------------------- text

const other = (lang: Lang): Lang => (lang === 'en' ? 'zh' : 'en');
const map = (text: Bi, f: (s: string, lang: Lang) => string): Bi => ({ en: f(text.en, 'en'), zh: f(text.zh, 'zh') });

function iso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

function addDays(date: Date, days: number): Date {
  return new Date(date.getTime() + days * 86_400_000);
}

/** Fills {slots} with one value per slot, the same in both languages. */
function fill(template: Bi, rng: Rng): Bi {
  const chosen = new Map<string, Bi>();
  const value = (slot: string): Bi => {
    let v = chosen.get(slot);
    if (v) return v;
    if (slot === 'number') v = { en: String(rng.int(120, 9000)), zh: '' };
    else if (slot === 'small') v = { en: String(rng.int(3, 40)), zh: '' };
    else if (slot === 'pct') v = { en: String(rng.int(55, 97)), zh: '' };
    else if (slot === 'year') v = { en: String(rng.int(2009, 2025)), zh: '' };
    else if (slot === 'time') v = rng.pick(times);
    else if (slot === 'day') {
      const month = rng.int(1, 12);
      const day = rng.int(1, 28);
      v = { en: `${day} ${months[month - 1]}`, zh: `${month}月${day}日` };
    } else if (slot in slotValues) v = rng.pick(slotValues[slot as keyof typeof slotValues]);
    else throw new Error(`Unknown slot {${slot}}`);
    if (v.zh === '') v = { en: v.en, zh: v.en };
    chosen.set(slot, v);
    return v;
  };
  return map(template, (s, lang) => s.replace(/\{(\w+)\}/g, (_, slot: string) => value(slot)[lang]));
}

const joinSentences = (parts: Bi[]): Bi => ({ en: parts.map((p) => p.en).join(' '), zh: parts.map((p) => p.zh).join('') });

interface Ctx {
  rng: Rng;
  topic: Topic;
  /** Slugs of earlier posts, for internal links. */
  earlier: readonly string[];
  footnotes: Bi[];
  /** Sentence templates this post has used, so it repeats itself only once it has said everything. */
  used: Set<Bi>;
}

const TOPICS = Object.keys(sentences) as Topic[];

function sentence(ctx: Ctx, topic?: Topic): Bi {
  const { rng } = ctx;
  let template: Bi | undefined;
  for (let attempt = 0; attempt < 6 && !template; attempt++) {
    const candidate = rng.pick(sentences[topic ?? (rng.chance(0.55) ? ctx.topic : rng.pick(TOPICS))]);
    if (!ctx.used.has(candidate) || attempt === 5) template = candidate;
  }
  ctx.used.add(template as Bi);
  return fill(template as Bi, rng);
}

function linkSentence(ctx: Ctx): Bi {
  const { rng } = ctx;
  if (ctx.earlier.length > 0 && rng.chance(0.4)) {
    const slug = rng.pick(ctx.earlier);
    return rng.chance(0.5)
      ? { en: `We covered this in [an earlier post](/en/posts/${slug}/).`, zh: `我们在[此前的文章](/zh/posts/${slug}/)中报道过此事。` }
      : { en: `See also [our report from last time](/en/posts/${slug}/).`, zh: `另请参阅[我们上次的报道](/zh/posts/${slug}/)。` };
  }
  const link = rng.pick(links);
  const forms: [string, string][] = [
    ['Read [$en]($url).', '请阅读[$zh]($url)。'],
    ['More detail is in [$en]($url).', '更多细节见[$zh]($url)。'],
    ['You can find [$en]($url) online.', '[$zh]($url)可在网上查阅。'],
  ];
  const [en, zh] = rng.pick(forms);
  const put = (s: string) => s.replace('$en', link.text.en).replace('$zh', link.text.zh).replace('$url', link.url);
  return { en: put(en), zh: put(zh) };
}

function paragraph(ctx: Ctx, topic?: Topic): Bi {
  const { rng } = ctx;
  const count = rng.weighted({ 1: 1, 2: 3, 3: 4, 4: 3, 5: 2, 6: 1 });
  const parts: Bi[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < Number(count) * 3 && parts.length < Number(count); i++) {
    const s = sentence(ctx, topic);
    if (seen.has(s.en)) continue;
    seen.add(s.en);
    parts.push(s);
  }
  if (rng.chance(0.12)) {
    const k = rng.int(0, parts.length - 1);
    parts[k] = map(parts[k] as Bi, (s) => `**${s}**`);
  }
  if (rng.chance(0.02) && ctx.footnotes.length < 3) {
    const n = ctx.footnotes.length + 1;
    parts[parts.length - 1] = map(parts.at(-1) as Bi, (s) => `${s}[^${n}]`);
    ctx.footnotes.push(rng.pick([
      { en: 'Figures from the organisers\' own count.', zh: '数据来自组织者自己的统计。' },
      { en: 'Quoted with the speaker\'s permission.', zh: '经发言人同意引用。' },
      { en: `Reported by the ${rng.pick(slotValues.city).en} branch.`, zh: '由当地支部报告。' },
    ]));
  }
  if (rng.chance(0.22)) parts.push(linkSentence(ctx));
  return joinSentences(parts);
}

function list(ctx: Ctx): Bi {
  const { rng } = ctx;
  const items = rng.sample(listItems, rng.int(3, 6)).map((item) => fill(item, rng));
  const style = rng.weighted({ ul: 6, ol: 3, task: 1 });
  const marker = (k: number) => (style === 'ol' ? `${k + 1}. ` : style === 'task' ? `- [${rng.chance(0.5) ? 'x' : ' '}] ` : '- ');
  const lines = items.map((item, k) => ({ prefix: marker(k), item }));
  return { en: lines.map((l) => l.prefix + l.item.en).join('\n'), zh: lines.map((l) => l.prefix + l.item.zh).join('\n') };
}

function table(ctx: Ctx): Bi {
  const { rng } = ctx;
  const kind = rng.weighted({ retailers: 2, programme: 2, vote: 1 });
  let head: Bi[];
  let rows: Bi[][];
  let align: string[];
  if (kind === 'retailers') {
    head = [{ en: 'Question', zh: '问题' }, { en: 'Why it matters', zh: '为什么重要' }];
    rows = rng.sample(retailerQuestions, rng.int(3, 6)).map(([q, why]) => [q, why]);
    align = ['---', '---'];
  } else if (kind === 'programme') {
    head = [{ en: 'Time', zh: '时间' }, { en: 'Session', zh: '环节' }, { en: 'Speaker', zh: '发言人' }];
    let minutes = 18 * 60 + rng.pick([0, 30]);
    rows = rng.sample(sessions, rng.int(3, 6)).map((session) => {
      const time = `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
      minutes += rng.pick([15, 20, 30, 45]);
      return [{ en: time, zh: time }, session, rng.pick(slotValues.person)];
    });
    align = ['---', '---', '---'];
  } else {
    head = [{ en: 'Branch', zh: '支部' }, { en: 'For', zh: '赞成' }, { en: 'Against', zh: '反对' }, { en: 'Abstain', zh: '弃权' }];
    rows = rng.sample(slotValues.city, rng.int(3, 7)).map((city) => [city, ...[rng.int(10, 400), rng.int(0, 60), rng.int(0, 20)].map((n) => ({ en: String(n), zh: String(n) }))]);
    align = [':--', '--:', '--:', '--:'];
  }
  const row = (cells: string[]) => `| ${cells.join(' | ')} |`;
  const render = (lang: Lang) => [row(head.map((h) => h[lang])), row(align), ...rows.map((r) => row(r.map((c) => c[lang])))].join('\n');
  return { en: render('en'), zh: render('zh') };
}

function code(ctx: Ctx): Bi {
  const block = ctx.rng.pick(codeBlocks);
  return map(fill(block.text, ctx.rng), (s) => `\`\`\`${block.lang}\n${s}\n\`\`\``);
}

function quote(ctx: Ctx): Bi {
  const { rng } = ctx;
  const parts = Array.from({ length: rng.int(1, 3) }, () => sentence(ctx, rng.pick(['accountability', 'hk', 'news'] as Topic[])));
  return map(joinSentences(parts), (s) => `> ${s}`);
}

/** A body as blocks, each the same Markdown block in both languages. */
function body(ctx: Ctx): Bi[] {
  const { rng } = ctx;
  const blocks: Bi[] = [paragraph(ctx)];
  if (rng.chance(0.3)) blocks.push(paragraph(ctx));
  if (rng.chance(0.5)) blocks.push({ en: '<!-- more -->', zh: '<!-- more -->' });
  const size = rng.weighted({ short: 35, medium: 45, long: 20 });
  if (size === 'short') {
    for (let i = rng.int(1, 3); i > 0; i--) blocks.push(paragraph(ctx));
    if (rng.chance(0.3)) blocks.push(list(ctx));
  } else {
    const sections = size === 'medium' ? rng.int(2, 4) : rng.int(5, 10);
    const used = rng.sample(headings, sections);
    for (const heading of used) {
      blocks.push(map(heading, (s) => `## ${s}`));
      for (let i = rng.int(1, 4); i > 0; i--) blocks.push(paragraph(ctx));
      if (rng.chance(0.35)) blocks.push(list(ctx));
      if (rng.chance(0.12)) blocks.push(table(ctx));
      if (rng.chance(0.05)) blocks.push(code(ctx));
      if (rng.chance(0.12)) blocks.push(quote(ctx));
      if (rng.chance(0.2)) {
        blocks.push(map(rng.pick(headings), (s) => `### ${s}`));
        for (let i = rng.int(1, 2); i > 0; i--) blocks.push(paragraph(ctx));
      }
    }
  }
  ctx.footnotes.forEach((note, k) => blocks.push(map(note, (s) => `[^${k + 1}]: ${s}`)));
  return blocks;
}

// ---------------------------------------------------------------- posts

/** One generated post, before it is written. */
export interface GenPost {
  index: number;
  slug: string;
  date: Date;
  source: Lang;
  target: Lang;
  state: GenState;
  /** Drafts: whether `tandem new` recorded a base (half of them). */
  draftHasBase: boolean;
  tags: string[];
  event?: { start: string; end: string; timeZone: string };
  title: Bi;
  summary?: Bi;
  location?: Bi;
  updates: { date: string; text: Bi }[];
  blocks: Bi[];
  /** Outdated posts: the date the translation was recorded as up to date. */
  recordedAt: string;
  rng: Rng;
}

const EPOCH = Date.UTC(2016, 0, 1);

function slugify(text: string): string {
  return text.toLowerCase().replace(/&/g, 'and').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 48).replace(/-+$/, '');
}

function localTime(date: Date, hour: number, minute: number): string {
  return `${iso(date)}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}`;
}

function makePost(seed: number, index: number, earlier: readonly string[]): GenPost {
  const rng = new Rng(seedFor(seed, index));
  const source: Lang = rng.chance(CHINESE_FIRST) ? 'zh' : 'en';
  const state = rng.weighted(STATE_MIX);
  const postTags = rng.sample(tags, Number(rng.weighted({ 1: 3, 2: 4, 3: 2 })));
  const primary = postTags[0] ?? tags[0];
  const topic = primary?.topic ?? 'campaign';
  const date = new Date(EPOCH + rng.int(0, 9 * 365) * 86_400_000);
  const isEvent = rng.chance(topic === 'events' ? 0.7 : 0.08);
  const ctx: Ctx = { rng, topic, earlier, footnotes: [], used: new Set() };
  const title = fill(rng.pick(titles), rng);
  const slug = `${slugify(title.en)}-${index + 1}`;
  const post: GenPost = {
    index, slug, date, source, target: other(source), state, draftHasBase: rng.chance(0.5),
    tags: postTags.map((t) => t.slug), title, updates: [], blocks: [], recordedAt: iso(addDays(date, rng.int(1, 30))), rng,
  };
  if (rng.chance(0.6)) post.summary = sentence(ctx);
  if (isEvent) {
    const day = addDays(date, rng.int(3, 30));
    const hour = rng.pick([11, 14, 18, 19]);
    post.event = { start: localTime(day, hour, rng.pick([0, 30])), end: localTime(day, hour + rng.int(1, 3), 0), timeZone: rng.pick(['Europe/London', 'Europe/London', 'Europe/London', 'Asia/Hong_Kong', 'Europe/Berlin']) };
    const venue = rng.pick(slotValues.venue);
    const city = rng.pick(slotValues.city);
    post.location = rng.chance(0.2) ? { en: 'Online (Zoom)', zh: '线上（Zoom）' } : { en: `${venue.en}, ${city.en}`, zh: `${city.zh}${venue.zh}` };
  }
  if (rng.chance(0.2)) {
    let day = date;
    for (const note of rng.sample(updateNotes, rng.int(1, 3))) {
      day = addDays(day, rng.int(1, 40));
      post.updates.push({ date: iso(day), text: fill(note, rng) });
    }
  }
  post.blocks = body(ctx);
  return post;
}

/** The Markdown file of one language version. */
function versionFile(post: GenPost, lang: Lang, options: { draft?: boolean; translatedBlocks?: number } = {}): string {
  const fm: Record<string, unknown> = { title: post.title[lang] };
  if (post.summary) fm.summary = post.summary[lang];
  if (post.location) fm.location = post.location[lang];
  if (post.updates.length > 0) fm.updates = post.updates.map((u) => ({ date: u.date, text: u.text[lang] }));
  if (options.draft) fm.draft = true;
  const upTo = options.translatedBlocks ?? post.blocks.length;
  // A draft is translated from the top; the rest still holds the source text, as `tandem new` leaves it.
  const text = post.blocks.map((block, k) => (k < upTo ? block[lang] : block[post.source])).join('\n\n');
  return `---\n${stringify(fm, { lineWidth: 0 })}---\n${text}\n`;
}

function postYaml(post: GenPost): string {
  const lines = [`date: ${iso(post.date)}`, `source: ${post.source}`, `tags: [${post.tags.join(', ')}]`];
  if (post.event) lines.push('event:', `  start: ${post.event.start}`, `  end: ${post.event.end}`, `  timeZone: ${post.event.timeZone}`);
  return `${lines.join('\n')}\n`;
}

/** Changes the source in meaning after its translation was recorded: what makes a translation outdated. */
function editSource(post: GenPost): void {
  const { rng } = post;
  const ctx: Ctx = { rng, topic: 'campaign', earlier: [], footnotes: [], used: new Set() };
  const kind = rng.weighted({ paragraph: 5, append: 2, update: 2, title: 1 });
  if (kind === 'update') {
    post.updates = [...post.updates, { date: iso(addDays(new Date(post.recordedAt), rng.int(1, 30))), text: fill(rng.pick(updateNotes), rng) }];
  } else if (kind === 'title') {
    post.title = map(post.title, (s, lang) => `${s}${lang === 'en' ? ' (updated)' : '（更新）'}`);
  } else if (kind === 'append') {
    post.blocks = [...post.blocks, paragraph(ctx)];
  } else {
    // Not one holding a footnote reference: its definition would be left unreferenced, which `check` reports.
    const paragraphs = post.blocks.map((b, k) => ({ b, k })).filter(({ b }) => /^[^#|>`\-\d[<]/.test(b.en) && !b.en.includes('[^'));
    const target = paragraphs.length > 0 ? rng.pick(paragraphs).k : 0;
    post.blocks = post.blocks.map((b, k) => (k === target ? paragraph(ctx) : b));
  }
}

// ---------------------------------------------------------------- writing

/** Runs `fn` over items with at most `limit` running at once. */
export async function pool<T>(items: readonly T[], limit: number, fn: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  const worker = async () => {
    while (next < items.length) {
      const k = next++;
      await fn(items[k] as T, k);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
}

/** What the generator wrote, and what `tandem status` should find. */
export interface CorpusSummary {
  posts: number;
  chineseFirst: number;
  states: Record<GenState, number>;
  /** Language versions written (sources + translations, drafts included). */
  versions: number;
  /** Events, posts with update notes, with tables, with code. */
  features: { events: number; updates: number; tables: number; code: number; lists: number; links: number; footnotes: number };
  /** Markdown bytes written, and words (English) / characters (Chinese) of sources. */
  markdownBytes: number;
  sourceUnits: { enWords: number; zhChars: number };
  /** Base records written by the CLI (`tandem done`) and by the same library call in-process. */
  bases: { cli: number; library: number };
  /** A published, up-to-date English-first post to edit for the rebuild measurement. */
  editTarget?: { slug: string; file: string };
}

/** The parts of Tandem's own code the generator calls to record base files. */
export interface TandemLibrary {
  readContent: (typeof import('../../src/content/index.ts'))['readContent'];
  markDone: (typeof import('../../src/translation/index.ts'))['markDone'];
  siteConfig: (typeof import('../../src/config/site.ts'))['siteConfig'];
}

export interface GenerateOptions {
  /** Project folder: content/ is written under it. */
  root: string;
  posts: number;
  seed?: number;
  /** Tandem's library, loaded from the project under test; without it no base files are written. */
  library?: TandemLibrary | undefined;
  /** Records the first few bases with the real CLI (`tandem done`), to check both write the same thing. */
  cliDone?: ((slug: string, locale: string, date: string) => Promise<void>) | undefined;
  cliSamples?: number;
}

const SEED = 20210216;

/** Writes a corpus under `<root>/content/` (replacing any there) and returns what it holds. */
export async function generateCorpus(options: GenerateOptions): Promise<CorpusSummary> {
  const { root, posts: count } = options;
  const contentDir = path.join(root, 'content');
  await rm(contentDir, { recursive: true, force: true });
  await mkdir(path.join(contentDir, 'posts'), { recursive: true });
  await writeFile(path.join(contentDir, 'tags.yaml'), tags.map((t) => `${t.slug}:\n  en: ${t.label.en}\n  zh: ${t.label.zh}\n`).join(''));

  const posts: GenPost[] = [];
  const slugs: string[] = [];
  for (let i = 0; i < count; i++) {
    const post = makePost(options.seed ?? SEED, i, slugs);
    posts.push(post);
    slugs.push(post.slug);
  }

  const summary: CorpusSummary = {
    posts: count, chineseFirst: 0, states: { 'up-to-date': 0, outdated: 0, draft: 0, missing: 0 }, versions: 0,
    features: { events: 0, updates: 0, tables: 0, code: 0, lists: 0, links: 0, footnotes: 0 }, markdownBytes: 0, sourceUnits: { enWords: 0, zhChars: 0 }, bases: { cli: 0, library: 0 },
  };
  const dirOf = (post: GenPost) => path.join(contentDir, 'posts', post.slug);
  const write = async (post: GenPost, name: string, text: string) => {
    summary.markdownBytes += name.endsWith('.md') ? Buffer.byteLength(text) : 0;
    await writeFile(path.join(dirOf(post), name), text);
  };
  await pool(posts, 32, async (post) => {
    await mkdir(dirOf(post), { recursive: true });
    await write(post, 'post.yaml', postYaml(post));
    await write(post, `${post.source}.md`, versionFile(post, post.source));
    if (post.state === 'draft') await write(post, `${post.target}.md`, versionFile(post, post.target, { draft: true, translatedBlocks: Math.floor(post.blocks.length * (0.2 + post.rng.next() * 0.5)) }));
    else if (post.state !== 'missing') await write(post, `${post.target}.md`, versionFile(post, post.target));
  });
  for (const post of posts) {
    summary.states[post.state]++;
    if (post.source === 'zh') summary.chineseFirst++;
    summary.versions += post.state === 'missing' ? 1 : 2;
    const text = post.blocks.map((b) => b.en).join('\n');
    const f = summary.features;
    if (post.event) f.events++;
    if (post.updates.length > 0) f.updates++;
    if (/^\|/m.test(text)) f.tables++;
    if (/^```/m.test(text)) f.code++;
    if (/^(- |\d+\. )/m.test(text)) f.lists++;
    if (/\]\(/.test(text)) f.links++;
    if (/\[\^1\]/.test(text)) f.footnotes++;
    const source = post.blocks.map((b) => b[post.source]).join('\n');
    if (post.source === 'en') summary.sourceUnits.enWords += source.split(/\s+/).filter(Boolean).length;
    else summary.sourceUnits.zhChars += (source.match(/\p{Script=Han}/gu) ?? []).length;
  }

  // Base records: what `tandem done` writes when a translator finishes. The first few go
  // through the real CLI; the rest through the same library call, in-process (spawning the
  // CLI thousands of times, each reading the whole corpus, would take hours).
  const recorded = posts.filter((p) => p.state === 'up-to-date' || p.state === 'outdated' || (p.state === 'draft' && p.draftHasBase));
  if (options.library && recorded.length > 0) {
    const { readContent, markDone, siteConfig } = options.library;
    const cliCount = options.cliDone ? Math.min(options.cliSamples ?? 2, recorded.length) : 0;
    for (const post of recorded.slice(0, cliCount)) await options.cliDone?.(post.slug, post.target, post.recordedAt);
    summary.bases.cli = cliCount;
    const { content, problems } = await readContent({ root, config: siteConfig });
    if (problems.length > 0) throw new Error(`The generated corpus has ${problems.length} content problems, e.g. ${JSON.stringify(problems[0])}`);
    const bySlug = new Map(content.posts.map((p) => [p.slug, p]));
    await pool(recorded.slice(cliCount), 16, async (gen) => {
      const post = bySlug.get(gen.slug);
      if (!post) throw new Error(`Generated post ${gen.slug} was not read back`);
      await markDone(root, post, gen.target, gen.recordedAt);
    });
    summary.bases.library = recorded.length - cliCount;
    // Then the source moves on for the outdated ones.
    await pool(posts.filter((p) => p.state === 'outdated'), 32, async (post) => {
      editSource(post);
      await writeFile(path.join(dirOf(post), `${post.source}.md`), versionFile(post, post.source));
    });
  }
  const target = posts.find((p) => p.state === 'up-to-date' && p.source === 'en' && p.blocks.length > 3);
  if (target) summary.editTarget = { slug: target.slug, file: path.join('content/posts', target.slug, 'en.md') };
  return summary;
}

/**
 * Edits one post the way an author would (rewords a sentence of the first paragraph),
 * returning a function that puts the original back. `round` varies the edit.
 */
export async function editOnePost(file: string, round: number): Promise<() => Promise<void>> {
  const original = await readFile(file, 'utf8');
  const end = original.indexOf('\n---\n', 4) + 5;
  const lineEnd = original.indexOf('\n', end);
  const edited = `${original.slice(0, lineEnd)} Edited for the benchmark, round ${round + 1}: the organisers confirmed the figures the next morning.${original.slice(lineEnd)}`;
  await writeFile(file, edited);
  return () => writeFile(file, original);
}
