import { z } from 'zod';
import { TandemError } from '../lib/errors.ts';

/**
 * One locale the site publishes in. Everything the code needs to know about a
 * language lives here so that adding one is config + `locales/<code>.json` + content.
 */
export const localeSchema = z
  .object({
    /** Content file name (`<code>.md`) and UI strings file (`locales/<code>.json`). */
    code: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})*$/, 'use a short code such as "en" or "zh-Hant"'),
    /** URL segment: `/<path>/posts/<slug>/`. */
    path: z.string().regex(/^[a-z0-9-]+$/, 'use lowercase letters, digits and hyphens'),
    /** BCP 47 tag written to `lang` attributes and feeds. */
    lang: z.string().min(2),
    /** The language's own name, shown in the language switcher. */
    label: z.string().min(1),
    dir: z.enum(['ltr', 'rtl']).default('ltr'),
    /** Locale used by `Intl.DateTimeFormat`, e.g. `en-GB` gives "23 February 2021". */
    dateLocale: z.string().min(2),
    /** How work left is counted: words for space-separated scripts, characters for CJK. */
    countBy: z.enum(['words', 'characters']).default('words'),
  })
  .strict();

export const siteConfigSchema = z
  .object({
    defaultLocale: z.string(),
    locales: z.array(localeSchema).min(1),
    postsPerPage: z.number().int().positive().default(10),
    /** Characters (CJK) or words (others) kept in an automatic excerpt. */
    excerptLength: z.object({ words: z.number().int().positive(), characters: z.number().int().positive() }),
    /** Where the content is hosted, so the translation dashboard can link to each file. */
    repository: z
      .object({
        /** Web address of the repository, e.g. https://github.com/org/site */
        url: z.url(),
        branch: z.string().min(1).default('main'),
      })
      .strict()
      .optional(),
  })
  .strict()
  .superRefine((config, ctx) => {
    const codes = config.locales.map((l) => l.code);
    if (!codes.includes(config.defaultLocale)) {
      ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: `"${config.defaultLocale}" is not one of the configured locales (${codes.join(', ')})` });
    }
    for (const key of ['code', 'path'] as const) {
      const seen = new Set<string>();
      for (const locale of config.locales) {
        if (seen.has(locale[key])) ctx.addIssue({ code: 'custom', path: ['locales'], message: `two locales share the ${key} "${locale[key]}"` });
        seen.add(locale[key]);
      }
    }
  });

export type LocaleConfig = z.output<typeof localeSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Validates a site configuration, throwing one error that lists every problem. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  // Raised before the UI strings can be loaded (they need the config), so it carries English words too.
  const detail = z.prettifyError(result.error);
  throw new TandemError('site-config', { detail }, { file: 'src/config/site.ts' }, `The site configuration is invalid:\n${detail}\n  → Correct the locale entries in src/config/site.ts (see the field list in src/config/schema.ts).`);
}
