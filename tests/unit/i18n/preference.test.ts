import { describe, expect, it } from 'vitest';
import { PREFERENCE_KEY, rememberLocaleChoices } from '../../../src/i18n/preference.ts';

/** A window with one click listener and a storage that records writes (or refuses them). */
function fakeWindow(refuse = false) {
  const stored = new Map<string, string>();
  let listener: ((event: Event) => void) | undefined;
  const target = {
    addEventListener: (type: string, handler: (event: Event) => void) => {
      if (type === 'click') listener = handler;
    },
    localStorage: {
      setItem: (key: string, value: string) => {
        if (refuse) throw new Error('QuotaExceededError');
        stored.set(key, value);
      },
    },
  } as unknown as Window;
  rememberLocaleChoices(target);
  const click = (origin: unknown) => listener?.({ target: origin } as unknown as Event);
  return { stored, click };
}

/** An element inside a language-choice link (with a data-tandem-locale value or not), or inside none. */
const inside = (link: { href: string; locale?: string } | undefined) => ({
  closest: (selector: string) => (selector.includes('.language-switcher a') && selector.includes('a[data-tandem-locale]') && link ? { href: link.href, dataset: { tandemLocale: link.locale } } : null),
});

describe('rememberLocaleChoices', () => {
  it.each([
    ['a link naming its locale stores that code', inside({ href: 'https://x/zh-hant/', locale: 'zh-Hant' }), 'zh-Hant'],
    ['a switcher link stores the first segment of its address, the locale\'s path', inside({ href: 'https://x/zh-hant/posts/a/' }), 'zh-hant'],
    ['a click elsewhere stores nothing', inside(undefined), undefined],
    ['a click whose target has no closest() (the document) stores nothing', {}, undefined],
    ['a click without a target stores nothing', null, undefined],
  ])('%s', (_name, origin, expected) => {
    const { stored, click } = fakeWindow();
    click(origin);
    expect(stored.get(PREFERENCE_KEY)).toBe(expected);
  });

  it('a storage that refuses the write is not an error', () => {
    const { click } = fakeWindow(true);
    expect(() => click(inside({ href: 'https://x/zh/' }))).not.toThrow();
  });
});
