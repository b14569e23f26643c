import { readFileSync } from 'node:fs';
import { copyFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { TandemError } from '../lib/errors.ts';
import { hasPageHead, recordPageHead } from '../i18n/sitemap.ts';
import { hostHeaders, mergePolicies } from './host-headers.ts';
import { astroMadePages, dropUnmade, keepPages, recordPages, setPagesSettled } from './kept-pages.ts';
import { deleteOldOutput, moveOldOutput } from './old-output.ts';
import { readPageHeads } from './page-heads.ts';
import { SITE_STYLESHEET, themeCss } from './theme-css.ts';

// Under Astro's cacheDir: each page's policy and head, with its stamp (page-heads.ts).
const HEADS_RECORD = 'tandem/page-heads.json';

/**
 * Tandem's build steps around Astro: the configured colours and logo added to the site's stylesheet; the
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
      'astro:config:setup': ({ config: astroConfig, updateConfig }) => {
        // Appended to the shared stylesheet itself (before Vite compiles it), so every page loads the
        // colours and the logo with the rest of the site's CSS in one cached file; after tokens.css, whose defaults they override.
        const logoFile = fileURLToPath(new URL(config.identity.logo, astroConfig.root));
        const logo = () => {
          try {
            return readFileSync(logoFile, 'utf8');
          } catch {
            throw new TandemError('logo-missing', { file: config.identity.logo }, { file: 'src/config/site.ts', field: 'identity.logo' });
          }
        };
        updateConfig({
          vite: {
            plugins: [
              {
                name: 'tandem-theme',
                enforce: 'pre',
                transform(code: string, id: string) {
                  if (!id.split('?')[0]?.endsWith(SITE_STYLESHEET)) return undefined;
                  this.addWatchFile(logoFile);
                  return `${code}\n${themeCss(config, logo())}`;
                },
              },
            ],
          },
        });
      },
      'astro:config:done': ({ config: astroConfig }) => {
        const emptied = astroConfig.vite.build?.emptyOutDir !== false;
        const incremental = (astroConfig.experimental as { incrementalBuild?: boolean }).incrementalBuild === true;
        folders = { outDir: fileURLToPath(astroConfig.outDir), cacheDir: fileURLToPath(astroConfig.cacheDir), emptied, incremental };
      },
      // Before Astro empties the output folder (see old-output.ts), unless the configuration keeps it.
      'astro:build:start': () => {
        kept = undefined;
        setPagesSettled(true);
        if (!folders) return;
        moved = folders.emptied ? moveOldOutput(folders.outDir, folders.cacheDir) : undefined;
        // With pages to keep, the old output is put back first (astro:build:setup, kept-pages.ts).
        if (moved === undefined || !folders.incremental) oldOutput = deleteOldOutput(folders.cacheDir);
      },
      // After Astro emptied the output folder, before any page is generated.
      'astro:build:setup': () => {
        if (!folders || moved === undefined || !folders.incremental || kept) return;
        const { outDir, cacheDir } = folders;
        setPagesSettled(false);
        // Beside the moved output, so the background delete of old outputs takes it too.
        kept = keepPages(moved, outDir, cacheDir, `${moved}-rest`);
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
        dropUnmade(folders.outDir, await kept, (page) => made.has(page));
        setPagesSettled(true);
        kept = undefined;
      },
      'astro:build:done': async ({ dir, assets }) => {
        await oldOutput;
        const out = fileURLToPath(dir);
        const made = [...assets.values()].flat().map((url) => path.relative(out, fileURLToPath(url)).split(path.sep).join('/'));
        if (kept) {
          // Astro's manifest could not be read after generating: the pages it reports now decide.
          const madeSet = new Set(made);
          dropUnmade(out, await kept, (page) => madeSet.has(page));
          setPagesSettled(true);
        }
        if (folders?.incremental && folders.emptied) await recordPages(out, folders.cacheDir, made);
        const { policies, heads } = await readPageHeads(out, folders && path.join(folders.cacheDir, HEADS_RECORD));
        // The sitemap's alternates for pages that did not render this build (reused) come from here.
        for (const [pathname, head] of heads) if (!hasPageHead(pathname)) recordPageHead(pathname, head);
        await writeFile(path.join(out, '_headers'), hostHeaders(mergePolicies([...policies])));
        for (const locale of config.locales) {
          await copyFile(path.join(out, locale.path, '404', 'index.html'), path.join(out, locale.path, '404.html')).catch(() => undefined);
        }
      },
    },
  };
}
