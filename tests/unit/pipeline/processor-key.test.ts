import { describe, expect, it } from 'vitest';
import { processorKey } from '../../../src/pipeline/processor-key.ts';
import type { RenderOptions } from '../../../src/pipeline/index.ts';

const convert = (text: string) => text;
const base: RenderOptions = { lang: 'en', convertText: convert };

describe('processorKey', () => {
  it.each<[string, RenderOptions, boolean]>([
    ['the same options', { ...base }, true],
    ['per-document options only', { ...base, pagePath: '/en/posts/a/', onFallback: () => {}, onParsed: () => {} }, true],
    ['another language', { ...base, lang: 'zh-Hans' }, false],
    ['other link rewrites', { ...base, rewrites: { '/en/posts/a/#x': '/en/posts/a/#h-x' } }, false],
    ['another function that does the same', { ...base, convertText: (text: string) => text }, false],
  ])('%s: same key %s', (_, options, same) => {
    expect(processorKey(options) === processorKey(base)).toBe(same);
  });
});
