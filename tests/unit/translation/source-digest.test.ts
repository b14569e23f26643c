import { describe, expect, it } from 'vitest';
import type { PostVersion } from '../../../src/content/model.ts';
import { sourceDigest } from '../../../src/translation/base-record.ts';

const version = (change: Partial<PostVersion> = {}): PostVersion => ({
  locale: 'en',
  file: 'content/posts/a/en.md',
  title: 'Vigil in Manchester',
  summary: 'Bring candles.',
  location: 'Albert Square',
  updates: [{ date: new Date('2021-02-23T00:00:00Z'), text: 'Moved indoors.' }],
  draft: false,
  body: 'We will meet at six.\n\nAll welcome.\n',
  bodyStartLine: 6,
  ...change,
});

describe('sourceDigest', () => {
  const digest = sourceDigest(version());

  it.each([
    ['the title', { title: 'Vigil in Leeds' }],
    ['the summary', { summary: 'Bring a candle.' }],
    ['a summary left out', { summary: undefined }],
    ['the location', { location: 'Piccadilly Gardens' }],
    ['an update note', { updates: [{ date: new Date('2021-02-23T00:00:00Z'), text: 'Moved outdoors.' }] }],
    ["an update note's date", { updates: [{ date: new Date('2021-02-24T00:00:00Z'), text: 'Moved indoors.' }] }],
    ['the body, by one space', { body: 'We will meet at six.\n\nAll  welcome.\n' }],
  ])('changes with %s', (_, change) => {
    expect(sourceDigest(version(change))).not.toBe(digest);
  });

  it.each([
    ['the file and locale', { file: 'content/posts/b/en.md', locale: 'zh' }],
    ['draft, translator, alt text and body line', { draft: true, translator: 'Li', imageAlt: 'Candles', bodyStartLine: 9 }],
  ])('does not change with %s, which are not translated text', (_, change) => {
    expect(sourceDigest(version(change))).toBe(digest);
  });

  it('is 16 hex characters, the same however often it is asked', () => {
    const same = version();
    expect(sourceDigest(same)).toMatch(/^[0-9a-f]{16}$/);
    expect([sourceDigest(same), sourceDigest(same)]).toEqual([digest, digest]);
  });
});
