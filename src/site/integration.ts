import { copyFile, open, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { hasPageHead, pageHead, recordPageHead } from '../i18n/sitemap.ts';
import { htmlFiles } from './built-pages.ts';
import { hostHeaders, mergePolicies } from './host-headers.ts';
import { astroMadePages, dropUnmade, keepPages, markPagesUnsettled, recordPages } from './kept-pages.ts';
import { deleteOldOutput, moveOldOutput } from './old-output.ts';
import { searchUrl } from './search-pages.ts';
import { SITE_STYLESHEET, themeCss } from './theme-css.ts';

// Only the start is read: each page writes its policy (content-policy.ts) into its head, which is short.
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;
const START = 8192;

/** The first `bytes` of a file as text (a character cut in half at the end is dropped). */
async function readStart(file: string, bytes: number): Promise<string> {
  const handle = await open(file, 'r');
  try {
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(bytes), 0, bytes, 0);
    return buffer.subarray(0, bytesRead).toString('utf8');
  } finally {
    await handle.close();
  }
}

/**
 * Tandem's build steps around Astro: the configured colours added to the site's stylesheet; the
 * previous build's output deleted in the background (see old-output.ts), after the pages an
 * incremental build reuses are linked back from it (kept-pages.ts); and, after the build,
 * the files static hosts read: `_headers` (the pages' Content-Security-Policy as a real header,
 * which alone can forbid framing) and `<locale>/404.html` next to each locale's pages, which
 * Cloudflare Pages and nginx (see README) serve for missing paths below it.
 */
export function tandemSite(config: SiteConfig): AstroIntegration {
  let folders: { outDir: string; cacheDir: string; emptied: boolean; incremental: boolean } | undefined;
  let moved: string | undefined;
  let oldOutput: Promise<void> = Promise.resolve();
  let kept: Promise<Map<string, string>> | undefined;
  return {
    name: 'tandem-site',
    hooks: {
      'astro:config:setup': ({ updateConfig }) => {
        // Appended to the shared stylesheet itself (before Vite compiles it), so every page loads the
        // colours with the rest of the site's CSS in one cached file; after tokens.css, whose defaults they override.
        const appendTheme = (code: string, id: string) => (id.split('?')[0]?.endsWith(SITE_STYLESHEET) ? `${code}\n${themeCss(config)}` : undefined);
        updateConfig({ vite: { plugins: [{ name: 'tandem-theme', enforce: 'pre', transform: appendTheme }] } });
      },
      'astro:config:done': ({ config: astroConfig }) => {
        const emptied = astroConfig.vite.build?.emptyOutDir !== false;
        const incremental = (astroConfig.experimental as { incrementalBuild?: boolean }).incrementalBuild === true;
        folders = { outDir: fileURLToPath(astroConfig.outDir), cacheDir: fileURLToPath(astroConfig.cacheDir), emptied, incremental };
      },
      // Before Astro empties the output folder (see old-output.ts), unless the configuration keeps it.
      'astro:build:start': () => {
        kept = undefined;
        markPagesUnsettled(false);
        if (!folders) return;
        moved = folders.emptied ? moveOldOutput(folders.outDir, folders.cacheDir) : undefined;
        // With pages to keep, the old output goes once they are linked back (astro:build:setup).
        if (moved === undefined || !folders.incremental) oldOutput = deleteOldOutput(folders.cacheDir);
      },
      // After Astro emptied the output folder, before any page is generated.
      'astro:build:setup': () => {
        if (!folders || moved === undefined || !folders.incremental || kept) return;
        const { outDir, cacheDir } = folders;
        markPagesUnsettled(true);
        kept = keepPages(moved, outDir, cacheDir);
        oldOutput = kept.then(() => deleteOldOutput(cacheDir), () => deleteOldOutput(cacheDir));
      },
      // Just before the pages are generated: Astro reuses a page it finds in place.
      'astro:build:ssr': async () => {
        await kept;
      },
      // The kept pages this build did not make go before search indexes the pages (it waits for this).
      'astro:build:generated': async () => {
        const made = kept && folders && (await astroMadePages(folders.cacheDir));
        if (!kept || !folders || !made) return;
        await dropUnmade(folders.outDir, await kept, (page) => made.has(page));
        markPagesUnsettled(false);
        kept = undefined;
      },
      'astro:build:done': async ({ dir, assets }) => {
        await oldOutput;
        const out = fileURLToPath(dir);
        const made = [...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/'));
        if (kept) {
          // Astro's manifest could not be read after generating: the pages it reports now decide.
          const madeSet = new Set(made);
          await dropUnmade(out, await kept, (page) => madeSet.has(page));
          markPagesUnsettled(false);
        }
        if (folders?.incremental && folders.emptied) await recordPages(out, folders.cacheDir, made);
        const policies = new Set<string>();
        for (const file of await htmlFiles(out)) {
          const start = await readStart(file, START);
          const policy = POLICY.exec(start)?.[1];
          if (policy) policies.add(policy.replaceAll('&#39;', "'"));
          // The sitemap's alternates for pages that did not render this build (reused): from this one read.
          // As the sitemap sees it: a URL's path, percent-encoded.
          const pathname = new URL(searchUrl(path.relative(out, file)), 'file:///').pathname;
          if (!hasPageHead(pathname) && start.includes('</head>')) recordPageHead(pathname, pageHead(start));
        }
        await writeFile(path.join(out, '_headers'), hostHeaders(mergePolicies([...policies])));
        for (const locale of config.locales) {
          await copyFile(path.join(out, locale.path, '404', 'index.html'), path.join(out, locale.path, '404.html')).catch(() => undefined);
        }
      },
    },
  };
}
