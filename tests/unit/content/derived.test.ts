import { describe, expect, it } from 'vitest';
import { defineSiteConfig } from '../../../src/config/schema.ts';
import { convertFields, versionOrigin, withDerivedTagLabels, type Post, type PostVersion } from '../../../src/content/index.ts';

const locale = (code: string, extra = {}) => ({ code, path: code.toLowerCase(), lang: code, label: code, dateLocale: 'en', ...extra });
const config = defineSiteConfig({
  defaultLocale: 'en',
  locales: [locale('en'), locale('zh'), locale('zh-Hant', { derivedFrom: 'zh', convert: { from: 'cn', to: 'hk' } })],
  excerptLength: { words: 50, characters: 100 },
});
const version = (code: string, extra: Partial<PostVersion> = {}): PostVersion => ({ locale: code, file: `p/${code}.md`, title: `T-${code}`, updates: [], draft: false, body: 'b', bodyStartLine: 4, ...extra });
const post = (versions: Post['versions']): Post => ({ slug: 'p', dir: 'p', date: new Date('2021-02-16'), sourceLocale: 'en', tags: [], aliases: [], versions });
const upper = (text: string) => text.toUpperCase();

describe('versionOrigin', () => {
  const zh = version('zh');
  const hant = version('zh-Hant');
  it.each([
    ['a written version', post({ en: version('en'), zh }), 'zh', { kind: 'written', version: zh }],
    ['a derived locale without its own file: the parent, to convert', post({ en: version('en'), zh }), 'zh-Hant', { kind: 'derived', version: zh, from: 'zh' }],
    ['a derived locale with a human-written file: that file', post({ en: version('en'), zh, 'zh-Hant': hant }), 'zh-Hant', { kind: 'written', version: hant }],
    ['a derived locale whose parent is missing: nothing', post({ en: version('en') }), 'zh-Hant', undefined],
    ['a written locale without a file: nothing', post({ en: version('en') }), 'zh', undefined],
  ])('%s', (_name, p, code, expected) => {
    expect(versionOrigin(p, code, config)).toEqual(expected);
  });

  it('keeps a parent draft a draft', () => {
    expect(versionOrigin(post({ zh: version('zh', { draft: true }) }), 'zh-Hant', config)?.version.draft).toBe(true);
  });
});

describe('convertFields', () => {
  it('converts every text field but leaves the body to the renderer', () => {
    const converted = convertFields(version('zh', { summary: 's', location: 'l', updates: [{ date: new Date('2021-02-23'), text: 'u' }] }), 'zh-Hant', upper);
    expect(converted).toMatchObject({ locale: 'zh-Hant', title: 'T-ZH', summary: 'S', location: 'L', body: 'b', file: 'p/zh.md', updates: [{ text: 'U' }] });
  });
});

describe('withDerivedTagLabels', () => {
  it.each([
    ['fills a derived label from the parent', { a: { en: 'A', zh: 'z' } }, { a: { en: 'A', zh: 'z', 'zh-Hant': 'Z' } }],
    ['keeps a label written in tags.yaml', { a: { zh: 'z', 'zh-Hant': 'own' } }, { a: { zh: 'z', 'zh-Hant': 'own' } }],
    ['adds nothing without a parent label', { a: { en: 'A' } }, { a: { en: 'A' } }],
  ])('%s', (_name, tags, expected) => {
    expect(withDerivedTagLabels(tags, config, (code) => (code === 'zh-Hant' ? upper : undefined))).toEqual(expected);
  });
});
