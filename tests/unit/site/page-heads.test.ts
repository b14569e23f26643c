import { utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageFacts, readPageHeads } from '../../../src/site/page-heads.ts';
import { writeTree } from '../helpers.ts';

const policy = (script: string) => `<meta http-equiv="content-security-policy" content="default-src &#39;self&#39;; script-src &#39;self&#39; &#39;${script}&#39;">`;
const page = (script: string, robots = '') =>
  `<!DOCTYPE html><html lang="en-GB"><head>${policy(script)}${robots}<link rel="alternate" hreflang="en-GB" href="https://x.org/en/a/"><link rel="alternate" hreflang="zh-Hans" href="https://x.org/zh/a/"><link rel="alternate" hreflang="x-default" href="https://x.org/en/a/"></head><body><p>Text</p></body></html>`;

describe('pageFacts', () => {
  it.each([
    ['a page with a policy and alternates', page('sha256-a'), ["default-src 'self'; script-src 'self' 'sha256-a'", { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x.org/en/a/' }, { lang: 'zh-Hans', url: 'https://x.org/zh/a/' }] }]],
    ['a noindex page', page('sha256-b', '<meta name="robots" content="noindex, follow">'), ["default-src 'self'; script-src 'self' 'sha256-b'", { noindex: true, alternates: expect.any(Array) }]],
    ['no policy', '<head><title>x</title></head>', [null, { noindex: false, alternates: [] }]],
    ['a head that does not end in the part read', `<head>${policy('sha256-c')}<title>`, ["default-src 'self'; script-src 'self' 'sha256-c'", null]],
    ['a masthead that does not end in the part read', `<head>${policy('sha256-d')}</head><body><header><nav class="language-switcher">`, ["default-src 'self'; script-src 'self' 'sha256-d'", null]],
    [
      'a page whose versions its masthead\'s switcher gives',
      `<html lang="en-GB"><head>${policy('sha256-e')}<link rel="canonical" href="https://x.org/en/a/"></head><body><header><nav class="language-switcher"><ul><li><span aria-current="page" lang="en-GB">EN</span></li><li><a href="/zh/a/" hreflang="zh-Hans">简体</a></li></ul></nav></header>`,
      ["default-src 'self'; script-src 'self' 'sha256-e'", { noindex: false, alternates: [{ lang: 'en-GB', url: 'https://x.org/en/a/' }, { lang: 'zh-Hans', url: 'https://x.org/zh/a/' }] }],
    ],
  ])('%s', (_, start, expected) => {
    expect(pageFacts(start)).toEqual(expected);
  });
});

describe('readPageHeads', () => {
  it('reads every page, by URL path, and takes a page whose stamp is as recorded from the record', async () => {
    const out = await writeTree({ 'en/a/index.html': page('sha256-a'), 'zh/a/index.html': page('sha256-z'), '404.html': page('sha256-n', '<meta name="robots" content="noindex">') });
    const record = path.join(await writeTree({}), 'heads.json');
    const file = path.join(out, 'en/a/index.html');
    const then = new Date('2026-01-01T00:00:00Z');
    await utimes(file, then, then);
    const first = await readPageHeads(out, record);
    expect([...first.heads.keys()].sort()).toEqual(['/404.html', '/en/a/', '/zh/a/']);
    expect(first.policies.size).toBe(3);
    // Same size and time, another script hash: the record stands for it.
    await writeFile(file, page('sha256-A'));
    await utimes(file, then, then);
    expect([...(await readPageHeads(out, record)).policies].some((p) => p.includes('sha256-a'))).toBe(true);
    // Written again: read again.
    await writeFile(file, page('sha256-A'));
    const third = await readPageHeads(out, record);
    expect([...third.policies].some((p) => p.includes('sha256-A'))).toBe(true);
    expect([...third.policies].some((p) => p.includes("'sha256-a'"))).toBe(false);
  });
});
