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

/** An element whose closest('a[data-tandem-locale]') is a link with that locale, or nothing. */
const inside = (locale: string | undefined) => ({ closest: (selector: string) => (selector === 'a[data-tandem-locale]' && locale !== undefined ? { dataset: { tandemLocale: locale } } : null) });

describe('rememberLocaleChoices', () => {
  it.each([
    ['a click inside a switcher link stores its locale', inside('zh-Hant'), 'zh-Hant'],
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
    expect(() => click(inside('zh'))).not.toThrow();
  });
});
