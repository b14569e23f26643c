import { describe, expect, it } from 'vitest';
import { siteConfig } from '../../../src/config/site.ts';
import { pageHead, recordPageHead, sitemapOptions, withDefault } from '../../../src/i18n/sitemap.ts';
import { getLocale } from '../../../src/i18n/urls.ts';

const switcher = (entries: string) => `<nav class="language-switcher" aria-label="Language"><ul>${entries}</ul></nav>`;

describe('pageHead', () => {
  it.each([
    ['an indexable page with alternates', '<html><head><link rel="alternate" hreflang="en-GB" href="https://x/en/a/"><link rel="alternate" hreflang="zh-Hans" href="https://x/zh/a/"><link rel="alternate" hreflang="x-default" href="https://x/en/a/"></head><body><link rel="alternate" hreflang="fr" href="https://x/fr/"></body>', { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }] }],
    ['a fallback copy', '<head><meta name="robots" content="noindex"></head>', { noindex: true, alternates: [] }],
    ['robots with several values', '<head><meta name="robots" content="noindex, follow"></head>', { noindex: true, alternates: [] }],
    ['feeds are not language alternates', '<head><link rel="alternate" type="application/rss+xml" hreflang="en-GB" href="/en/rss.xml"></head>', { noindex: false, alternates: [] }],
    [
      'a page whose switcher links to real versions, in locale order, itself among them',
      `<html lang="zh-Hans"><head><link rel="canonical" href="https://x/zh/a/"></head><body>${switcher('<li><a href="/en/a/" hreflang="en-GB" lang="en-GB">EN</a></li><li><span aria-current="page" lang="zh-Hans">简体</span></li><li><a href="/zh-hant/a/" class="pending"><span lang="zh-Hant-HK">繁體</span></a></li>')}<a href="/fr/" hreflang="fr">in the text</a>`,
      { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }] },
    ],
    ['a page only in its own language', `<head><link rel="canonical" href="https://x/en/b/"></head>${switcher('<li><span aria-current="page" lang="en-GB">EN</span></li><li><a href="/zh/b/" class="pending">简体</a></li>')}`, { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/b/' }] }],
    ['a fallback copy with a switcher', `<head><meta name="robots" content="noindex"><link rel="canonical" href="https://x/en/c/"></head>${switcher('<li><a href="/en/c/" hreflang="en-GB">EN</a></li><li><span aria-current="page" lang="zh-Hans">简体</span></li>')}`, { noindex: true, alternates: [] }],
  ])('%s', (_name, html, expected) => {
    expect(pageHead(html)).toEqual(expected);
  });
});

describe('withDefault', () => {
  const versions = [{ lang: 'zh-Hans', url: 'https://x/zh/a/' }, { lang: 'en-GB', url: 'https://x/en/a/' }];
  it.each([
    ['adds x-default at the default locale\'s version', versions, [...versions, { lang: 'x-default', url: 'https://x/en/a/' }]],
    ['adds none where the default locale has no version', versions.slice(0, 1), versions.slice(0, 1)],
  ])('%s', (_name, alternates, expected) => expect(withDefault(alternates, 'en-GB')).toEqual(expected));
});

describe('sitemapOptions', () => {
  // An outDir with no pages in it: whatever the entries say comes from what the pages recorded.
  const options = sitemapOptions(new URL('file:///nonexistent-tandem-dist/')) ?? {};
  const serialize = (url: string) => options.serialize?.({ url } as never);
  const defaultLang = getLocale(siteConfig, siteConfig.defaultLocale).lang;
  const other = siteConfig.locales.find((l) => l.code !== siteConfig.defaultLocale)?.lang ?? '';
  const alternates = [{ lang: defaultLang, url: 'https://x/en/recorded/' }, { lang: other, url: 'https://x/zh/recorded/' }];

  it.each([
    ['lists the alternates a page recorded, and x-default', '/en/recorded/', { noindex: false, alternates }, { url: 'https://x/en/recorded/', links: [...alternates, { lang: 'x-default', url: 'https://x/en/recorded/' }] }],
    ['leaves out a page that recorded noindex', '/en/copy/', { noindex: true, alternates: [] }, undefined],
    ['gives no links for a page in one language', '/en/single/', { noindex: false, alternates: alternates.slice(0, 1) }, { url: 'https://x/en/single/', links: undefined }],
  ])('%s', async (_name, path, head, expected) => {
    recordPageHead(path, head);
    expect(await serialize(`https://x${path}`)).toEqual(expected);
  });

  it('keeps a page that recorded nothing and cannot be read as it is', async () => {
    expect(await serialize('https://x/unrecorded/')).toEqual({ url: 'https://x/unrecorded/' });
  });
});
