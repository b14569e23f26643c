/**
 * `npm run bench:corpus -- <dir> [--posts N] [--seed N]`: writes the benchmark's
 * synthetic bilingual corpus into `<dir>/content/` (replacing any there), with
 * base records, so a site or `tandem status` can be profiled on the same posts
 * `npm run bench` measures. `<dir>` may be a Tandem project (its content is
 * replaced) or a new folder for `tandem status --root <dir>`.
 * @module
 */
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { readContent } from '../../src/content/index.ts';
import { siteConfig } from '../../src/config/site.ts';
import { markDone } from '../../src/translation/index.ts';
import { generateCorpus } from './corpus.ts';

const { values, positionals } = parseArgs({ options: { posts: { type: 'string', default: '500' }, seed: { type: 'string', default: '20210216' } }, allowPositionals: true });
const [dir] = positionals;
if (!dir) {
  process.stderr.write('Usage: npm run bench:corpus -- <dir> [--posts N] [--seed N]\n');
  process.exit(2);
}
const root = path.resolve(dir);
// The sample config's menu and footer link to the sample site's static pages: a site without them fails its build.
// Kept aside first, as `<dir>` may be this project, whose content the corpus replaces.
const pages = await mkdtemp(path.join(tmpdir(), 'tandem-pages-'));
await cp(path.resolve(import.meta.dirname, '../../content/pages'), pages, { recursive: true });
const summary = await generateCorpus({ root, posts: Number(values.posts), seed: Number(values.seed), library: { readContent, markDone, siteConfig } });
await cp(pages, path.join(root, 'content/pages'), { recursive: true });
await rm(pages, { recursive: true });
process.stdout.write(`${summary.posts} posts in ${path.join(root, 'content')}: ${JSON.stringify(summary.states)}\n`);
