import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ContentValidationError, type ContentProblem } from '../content/index.ts';
import { parseYaml } from '../content/frontmatter.ts';
import type { SiteConfig } from '../config/schema.ts';
import { ImportError } from './errors.ts';
import { scanExisting } from './existing.ts';
import { fetchAll } from './fetch-media.ts';
import { takeInventory, type Skipped } from './inventory.ts';
import { metaText, versionText } from './item-files.ts';
import { polylangLanguages } from './languages.ts';
import { MediaPlan } from './media.ts';
import type { ImportNote } from './notes.ts';
import { oldPath, oldSite } from './old-urls.ts';
import { parseTypes, readPairs } from './options.ts';
import { pairItems, type PairRule } from './pairing.ts';
import { newUrl, planImport, type PlannedItem } from './plan.ts';
import { baseRecords, type ConvertedItem } from './statuses.ts';
import { appendTags } from './tags-file.ts';
import { planTags } from './tags.ts';
import { Staging, type CommitResult } from './write.ts';
import { readWxr } from './wxr-reader.ts';

const TAGS_FILE = 'content/tags.yaml';

/** Options of an import. */
export interface ImportOptions {
  root: string;
  config: SiteConfig;
  /** The WXR file. */
  file: string;
  /** A copy of `wp-content/uploads`. */
  media?: string | undefined;
  pairs?: string | undefined;
  /** `--types category=type,…`. */
  types?: string | undefined;
  dryRun?: boolean;
  /** Pairs whose translation was modified after its source start up to date (default); otherwise all start as `review`. */
  trustDates?: boolean;
  fetchMedia?: boolean;
  /** Normalised link text → the locale whose version it names ("中文版"). */
  pairPhrases: ReadonlyMap<string, string>;
  /** Called as items are read: pass 1 and 2 each count up to the number of items. */
  onProgress?: (phase: 'read' | 'convert', done: number) => void;
}

/** What an import did (or, in a dry run, would do). */
export interface ImportResult {
  items: PlannedItem[];
  rules: Record<PairRule, number>;
  skipped: Skipped[];
  notes: ImportNote[];
  commit: CommitResult;
  media: { copied: number; missing: number };
  tagsAdded: string[];
  status: { upToDate: number; review: number };
  total: number;
}

/** Translations this import wrote: with a base record up to date, without one to review. */
function countStatuses(items: readonly PlannedItem[], files: readonly string[]): { upToDate: number; review: number } {
  const wrote = new Set(files);
  const counts = { upToDate: 0, review: 0 };
  for (const item of items) {
    for (const locale of item.members.keys()) {
      if (locale === item.source || !wrote.has(`${item.dir}/${locale}.md`)) continue;
      if (wrote.has(`${item.dir}/${locale}.base.json`)) counts.upToDate++;
      else counts.review++;
    }
  }
  return counts;
}

/** Post type ids the site configures (the theme's `postTypes`), if any. */
function typeIdsOf(config: SiteConfig): string[] {
  const types = (config as { postTypes?: unknown }).postTypes;
  if (!Array.isArray(types)) return [];
  return types.map((t: unknown) => (typeof t === 'string' ? t : String((t as { id?: unknown }).id ?? ''))).filter(Boolean);
}

/** The tags content/tags.yaml defines; new ones are added after them, so a file that does not parse stops the import first. */
function existingTagSlugs(root: string): Set<string> {
  const file = path.join(root, TAGS_FILE);
  if (!existsSync(file)) return new Set();
  const problems: ContentProblem[] = [];
  const parsed = parseYaml(readFileSync(file, 'utf8').replace(/^\uFEFF/, ''), TAGS_FILE, 1, problems);
  if (problems.length > 0) throw new ContentValidationError(problems);
  const data = parsed?.data;
  return new Set(data && typeof data === 'object' ? Object.keys(data) : []);
}

/**
 * Imports a WordPress export into the project's content: reads and checks the whole
 * file, decides every folder, pair, slug and alias, converts each item in a second
 * pass into a staging folder, then moves the result into place, adds new tags and
 * records each pair's translation status. Never overwrites a file; a dry run stops
 * before writing.
 */
