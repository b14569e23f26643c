import { describe, expect, it } from 'vitest';
import { pageHead, recordPageHead, sitemapOptions } from '../../../src/i18n/sitemap.ts';

describe('pageHead', () => {
  it.each([
    ['an indexable page with alternates', '<html><head><link rel="alternate" hreflang="en-GB" href="https://x/en/a/"><link rel="alternate" hreflang="zh-Hans" href="https://x/zh/a/"><link rel="alternate" hreflang="x-default" href="https://x/en/a/"></head><body><link rel="alternate" hreflang="fr" href="https://x/fr/"></body>', { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x/en/a/' }, { lang: 'zh-Hans', url: 'https://x/zh/a/' }] }],
    ['a fallback copy', '<head><meta name="robots" content="noindex"></head>', { noindex: true, alternates: [] }],
    ['robots with several values', '<head><meta name="robots" content="noindex, follow"></head>', { noindex: true, alternates: [] }],
    ['feeds are not language alternates', '<head><link rel="alternate" type="application/rss+xml" hreflang="en-GB" href="/en/rss.xml"></head>', { noindex: false, alternates: [] }],
  ])('%s', (_name, html, expected) => {
    expect(pageHead(html)).toEqual(expected);
  });
});

describe('sitemapOptions', () => {
  // An outDir with no pages in it: whatever the entries say comes from what the pages recorded.
  const options = sitemapOptions(new URL('file:///nonexistent-tandem-dist/')) ?? {};
  const serialize = (url: string) => options.serialize?.({ url } as never);
  const alternates = [{ lang: 'en-GB', url: 'https://x/en/recorded/' }, { lang: 'zh-Hans', url: 'https://x/zh/recorded/' }];

  it.each([
    ['lists the alternates a page recorded', '/en/recorded/', { noindex: false, alternates }, { url: 'https://x/en/recorded/', links: alternates }],
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
