import { copyFile, open, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import type { SiteConfig } from '../config/schema.ts';
import { hostHeaders, mergePolicies } from './host-headers.ts';
import { deleteOldOutput } from './old-output.ts';
import { SITE_STYLESHEET, themeCss } from './theme-css.ts';

// Only the head is read: the policy is the first thing Astro writes into a page.
const POLICY = /<meta http-equiv="content-security-policy" content="([^"]+)"/;

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

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).map((e) => path.join(e.parentPath, e.name));
}

/**
 * Tandem's build steps around Astro: the configured colours added to the site's stylesheet; the
 * previous build's output deleted in the background (see old-output.ts); and, after the build,
 * the files static hosts read: `_headers` (the pages' Content-Security-Policy as a real header,
 * which alone can forbid framing) and `<locale>/404.html` next to each locale's pages, which
 * Cloudflare Pages and nginx (see README) serve for missing paths below it.
 */
export function tandemSite(config: SiteConfig): AstroIntegration {
  let folders: { outDir: string; cacheDir: string; emptied: boolean } | undefined;
  let oldOutput: Promise<void> = Promise.resolve();
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
        folders = { outDir: fileURLToPath(astroConfig.outDir), cacheDir: fileURLToPath(astroConfig.cacheDir), emptied };
      },
      // Before Astro empties the output folder (see old-output.ts), unless the configuration keeps it.
      'astro:build:start': () => {
        if (folders?.emptied) oldOutput = deleteOldOutput(folders.outDir, folders.cacheDir);
      },
      'astro:build:done': async ({ dir }) => {
        await oldOutput;
        const out = fileURLToPath(dir);
        const policies = new Set<string>();
        for (const file of await htmlFiles(out)) {
          const policy = POLICY.exec(await readStart(file, 8192))?.[1];
          if (policy) policies.add(policy.replaceAll('&#39;', "'"));
        }
        await writeFile(path.join(out, '_headers'), hostHeaders(mergePolicies([...policies])));
        for (const locale of config.locales) {
          await copyFile(path.join(out, locale.path, '404', 'index.html'), path.join(out, locale.path, '404.html')).catch(() => undefined);
        }
      },
    },
  };
}
