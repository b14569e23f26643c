import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { readContent } from '../../../src/content/index.ts';
import { writeTree } from '../helpers.ts';
import { md, meta, source, target, valid } from './content-fixtures.ts';

const [firstType = ''] = siteConfig.postTypes;
const read = async (files: Record<string, string | Uint8Array>) => readContent({ root: await writeTree({ ...valid, ...files }), config: siteConfig });
const like = (fields: Record<string, unknown>) => expect.objectContaining(fields);
const page = (slug: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/pages/${slug}/${name}`, text]));

describe('post types and lead images', () => {
  it('reads a configured type, and an image in the post folder with its alt text per language', async () => {
    const { content, problems } = await read({
      'content/posts/good/post.yaml': meta(`type: ${firstType}\nimage: { src: ./lead.jpg }\n`),
      'content/posts/good/lead.jpg': new Uint8Array([0xff, 0xd8, 0xff]),
      [`content/posts/good/${source}.md`]: md('title: Good\nimageAlt: A crowd'),
      [`content/posts/good/${target}.md`]: md('title: Good-T'),
    });
    expect(problems).toEqual([]);
    expect(content.posts[0]).toMatchObject({ type: firstType, image: 'content/posts/good/lead.jpg' });
    expect(content.posts[0]?.versions[source]?.imageAlt).toBe('A crowd');
  });

  it.each([
    ['an unknown type', { 'content/posts/good/post.yaml': meta('type: gossip\n') }, { file: 'content/posts/good/post.yaml', line: 4, field: 'type', code: 'post-type-unknown' }],
    ['a type that is not a slug', { 'content/posts/good/post.yaml': meta('type: Open Letter\n') }, { file: 'content/posts/good/post.yaml', field: 'type', code: 'tag-slug-format' }],
    ['an image that is not in the folder', { 'content/posts/good/post.yaml': meta('image: { src: ./missing.jpg }\n'), [`content/posts/good/${source}.md`]: md('title: Good\nimageAlt: A crowd') }, { file: 'content/posts/good/post.yaml', field: 'image', code: 'image-not-in-folder', params: expect.objectContaining({ name: 'missing.jpg' }) }],
    ['an image outside the folder', { 'content/posts/good/post.yaml': meta('image: { src: ../other/lead.jpg }\n') }, { file: 'content/posts/good/post.yaml', field: 'image.src', code: 'image-format' }],
    ['an image without alt text in the original', { 'content/posts/good/post.yaml': meta('image: { src: ./lead.png }\n'), 'content/posts/good/lead.png': 'x' }, { file: `content/posts/good/${source}.md`, field: 'imageAlt', code: 'image-alt-missing' }],
  ])('reports %s', async (_name, files, expected) => {
    const { problems } = await read(files);
    expect(problems).toEqual([like(expected)]);
  });
});

describe('static pages', () => {
  it('reads a page with its versions, like a post without date or tags', async () => {
    const { content, problems } = await read(page('about', { 'page.yaml': `source: ${source}\n`, [`${source}.md`]: md('title: About\nsummary: Who we are'), [`${target}.md`]: md('title: About-T\ndraft: true') }));
    expect(problems).toEqual([]);
    expect(content.pages).toEqual([expect.objectContaining({ slug: 'about', dir: 'content/pages/about', sourceLocale: source })]);
    expect(content.pages[0]?.versions[target]?.draft).toBe(true);
  });

  it.each([
    ['no page.yaml', page('about', { [`${source}.md`]: md('title: About') }), { file: 'content/pages/about/page.yaml', code: 'page-yaml-missing' }],
    ['a slug the site uses itself', page('tags', { 'page.yaml': `source: ${source}\n`, [`${source}.md`]: md('title: Tags') }), { file: 'content/pages/tags', field: 'slug', code: 'page-slug-reserved' }],
    ['a number as slug', page('2', { 'page.yaml': `source: ${source}\n`, [`${source}.md`]: md('title: Two') }), { file: 'content/pages/2', field: 'slug', code: 'page-slug-reserved' }],
    ['a missing original', page('about', { 'page.yaml': `source: ${source}\n`, [`${target}.md`]: md('title: T') }), { file: 'content/pages/about/page.yaml', field: 'source', code: 'page-source-missing' }],
    ['an unknown source locale', page('about', { 'page.yaml': 'source: xx\n', [`${source}.md`]: md('title: About') }), { file: 'content/pages/about/page.yaml', line: 1, field: 'source', code: 'locale-not-configured' }],
    ['a misspelt field', page('about', { 'page.yaml': `source: ${source}\nmenu: 1\n`, [`${source}.md`]: md('title: About') }), { file: 'content/pages/about/page.yaml', field: 'menu', code: 'field-unknown' }],
    ['a language file not named after a locale', page('about', { 'page.yaml': `source: ${source}\n`, [`${source}.md`]: md('title: About'), 'fr.md': md('title: À propos') }), { file: 'content/pages/about/fr.md', code: 'language-file-unknown' }],
    ['Markdown outside a page folder', { 'content/pages/about.md': md('title: About') }, { file: 'content/pages/about.md', code: 'file-outside-page' }],
  ])('reports %s, leaving the page out', async (_name, files, expected) => {
    const { content, problems } = await read(files);
    expect(problems).toEqual([like(expected)]);
    expect(content.pages).toEqual([]);
  });
});
