/**
 * What a build ships per page: walks dist/, and for every HTML page counts its own
 * bytes, the CSS it uses (inline <style> plus linked stylesheets) and the JavaScript
 * it runs (inline scripts plus <script src> and modulepreload files). JSON-LD and other
 * non-script `type`s are not JavaScript and are not counted as such. What a page's script
 * loads later is not in its figure: the search page's Pagefind runtime (imported when a
 * query runs) is reported on its own, as `onDemandJs`.
 * @module
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';

export interface Spread {
  median: number;
  max: number;
  /** The page with the maximum, relative to dist/. */
  maxPage: string;
}

export interface DistSize {
  pages: number;
  /** Every .html/.css/.js byte in dist/, divided by the number of pages. */
  perPage: { html: number; css: number; js: number };
  /** Totals in dist/. */
  totals: { html: number; css: number; js: number; files: number; all: number };
  /** Per page, what that page loads; `postHtml` is the HTML of post pages (`<locale>/posts/<slug>/`) alone. */
  page: { html: Spread; css: Spread; js: Spread; postHtml: Spread };
  /** The largest JavaScript a page imports when used (the search page's Pagefind runtime: pagefind.js and its worker). */
  onDemandJs: { bytes: number; page: string };
}

async function walk(dir: string, out: string[] = []): Promise<string[]> {
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) await walk(full, out);
    else out.push(full);
  }
  return out;
}

const JS_TYPES = new Set(['', 'module', 'text/javascript', 'application/javascript']);

function spread(values: { page: string; bytes: number }[]): Spread {
  if (values.length === 0) return { median: 0, max: 0, maxPage: '' };
  const sorted = [...values].sort((a, b) => a.bytes - b.bytes);
  const top = sorted.at(-1) as { page: string; bytes: number };
  return { median: (sorted[sorted.length >> 1] as { bytes: number }).bytes, max: top.bytes, maxPage: top.page };
}

/** Measures dist/ of a finished build. */
export async function distSize(dist: string): Promise<DistSize> {
  const files = await walk(dist);
  const sizes = new Map<string, number>();
  await Promise.all(files.map(async (file) => sizes.set(file, (await stat(file)).size)));
  const totals = { html: 0, css: 0, js: 0, files: files.length, all: 0 };
  for (const [file, size] of sizes) {
    totals.all += size;
    if (file.endsWith('.html')) totals.html += size;
    else if (file.endsWith('.css')) totals.css += size;
    else if (file.endsWith('.js') || file.endsWith('.mjs')) totals.js += size;
  }
  const local = (ref: string, page: string): number => {
    if (/^[a-z]+:|^\/\//i.test(ref)) return 0;
    const clean = ref.split(/[?#]/)[0] ?? '';
    const file = clean.startsWith('/') ? path.join(dist, clean) : path.resolve(path.dirname(page), clean);
    return sizes.get(file) ?? 0;
  };
  const html: { page: string; bytes: number }[] = [];
  const onDemandJs = { bytes: 0, page: '' };
  const css: { page: string; bytes: number }[] = [];
  const js: { page: string; bytes: number }[] = [];
  const pages = files.filter((f) => f.endsWith('.html'));
  for (const file of pages) {
    const text = await readFile(file, 'utf8');
    const page = path.relative(dist, file);
    let jsBytes = 0;
    let cssBytes = 0;
    for (const m of text.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
      const attrs = m[1] ?? '';
      const type = (/\btype\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1] ?? '').toLowerCase();
      if (!JS_TYPES.has(type)) continue;
      const src = /\bsrc\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      jsBytes += src ? local(src, file) : Buffer.byteLength(m[2] ?? '');
    }
    for (const m of text.matchAll(/<link\b([^>]*)>/gi)) {
      const attrs = m[1] ?? '';
      const rel = (/\brel\s*=\s*["']?([^"'>]+?)["'\s>]/i.exec(attrs + ' ')?.[1] ?? '').toLowerCase();
      const href = /\bhref\s*=\s*["']?([^"'\s>]+)/i.exec(attrs)?.[1];
      if (!href) continue;
      if (rel.split(/\s+/).includes('stylesheet')) cssBytes += local(href, file);
      else if (rel === 'modulepreload') jsBytes += local(href, file);
    }
    for (const m of text.matchAll(/<style\b[^>]*>([\s\S]*?)<\/style>/gi)) cssBytes += Buffer.byteLength(m[1] ?? '');
    // The search page names the folder of the Pagefind bundle its script imports from.
    const bundle = /\bdata-bundle="([^"]+)"/.exec(text)?.[1];
    const later = bundle ? local(`${bundle}0/pagefind.js`, file) + local(`${bundle}0/pagefind-worker.js`, file) : 0;
    if (later > onDemandJs.bytes) Object.assign(onDemandJs, { bytes: later, page });
    html.push({ page, bytes: sizes.get(file) ?? 0 });
    css.push({ page, bytes: cssBytes });
    js.push({ page, bytes: jsBytes });
  }
  const n = Math.max(1, pages.length);
  return {
    pages: pages.length,
    perPage: { html: totals.html / n, css: totals.css / n, js: totals.js / n },
    totals,
    page: { html: spread(html), css: spread(css), js: spread(js), postHtml: spread(html.filter((h) => /^[^/]+\/posts\/[^/]+\/index\.html$/.test(h.page))) },
    onDemandJs,
  };
}