export async function importWordPress(options: ImportOptions): Promise<ImportResult> {
  const { root } = options;
  // Languages are detected, and tags labelled, in written locales only: a derived locale (Traditional
  // converted from Simplified) is made at build time from its parent. Only a version the old site
  // itself marked as such, beside its parent's, is kept as the hand-written replacement (pairing.ts).
  const config: SiteConfig = { ...options.config, locales: options.config.locales.filter((locale) => locale.derivedFrom === undefined) };
  if (options.media !== undefined && !(existsSync(options.media) && statSync(options.media).isDirectory())) {
    throw new ImportError('import-media-folder', { file: options.media });
  }
  const pairs = options.pairs ? readPairs(options.pairs, config) : [];
  let read = 0;
  // A language the old site marked (Polylang, WPML) may be a converted locale written by hand: all locales map.
  const inventory = await takeInventory(options.file, { config: options.config, pairPhrases: options.pairPhrases, onItem: () => {
    read++;
    options.onProgress?.('read', read);
  } });
  const { channel } = inventory;
  const site = oldSite([channel.baseBlogUrl, channel.baseSiteUrl, channel.link]);
  const polylang = polylangLanguages(channel.terms, options.config, options.file);
  const derived = new Map(options.config.locales.flatMap((l) => (l.derivedFrom === undefined ? [] : [[l.code, l.derivedFrom] as const])));
  const pairing = pairItems(inventory.candidates, { config, site, polylang, pairs, derived });
  const existing = scanExisting(root);
  const categories = [...new Set(inventory.candidates.flatMap((c) => c.terms.filter((t) => t.domain === 'category').map((t) => t.nicename)))];
  const types = parseTypes(options.types, typeIdsOf(config), categories);
  const defaultCategory = new Set(['uncategorized', ...types.keys()]);
  const tags = planTags(inventory.candidates, pairing.localeOf, channel.terms, { config, polylang, existing: existingTagSlugs(root), skipCategories: defaultCategory });
  const plan = planImport(inventory, { config, site, pairing, tags, existing, types });

  const notes: ImportNote[] = [];
  const titleOf = new Map(inventory.candidates.map((c) => [c.id, c.title]));
  const noteFor = (id: number) => (n: Omit<ImportNote, 'id' | 'title'>) => notes.push({ id, title: titleOf.get(id) ?? '', ...n });
  for (const c of pairing.conflicts) noteFor(c.candidate.id)({ construct: `#${c.holder.id}`, reason: `pair-conflict-${c.rule}` });
  for (const cell of pairing.unknownPairs) notes.push({ id: 0, title: '', construct: cell, reason: 'unknown-pair' });
  for (const cell of pairing.repeatedPairs) notes.push({ id: 0, title: '', construct: cell, reason: 'pairs-repeated' });
  for (const { candidate, from, to } of pairing.asParent) noteFor(candidate.id)({ construct: `${from} → ${to}`, reason: 'derived-as-parent' });
  for (const c of pairing.unplaced) noteFor(c.id)({ construct: pairing.localeOf.get(c.id) ?? '', reason: 'language-unknown' });
  for (const c of inventory.candidates.filter((c) => c.comments > 0)) noteFor(c.id)({ construct: String(c.comments), reason: 'comments' });
  for (const r of inventory.renumbered.values()) notes.push({ id: 0, title: r.title, construct: `<wp:post_id>${r.original || ''}</wp:post_id>`, reason: r.original ? 'duplicate-id' : 'missing-id' });
  for (const slug of tags.untranslated) notes.push({ id: 0, title: '', construct: `content/tags.yaml: ${slug}`, reason: 'tag-untranslated' });

  const mediaPlan = new MediaPlan(site, options.media, options.fetchMedia === true);
  const staging = options.dryRun ? undefined : await Staging.open(root);
  try {
    const written = new Map<PlannedItem, ConvertedItem>();
    const remaining = new Map(plan.items.map((planned) => [planned, planned.members.size]));
    const children = Map.groupBy([...inventory.attachments.values()], (a) => a.parent);
    // Once every version of an item is converted, its metadata and base records are staged; then it is forgotten.
    const finish = async (planned: PlannedItem) => {
      const converted = written.get(planned);
      if (!converted) return;
      // The source's body may have been empty: the earliest version written takes its place.
      const source = converted.versions.has(planned.source) ? planned.source : ([...converted.versions.keys()][0] ?? planned.source);
      planned.source = source;
      const lead = planned.lead ? mediaPlan.resolve(planned.lead.url, planned.dir) : undefined;
      const meta = planned.kind === 'post' ? 'post.yaml' : 'page.yaml';
      await staging?.put({ file: `${planned.dir}/${meta}`, text: metaText(planned, source, lead ?? undefined) });
      for (const [file, text] of baseRecords(planned, converted, source, options.trustDates !== false)) await staging?.put({ file, text });
      converted.versions.clear();
    };
    let converted = 0;
    await readWxr(options.file, async (item) => {
      // The same items in the same order as the first pass: a renumbered one takes its stand-in id again.
      item.id = inventory.renumbered.get(converted)?.id ?? item.id;
      converted++;
      options.onProgress?.('convert', converted);
      const entry = plan.byId.get(item.id);
      if (!entry) return;
      const { item: planned, locale } = entry;
      const note = noteFor(item.id);
      const removable = pairing.pairLinks.get(item.id) ?? new Set();
      const result = versionText(item, planned, locale, {
        attachment: (id) => inventory.attachments.get(id),
        childAttachments: () => children.get(item.id) ?? [],
        pattern: (id) => inventory.patterns.get(id),
        report: (construct, reason) => note({ construct, reason }),
        media: (url) => {
          const missingBefore = mediaPlan.missing.length;
          const local = mediaPlan.resolve(url, planned.dir);
          if (mediaPlan.missing.length > missingBefore) note({ construct: mediaPlan.missing.at(-1)?.url ?? url, reason: 'missing-media' });
          return local;
        },
        link: (url) => {
          const path = oldPath(url, site);
          const target = path === undefined ? undefined : plan.byId.get(plan.byAddress.get(path) ?? -1);
          // A link into the old site that no imported item answers (an archive, a draft, a contact form) would break.
          if (path !== undefined && !target && !url.startsWith('#')) note({ construct: url, reason: 'old-site-link' });
          return target && newUrl(options.config, target.item, target.item.members.has(locale) ? locale : target.locale);
        },
        isPairLink: (url) => removable.has(url),
        isAttachmentPage: (url) => /[?&]attachment_id=\d+|\/attachment\//.test(url),
      }, note);
      if (result === undefined) note({ construct: item.title, reason: 'empty-body' });
      else {
        if (!written.has(planned)) written.set(planned, { versions: new Map(), modified: new Map() });
        written.get(planned)?.versions.set(locale, result.version);
        written.get(planned)?.modified.set(locale, planned.members.get(locale)?.modified ?? item.modified);
        await staging?.put({ file: `${planned.dir}/${locale}.md`, text: result.text });
      }
      const left = (remaining.get(planned) ?? 1) - 1;
      remaining.set(planned, left);
      if (left === 0) await finish(planned);
    });
    const items = plan.items.filter((planned) => written.has(planned));
    for (const copy of mediaPlan.copies) {
      if (copy.from) await staging?.put({ file: `${copy.dir}/${copy.name}`, copyFrom: copy.from });
      else if (copy.bytes) await staging?.put({ file: `${copy.dir}/${copy.name}`, bytes: copy.bytes });
    }
    if (staging && options.fetchMedia) {
      for (const failed of await fetchAll(mediaPlan.copies.filter((c) => !c.from && !c.bytes), (copy) => path.join(staging.dir, copy.dir, copy.name))) {
        notes.push({ id: 0, title: failed.dir, construct: failed.url, reason: 'download-failed' });
      }
    }
    const commit = staging ? await staging.commit(items.map((i) => i.dir)) : { written: [], differs: [], same: [] };
    for (const file of commit.differs) notes.push({ id: 0, title: '', construct: file, reason: 'differs' });
    const tagsAdded = staging ? await appendTags(root, tags.added) : Object.keys(tags.added);
    const status = staging ? countStatuses(items, commit.written) : { upToDate: 0, review: 0 };
    const rules = { polylang: 0, wpml: 0, 'body-link': 0, 'pairs-file': 0, single: 0 };
    for (const planned of items) rules[planned.rule]++;
    return { items, rules, skipped: inventory.skipped, notes, commit, media: { copied: mediaPlan.copies.length, missing: mediaPlan.missing.length }, tagsAdded, status, total: read };
  } finally {
    await staging?.close();
  }
}
