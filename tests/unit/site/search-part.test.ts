import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { indexSite } from '../../../src/site/search-index.ts';
import { searchedPart } from '../../../src/site/search-part.ts';
import { writeTree } from '../helpers.ts';

// Shaped like a built post page: chrome around a body with an ignored notice, kicker and topic list.
const page = ({
  lang = 'en-GB',
  title = 'Students vote · Campaign',
  stylesheet = '/_astro/global.a1.css',
  brand = '<span class="brand-name">Campaign</span>',
  sidebar = '<li><a href="/en/tags/unions/">Unions</a></li>',
  notice = '',
  kicker = '<div data-pagefind-ignore data-pagefind-meta="type:News"><p class="kicker"><a href="/en/types/news/">News</a> <time datetime="2021-02-16">16 February 2021</time></p></div>',
  heading = '<h1>Students vote for solidarity</h1>',
  prose = '<p>Students at SOAS tabled a motion.</p><h2 id="why">Why</h2><p>Because it matters.</p>',
  tagsNav = '<nav aria-label="Topics" data-pagefind-ignore><ul><li><a href="/en/tags/students/">Students</a></li></ul></nav>',
  footer = '<footer><p>© 2026 Campaign</p></footer>',
  script = `<script>document.addEventListener('click',function(e){if('</div>'.length)return})</script>`,
} = {}) =>
  `<!DOCTYPE html><html lang="${lang}" dir="ltr"><head><meta charset="utf-8"><title>${title}</title><link rel="stylesheet" href="${stylesheet}"></head>` +
  `<body><header><a class="brand" href="/en/">${brand}</a></header><div class="page"><main id="main-content" data-pagefind-body>` +
  `<article data-pagefind-meta="date:16 February 2021">${notice}${kicker}${heading}<div class="prose">${prose}</div>${tagsNav}</article></main>` +
  `<aside class="sidebar"><ul>${sidebar}</ul></aside></div>${footer}${script}</body></html>`;

const outdated = '<div data-pagefind-ignore><div class="notice" role="note"><p>The English original has changed. <a href="/en/posts/a/">Read it</a></p><details><summary>Details</summary><p>Changed since 24 February 2021.</p></details></div></div>';

/**
 * Each case changes one thing on the page; `same` says whether the part stays the same. `wider` marks
 * changes the part counts though Pagefind ignores them here: the title and an image before the
 * heading (Pagefind prefers the heading and the first image after it, which a page may lack), and an
 * id inside an ignored element (kept whole rather than relying on how Pagefind numbers anchors).
 */
const cases: { what: string; change: Parameters<typeof page>[0]; same: boolean; wider?: true }[] = [
  { what: 'a new stylesheet hash', change: { stylesheet: '/_astro/global.b2.css' }, same: true },
  { what: 'a topic added to the sidebar', change: { sidebar: '<li><a href="/en/tags/unions/">Unions</a></li><li><a href="/en/tags/arts/">Arts</a></li>' }, same: true },
  { what: 'the footer', change: { footer: '<footer><p>© 2027 Campaign</p></footer>' }, same: true },
  { what: 'an outdated notice in an ignored element', change: { notice: outdated }, same: true },
  { what: 'a topic link in the ignored topic list', change: { tagsNav: '<nav aria-label="Topics" data-pagefind-ignore><ul><li><a href="/en/tags/youth/">Youth</a></li></ul></nav>' }, same: true },
  { what: 'a script whose text looks like an end tag', change: { script: `<script>var s='</main></div>'</script>` }, same: true },
  { what: 'the body text', change: { prose: '<p>Students at SOAS passed a motion.</p><h2 id="why">Why</h2><p>Because it matters.</p>' }, same: false },
  { what: 'an anchor id in the body', change: { prose: '<p>Students at SOAS tabled a motion.</p><h2 id="reasons">Why</h2><p>Because it matters.</p>' }, same: false },
  { what: 'the heading', change: { heading: '<h1>Students vote</h1>' }, same: false },
  { what: 'the page title', change: { title: 'Students vote again · Campaign' }, same: false, wider: true },
  { what: 'the page language', change: { lang: 'en-US' }, same: false },
  { what: 'a meta value in an ignored element', change: { kicker: '<div data-pagefind-ignore data-pagefind-meta="type:Statement"><p class="kicker">Statement</p></div>' }, same: false },
  { what: 'an image in the header (Pagefind takes the first image after the heading)', change: { brand: '<img src="/logo.png" alt="Campaign">' }, same: false, wider: true },
  { what: 'the text of an ignored element whose meta is its text', change: { kicker: '<div data-pagefind-ignore data-pagefind-meta="type"><p>Statement</p></div>' }, same: false },
  { what: 'an id inside an ignored element', change: { notice: '<div data-pagefind-ignore><p id="note">Changed.</p></div>' }, same: false, wider: true },
];

describe('searchedPart', () => {
  it.each(cases)('$what: part unchanged = $same', ({ change, same }) => {
    expect(searchedPart(page(change)) === searchedPart(page())).toBe(same);
  });

  it.each([
    ['a body that is never closed', (html: string) => html.replace('</main>', '')],
    ['an ignored element that is never closed', (html: string) => html.replace('</nav></article>', '</article>')],
  ])('takes the whole page when %s', (_, damage) => {
    const html = damage(page());
    expect(searchedPart(html)).toBe(html);
  });

  it('takes the whole page when nothing is marked as the body', () => {
    const html = page().replace(' data-pagefind-body', '');
    expect(searchedPart(html)).toBe(html);
  });

  it('reads quoted attribute values holding ">" and comments holding tags as Pagefind does', () => {
    const base = page({ prose: '<p title="a > b">Text</p><!-- <div data-pagefind-ignore> -->' });
    expect(searchedPart(base)).toContain('<p title="a > b">Text</p>');
    expect(searchedPart(page({ prose: '<p title="a > b">Text</p><!-- <div data-pagefind-ignore> -->', footer: '<footer>x</footer>' }))).toBe(searchedPart(base));
  });
});

/** Every file of a search bundle and its bytes. */
async function bundleFiles(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile()) files.set(path.relative(dir, path.join(entry.parentPath, entry.name)), (await readFile(path.join(entry.parentPath, entry.name))).toString('base64'));
  }
  return files;
}

describe('searchedPart against Pagefind itself', () => {
  // The proof that the part holds all Pagefind reads: two pages with the same part give the same
  // bundle, byte for byte; and the cases that change the part do change the bundle.
  it.each(cases)('$what: bundle unchanged = $same', async ({ change, same, wider }) => {
    const bundle = async (html: string) => {
      const dist = await writeTree({ 'en/posts/a/index.html': html });
      await indexSite(dist);
      return [...(await bundleFiles(path.join(dist, 'pagefind')))].join();
    };
    expect((await bundle(page(change))) === (await bundle(page()))).toBe(same || wider === true);
  });
});
