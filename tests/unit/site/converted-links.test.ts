import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { ContentValidationError } from '../../../src/content/index.ts';
import { phraseLists, useTranslations } from '../../../src/i18n/site-i18n.ts';
import { siteRun } from '../../../src/site/site-run.ts';
import { bodiesDir, readBody } from '../../../src/site/version-bodies.ts';
import { linkedPages, md, valid } from '../content/content-fixtures.ts';
import { writeTree } from '../helpers.ts';

// Links from one post to another's ids, followed on the site as built: in the written
// version and in the one converted from it, whose heading ids are converted and whose
// author ids are not.
const zhPost = (slug: string, body: string) => ({ [`content/posts/${slug}/post.yaml`]: 'date: 2021-02-16\nsource: zh\ntags: [students]\n', [`content/posts/${slug}/zh.md`]: md(`title: ${slug}`, body) });
const enPost = (slug: string, en: string, zh?: string) => ({
  [`content/posts/${slug}/post.yaml`]: 'date: 2021-02-16\nsource: en\ntags: [students]\n',
  [`content/posts/${slug}/en.md`]: md(`title: ${slug}`, en),
  ...(zh !== undefined && { [`content/posts/${slug}/zh.md`]: md(`title: ${slug}-zh`, zh) }),
});

// Runs the site over a project; gives the HTML of a post's version in a locale ('' when it has none).
async function runOf(files: Record<string, string>) {
  const root = await writeTree({ ...valid, ...linkedPages, ...files });
  const cacheDir = pathToFileURL(`${path.join(root, 'cache')}/`);
  const run = await siteRun({ config: siteConfig, translations: useTranslations, phraseLists, workers: 0, cache: false }, root, cacheDir, 'posts');
  return (slug: string, code: string) => {
    const post = run.content.posts.find((p) => p.slug === slug);
    const version = post && run.versions.get(post)?.[code];
    return version ? readBody(bodiesDir(cacheDir), version.bodyId).html : '';
  };
}

const ids = (html: string) => new Set([...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]));
const fragments = (html: string) => [...html.matchAll(/ href="[^"#]*#([^"]+)"/g)].map((match) => match[1] ?? '');
// As a browser finds a fragment's element: the id as written, else percent-decoded (footnote ids are encoded).
const reaches = (fragment: string, html: string) => ids(html).has(fragment) || ids(html).has(decodeURIComponent(fragment));

describe('links to another post in a converted locale', () => {
  it('reach its author ids as written and its headings as converted', async () => {
    const a = '## 简介 {#简介}\n\n<h2 id="说明">说明</h2>\n\n## 发展\n\n<a name="历史"></a>历史[^注]。[上](#简介) [GitHub](#user-content-发展)\n\n[^注]: 注释。';
    const b = '[见](/zh/posts/a/#简介) [也](/zh/posts/a/#说明) [原样](/zh/posts/a/#user-content-简介) [锚](/zh/posts/a/#历史) [注](/zh/posts/a/#fn-注) [标题](/zh/posts/a/#发展) [GitHub](/zh/posts/a/#user-content-发展)';
    const html = await runOf({ ...zhPost('a', a), ...zhPost('b', b) });
    for (const code of ['zh', 'zh-Hant']) {
      const links = [...fragments(html('b', code)), ...fragments(html('a', code))];
      expect(links).toHaveLength(11);
      expect(links.filter((fragment) => !reaches(fragment, html('a', code))), code).toEqual([]);
    }
    expect(fragments(html('b', 'zh-Hant')).map(decodeURIComponent)).toEqual(['user-content-简介', 'user-content-说明', 'user-content-简介', 'user-content-历史', 'user-content-fn-注', 'h-發展', 'h-發展']);
  });

  it('are checked against the ids the converted page has: its parent version\'s, headings converted', async () => {
    // b is written in English and translated into zh; c has no zh version, so its zh-Hant page shows the English.
    const links = '[繁](/zh-hant/posts/b/#發展) [英](/zh-hant/posts/c/#methods) [简](/zh/posts/b/#发展)';
    const html = await runOf({ ...enPost('b', '## Methods', '## 发展'), ...enPost('c', '## Methods'), ...zhPost('d', links) });
    const shown = (slug: string, code: string) => html(slug, code) || html(slug, 'en');
    for (const code of ['zh', 'zh-Hant']) {
      const targets = [shown('b', 'zh-Hant'), shown('c', 'zh-Hant'), shown('b', code)];
      expect(fragments(html('d', code)).filter((fragment, index) => !reaches(fragment, targets[index] ?? '')), code).toEqual([]);
    }
  });

  it('report a link naming a converted page\'s heading as its parent writes it, which leads nowhere there', async () => {
    const error = await runOf({ ...zhPost('a', '## 发展'), ...zhPost('b', '[直](/zh-hant/posts/a/#发展)') }).then(
      () => undefined,
      (thrown: unknown) => thrown,
    );
    expect(error).toBeInstanceOf(ContentValidationError);
    expect((error as ContentValidationError).problems.map((p) => [p.code, p.file, p.params.suggestion])).toEqual([['fragment-broken', 'content/posts/b/zh.md', '#發展']]);
  });
});
