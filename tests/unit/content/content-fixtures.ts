import { siteConfig } from '../../../src/config/site.ts';
import { pageLinks } from '../../../src/content/index.ts';
import { convertersOf } from '../../../src/i18n/derived-locales.ts';

/** The site's first two locales: posts here are written in `source` and translated into `target`. */
export const [source = '', target = ''] = siteConfig.locales.map((l) => l.code);
if (!source || !target) throw new Error('the site config needs two locales for these tests');

/** A valid post.yaml, with extra lines appended. */
export const meta = (extra = '') => `date: 2021-02-16\nsource: ${source}\ntags: [students]\n${extra}`;

/** A Markdown file with the given frontmatter lines and body. */
export const md = (front: string, body = 'Body text.') => `---\n${front}\n---\n${body}\n`;

/** A small valid project: one tag and one post. Cases add or replace files. */
export const valid: Record<string, string> = {
  'content/tags.yaml': `students:\n  ${source}: Students\n  ${target}: Students-T\n`,
  'content/posts/good/post.yaml': meta(),
  [`content/posts/good/${source}.md`]: md('title: Good'),
};

/**
 * The static pages the site config links to (menu, footer, about page), written in `source`:
 * a project checked as the build checks it (`checkContent`) needs them, or reports each missing one.
 */
export const linkedPages: Record<string, string> = Object.fromEntries(
  [...pageLinks(siteConfig).keys()].flatMap((slug) => [
    [`content/pages/${slug}/page.yaml`, `source: ${source}\n`],
    [`content/pages/${slug}/${source}.md`, md(`title: ${slug}`, 'A page the site links to.')],
  ]),
);

/** Derived locales' conversions, as the checks are given them (without the site's phrase lists). */
export const converterOf = convertersOf(siteConfig, {});
