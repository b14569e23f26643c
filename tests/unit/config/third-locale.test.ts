// Adding a language must take only: an entry in src/config/site.ts, a locales/<code>.json file,
// and content. This test does exactly that to a copy of the project (an RTL language, Uyghur in
// Arabic script) and builds the site.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../../bench/project.ts';
import { repoRoot } from '../helpers.ts';

const run = promisify(execFile);
const third = { code: 'ug', path: 'ug', lang: 'ug-Arab', label: 'ئۇيغۇرچە', dir: 'rtl', dateLocale: 'ug', countBy: 'words' };
let project: string;
let slug: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tandem-third-locale-'));
  for (const entry of ['src', 'content', 'locales', 'astro.config.mjs', 'tsconfig.json', 'package.json']) {
    await cp(path.join(repoRoot, entry), path.join(project, entry), { recursive: true });
  }
  // Its own Astro cacheDir: the sample site's caches and incremental manifest stay the sample site's.
  await linkNodeModules(path.join(repoRoot, 'node_modules'), project);

  const configFile = path.join(project, 'src/config/site.ts');
  const config = await readFile(configFile, 'utf8');
  await writeFile(configFile, config.replace('locales: [', `locales: [\n    ${JSON.stringify(third)},`));

  const english = JSON.parse(await readFile(path.join(repoRoot, 'locales/en.json'), 'utf8')) as Record<string, string>;
  const strings = Object.fromEntries(Object.entries(english).map(([key, value]) => [key, `ئۇ ${value}`]));
  await writeFile(path.join(project, 'locales/ug.json'), JSON.stringify(strings));

  slug = 'soas-students-vote-solidarity';
  await writeFile(path.join(project, 'content/posts', slug, 'ug.md'), '---\ntitle: ساۋاس ئوقۇغۇچىلىرى\n---\nئوقۇغۇچىلار بىرلىككە كەلدى.\n');
  const tags = await readFile(path.join(project, 'content/tags.yaml'), 'utf8');
  await writeFile(path.join(project, 'content/tags.yaml'), tags.replace(/^(\S+):\n/gm, '$1:\n  ug: بەلگە\n'));

  await run(process.execPath, [path.join(repoRoot, 'node_modules/astro/bin/astro.mjs'), 'build'], { cwd: project, timeout: 170_000 });
}, 180_000);

describe('a third, right-to-left locale', () => {
  it('gets its own pages with the right lang and dir', async () => {
    const html = await readFile(path.join(project, 'dist/ug/posts', slug, 'index.html'), 'utf8');
    expect(html).toMatch(/<html lang="ug-Arab" dir="rtl"/);
    expect(html).toContain('ساۋاس ئوقۇغۇچىلىرى');
  });

  it('appears in the other locales\' switchers as a real counterpart', async () => {
    const html = await readFile(path.join(project, 'dist/en/posts', slug, 'index.html'), 'utf8');
    expect(html).toContain(`href="/ug/posts/${slug}/"`);
  });

  it('falls back with a notice where the post has no version in it', async () => {
    const html = await readFile(path.join(project, 'dist/ug/posts/trade-bill-genocide-amendment/index.html'), 'utf8');
    expect(html).toContain('data-notice="fallback"');
    expect(html).toMatch(/<meta name="robots" content="noindex"/);
    expect(html).toMatch(/<h1 lang="en-GB" dir="ltr"/);
  });
});
