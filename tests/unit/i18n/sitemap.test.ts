import { describe, expect, it } from 'vitest';
import { pageHead } from '../../../src/i18n/sitemap.ts';

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
