/**
 * A synthetic repository history for timing `tandem baseline --from-git`: posts written,
 * translated, edited, re-wrapped and renamed over many commits, fed to one
 * `git fast-import` (seconds for 10,000 commits, where one `git commit` each would take minutes).
 * @module
 */
import { spawn, spawnSync } from 'node:child_process';
import { mkdir } from 'node:fs/promises';
import { Rng } from './corpus.ts';

/** What the generator wrote. */
export interface GitHistorySummary {
  commits: number;
  posts: number;
  /** Translations in the final tree (none has a base record). */
  translations: number;
  renames: number;
}

const paragraph = (post: number, k: number, version: number) => `Paragraph ${k + 1} of post ${post}, in its version ${version}. It says something about the campaign that a volunteer translates.`;
const translated = (post: number, k: number, version: number) => `第 ${post} 篇文章的第 ${k + 1} 段（版本 ${version}），志愿者翻译了这段关于运动的文字。`;

/**
 * Writes a git repository in `dir` with `commits` commits over `commits / 20` posts:
 * every commit creates a post, translates one, edits a source or a translation,
 * re-wraps a translation (a formatting-only change) or renames a post's folder.
 */
export async function createGitHistory(dir: string, commits: number, seed: number, source: string, target: string): Promise<GitHistorySummary> {
  await mkdir(dir, { recursive: true });
  const init = spawnSync('git', ['init', '-q', '-b', 'main'], { cwd: dir });
  if (init.status !== 0) throw new Error(`git init failed: ${init.stderr}`);
  const rng = new Rng(seed);
  const maxPosts = Math.max(2, Math.floor(commits / 20));
  const posts: { slug: string; n: number; paragraphs: number; version: number; translated: number | undefined; wrapped: boolean }[] = [];
  let renames = 0;
  const chunks: string[] = [];
  const data = (text: string) => `data ${Buffer.byteLength(text)}\n${text}\n`;
  const file = (path: string, text: string) => `M 100644 inline ${path}\n${data(text)}`;
  const sourceText = (p: (typeof posts)[number]) => `---\ntitle: Post ${p.n}\n---\n${Array.from({ length: p.paragraphs }, (_, k) => paragraph(p.n, k, p.version)).join('\n\n')}\n`;
  const targetText = (p: (typeof posts)[number]) => {
    const body = Array.from({ length: p.paragraphs }, (_, k) => translated(p.n, k, p.translated ?? 0)).join(p.wrapped ? '\n\n\n' : '\n\n');
    return `---\ntitle: 第 ${p.n} 篇\n---\n${body}\n`;
  };
  for (let c = 1; c <= commits; c++) {
    const time = 1_600_000_000 + c * 3600;
    let change: string;
    const untranslated = posts.filter((p) => p.translated === undefined);
    const translatedPosts = posts.filter((p) => p.translated !== undefined);
    const roll = rng.next();
    if (posts.length < maxPosts && (posts.length < 2 || roll < 0.1)) {
      const n = posts.length + 1;
      const p = { slug: `post-${n}`, n, paragraphs: rng.int(2, 8), version: 1, translated: undefined, wrapped: false };
      posts.push(p);
      change = file(`content/posts/${p.slug}/post.yaml`, `date: 2021-01-01\nsource: ${source}\n`) + file(`content/posts/${p.slug}/${source}.md`, sourceText(p));
    } else if (untranslated.length > 0 && roll < 0.3) {
      const p = rng.pick(untranslated);
      p.translated = p.version;
      change = file(`content/posts/${p.slug}/${target}.md`, targetText(p));
    } else if (translatedPosts.length > 0 && roll < 0.45) {
      const p = rng.pick(translatedPosts);
      p.translated = p.version;
      change = file(`content/posts/${p.slug}/${target}.md`, targetText(p));
    } else if (translatedPosts.length > 0 && roll < 0.55) {
      const p = rng.pick(translatedPosts);
      p.wrapped = !p.wrapped;
      change = file(`content/posts/${p.slug}/${target}.md`, targetText(p));
    } else if (roll < 0.57) {
      const p = rng.pick(posts);
      const from = p.slug;
      p.slug = `post-${p.n}-r${++renames}`;
      change = `R content/posts/${from} content/posts/${p.slug}\n`;
    } else {
      const p = rng.pick(posts);
      p.version++;
      change = file(`content/posts/${p.slug}/${source}.md`, sourceText(p));
    }
    chunks.push(`commit refs/heads/main\nmark :${c}\ncommitter Bench <bench@example.org> ${time} +0000\n${data(`commit ${c}`)}${c > 1 ? `from :${c - 1}\n` : ''}${change}\n`);
  }
  await new Promise<void>((resolve, reject) => {
    const git = spawn('git', ['fast-import', '--quiet'], { cwd: dir, stdio: ['pipe', 'ignore', 'pipe'] });
    let errors = '';
    git.stderr.setEncoding('utf8').on('data', (text: string) => (errors += text));
    git.on('error', reject);
    git.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`git fast-import failed (${code}): ${errors}`))));
    git.stdin.end(chunks.join(''));
  });
  const checkout = spawnSync('git', ['checkout', '-q', '-f', 'main'], { cwd: dir });
  if (checkout.status !== 0) throw new Error(`git checkout failed: ${checkout.stderr}`);
  return { commits, posts: posts.length, translations: posts.filter((p) => p.translated !== undefined).length, renames };
}
