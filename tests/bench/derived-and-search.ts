/**
 * Figures for derived locales and site search: what converting Simplified to Traditional
 * Chinese costs (against rendering the same posts without conversion, in the same run), and
 * the Pagefind index's size and indexing time as the build logs them.
 * @module
 */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { parentOf, type SiteConfig } from '../../src/config/schema.ts';
import { convertFields, readContent } from '../../src/content/index.ts';
import { converterFor } from '../../src/i18n/derived-locales.ts';
import { readPhraseLists } from '../../src/i18n/read-resources.ts';
import { renderMarkdown } from '../../src/pipeline/index.ts';
import type { Line } from './measure.ts';

export interface ConversionFigures {
  locale: string;
  /** Parent-locale versions converted. */
  versions: number;
  /** Loading the OpenCC dictionaries and the phrase list, once per build. */
  converterLoadMs: number;
  /** Rendering those versions without conversion (the baseline) and with it (text + fields). */
  renderMs: number;
  renderAndConvertMs: number;
  /** What conversion adds, per 1,000 posts. */
  extraMsPer1000: number;
  ratio: number;
}

/**
 * Renders every parent-locale version of a corpus twice, alternately without and with the
 * derived locale's conversion, so both see the same machine load.
 */
export async function measureConversion(root: string, config: SiteConfig, repo: string): Promise<ConversionFigures | undefined> {
  const locale = config.locales.find((l) => l.derivedFrom !== undefined);
  const parent = locale && parentOf(config, locale);
  if (!locale || !parent) return undefined;
  const loadStart = performance.now();
  const convert = converterFor(locale, await readPhraseLists(repo, config));
  const converterLoadMs = performance.now() - loadStart;
  if (!convert) return undefined;
  const { content } = await readContent({ root, config });
  const versions = content.posts.flatMap((post) => (post.versions[parent.code] ? [post.versions[parent.code]!] : []));
  let renderMs = 0;
  let renderAndConvertMs = 0;
  for (const version of versions) {
    let t = performance.now();
    renderMarkdown(version.body, { lang: parent.lang });
    renderMs += performance.now() - t;
    t = performance.now();
    const fields = convertFields(version, locale.code, convert);
    renderMarkdown(fields.body, { lang: locale.lang, convertText: convert });
    renderAndConvertMs += performance.now() - t;
  }
  const per1000 = (ms: number) => (versions.length === 0 ? 0 : (ms / versions.length) * 1000);
  return {
    locale: locale.code,
    versions: versions.length,
    converterLoadMs,
    renderMs,
    renderAndConvertMs,
    extraMsPer1000: per1000(renderAndConvertMs - renderMs),
    ratio: renderMs === 0 ? 1 : renderAndConvertMs / renderMs,
  };
}

export interface SearchIndexFigures {
  posts: number;
  /** Pages indexed and indexing time, from the build's log line. */
  pages: number | null;
  indexMs: number | null;
  /** Everything under dist/pagefind, and what the search page loads at most (script + WebAssembly). */
  bytes: number;
  files: number;
  scriptBytes: number;
  wasmBytes: number;
}

async function walk(dir: string): Promise<{ file: string; size: number }[]> {
  const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
  const nested = await Promise.all(
    entries.map(async (entry) => {
      const full = path.join(dir, entry.name);
      return entry.isDirectory() ? walk(full) : [{ file: full, size: (await stat(full)).size }];
    }),
  );
  return nested.flat();
}

/** Reads the index's figures from a Tandem build's log and its dist folder. */
export async function searchIndexFigures(posts: number, lines: readonly Line[], dist: string): Promise<SearchIndexFigures> {
  const logged = lines.map((line) => /Search index: (\d+) pages .* in (\d+) ms/.exec(line.text)).find(Boolean);
  const files = await walk(path.join(dist, 'pagefind'));
  const sizeOf = (pattern: RegExp) => files.filter(({ file }) => pattern.test(path.basename(file))).reduce((max, { size }) => Math.max(max, size), 0);
  return {
    posts,
    pages: logged ? Number(logged[1]) : null,
    indexMs: logged ? Number(logged[2]) : null,
    bytes: files.reduce((sum, { size }) => sum + size, 0),
    files: files.length,
    scriptBytes: sizeOf(/^pagefind\.js$/) + sizeOf(/^pagefind-worker\.js$/),
    wasmBytes: sizeOf(/^wasm\..+\.pagefind$/),
  };
}

/** The section printed after the main report. */
export function formatDerivedAndSearch(conversion: ConversionFigures | undefined, search: readonly SearchIndexFigures[], fmt: { secs: (ms: number) => string; bytes: (n: number) => string }): string {
  const lines = ['', '  Traditional Chinese and search'];
  if (conversion) {
    lines.push(
      `    conversion (${conversion.locale}): ${fmt.secs(conversion.extraMsPer1000)} per 1,000 posts on top of rendering (×${conversion.ratio.toFixed(2)} the render alone, ${conversion.versions} versions); dictionaries load once in ${fmt.secs(conversion.converterLoadMs)}`,
    );
  }
  for (const s of search) {
    lines.push(
      `    search index at ${s.posts} posts: ${s.pages ?? '?'} pages in ${s.indexMs === null ? '?' : fmt.secs(s.indexMs)}; ${fmt.bytes(s.bytes)} in ${s.files} files; the search page loads ≤ ${fmt.bytes(s.scriptBytes)} of script + ${fmt.bytes(s.wasmBytes)} of WebAssembly + the index chunks a query needs`,
    );
  }
  return lines.join('\n');
}
