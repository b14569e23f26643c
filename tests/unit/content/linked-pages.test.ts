import { describe, expect, it } from 'vitest';
import type { SiteConfig } from '../../../src/config/schema.ts';
import { siteConfig } from '../../../src/config/site.ts';
import { pageLinks } from '../../../src/content/index.ts';
import { checkContent } from '../../../src/translation/index.ts';
import { inWords, writeTree } from '../helpers.ts';
import { converterOf, md, meta, source, valid } from './content-fixtures.ts';

/** The sample config, linking to the static pages given and to nothing else. */
const linking = (identity: Partial<SiteConfig['identity']>): SiteConfig => ({ ...siteConfig, identity: { ...siteConfig.identity, menu: [], footer: [], aboutPage: undefined, ...identity } });
const page = (slug: string, files: Record<string, string>) => Object.fromEntries(Object.entries(files).map(([name, text]) => [`content/pages/${slug}/${name}`, text]));
const about = page('about', { 'page.yaml': `source: ${source}\n`, [`${source}.md`]: md('title: About') });
const check = async (identity: Partial<SiteConfig['identity']>, files: Record<string, string>) => (await checkContent({ root: await writeTree({ ...valid, ...files }), config: linking(identity), converterOf })).problems;
const missing = (slug: string, fields: string[]) => expect.objectContaining({ file: 'src/config/site.ts', field: fields[0], code: 'page-link-missing', params: { slug, fields, folder: `content/pages/${slug}/` } });

describe('pageLinks', () => {
  it.each([
    ['nothing linked', {}, []],
    ['a menu entry', { menu: [{ type: 'news' }, { page: 'about' }] }, [['about', ['identity.menu[1]']]]],
    ['one slug from every place, once, in config order', { menu: [{ page: 'about' }], footer: [{ page: 'contact' }, { page: 'about' }], aboutPage: 'about' }, [['about', ['identity.menu[0]', 'identity.footer[1]', 'identity.aboutPage']], ['contact', ['identity.footer[0]']]]],
    ['the about page alone', { aboutPage: 'who-we-are' }, [['who-we-are', ['identity.aboutPage']]]],
  ])('%s', (_name, identity, expected) => {
    expect([...pageLinks(linking(identity as Partial<SiteConfig['identity']>))]).toEqual(expected);
  });
});

describe('pages the site configuration links to', () => {
  it.each([
    ['a footer link to a page that does not exist', { footer: [{ page: 'about' }, { page: 'contact' }] }, about, [missing('contact', ['identity.footer[1]'])]],
    ['a missing page once, naming every entry that links to it', { menu: [{ type: 'news' }, { page: 'about' }], footer: [{ page: 'about' }], aboutPage: 'about' }, {}, [missing('about', ['identity.menu[1]', 'identity.footer[0]', 'identity.aboutPage'])]],
    ['a file where the page folder should be', { menu: [{ page: 'about' }] }, { 'content/pages/about': 'not a folder' }, [missing('about', ['identity.menu[0]'])]],
    ['a file where content/pages should be', { menu: [{ page: 'about' }] }, { 'content/pages': 'not a folder' }, [missing('about', ['identity.menu[0]'])]],
    ['the missing page with every other problem of the run', { aboutPage: 'contact' }, { 'content/posts/good/post.yaml': meta('type: gossip\n'), [`content/posts/good/${source}.md`]: md('title: Good', '[x](/nowhere/)') }, [expect.objectContaining({ code: 'link-broken' }), expect.objectContaining({ code: 'post-type-unknown' }), missing('contact', ['identity.aboutPage'])]],
  ])('reports %s', async (_name, identity, files, expected) => {
    expect(await check(identity as Partial<SiteConfig['identity']>, files)).toEqual(expected);
  });

  it('leaves a linked page whose folder has problems to those problems', async () => {
    expect(await check({ menu: [{ page: 'about' }] }, page('about', { [`${source}.md`]: md('title: About') }))).toEqual([expect.objectContaining({ code: 'page-yaml-missing' })]);
  });

  it('passes a site whose linked pages all exist', async () => {
    expect(await check({ menu: [{ page: 'about' }], aboutPage: 'about' }, about)).toEqual([]);
  });

  it('says in words where the link is, which page is missing, and what to do', async () => {
    const [found] = await check({ footer: [{ feed: true }, { page: 'contact' }] }, {});
    expect(found && inWords(found)).toMatchObject({
      message: 'The menu, footer or sidebar links to the page "contact" (identity.footer[1]), but content/pages/contact/ does not exist, so the site would leave the link out.',
      hint: expect.stringMatching(/^Create content\/pages\/contact\/ .* or remove the link from src\/config\/site\.ts\.$/),
    });
  });
});
