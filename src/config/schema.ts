import { z } from 'zod';
import { TandemError } from '../lib/errors.ts';
import { BACKGROUNDS, contrastRatio, MIN_TEXT_CONTRAST } from './contrast.ts';

/**
 * An OpenCC conversion (through opencc-js): `from` and `to` are its regional standards,
 * e.g. `cn` → `hk` (Hong Kong) or `tw` (Taiwan); `twp`/`hkp` also replace regional
 * vocabulary. Names and terms it gets wrong go in `locales/<code>.phrases.yaml`.
 */
export const conversionSchema = z
  .object({
    from: z.enum(['cn', 'tw', 'twp', 'hk', 'hkp']),
    to: z.enum(['cn', 'tw', 'twp', 'hk', 'hkp']),
    /** `corner`: “ ” and ‘ ’ become 「 」 and 『 』, as Traditional Chinese in Hong Kong and Taiwan writes them. */
    quotes: z.enum(['corner', 'keep']).default('corner'),
  })
  .strict();

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
    /** A short form for the header switcher (`EN | 中文`); defaults to `label`. Screen readers hear `label`. */
    shortLabel: z.string().min(1).optional(),
    dir: z.enum(['ltr', 'rtl']).default('ltr'),
    /** Locale used by `Intl.DateTimeFormat`, e.g. `en-GB` gives "23 February 2021". */
    dateLocale: z.string().min(2),
    /** How work left is counted: words for space-separated scripts, characters for CJK. */
    countBy: z.enum(['words', 'characters']).default('words'),
    /**
     * Set on a locale whose versions are made by converting another locale's, e.g.
     * Traditional Chinese from Simplified: a post gets this locale's version without
     * anyone writing it, unless a human-written `<code>.md` exists.
     */
    derivedFrom: z.string().optional(),
    /** How a derived locale's text is converted (required with `derivedFrom`). */
    convert: conversionSchema.optional(),
  })
  .strict();

const kebab = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'use lowercase letters, digits and single hyphens');
const hexColour = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'write the colour as #rrggbb');

/**
 * One entry of the main menu or the footer: a static page, a post type's listing,
 * a built-in listing, the locale's feed, or an outside address (named, not translated:
 * social accounts keep their own names).
 */
export const linkSchema = z.union([
  z.object({ page: kebab }).strict(),
  z.object({ type: kebab }).strict(),
  z.object({ route: z.enum(['home', 'tags', 'dashboard']) }).strict(),
  z.object({ feed: z.literal(true) }).strict(),
  z.object({ href: z.url({ protocol: /^https?$/ }), name: z.string().min(1) }).strict(),
]);

/** What makes the site this campaign's: everything but words, which live in `locales/<code>.json`. */
export const identitySchema = z
  .object({
    /** An SVG under src/assets/, inlined in the header; use `currentColor` to follow light and dark mode. */
    logo: z.string().regex(/^src\/assets\/[\w/-]+\.svg$/, 'put the logo in src/assets/ as an .svg file, e.g. src/assets/logo.svg'),
    /** Social preview (og:image) for pages without a lead image: a PNG or JPEG under src/assets/, ideally 1200×630. */
    socialImage: z.string().regex(/^src\/assets\/[\w/-]+\.(png|jpe?g)$/, 'put a .png or .jpg in src/assets/, e.g. src/assets/social.png'),
    /** Brand colour on light backgrounds (links, masthead rule); must reach 4.5:1 on white. */
    brandColour: hexColour,
    /** The brand colour for dark mode; must reach 4.5:1 on the dark background. */
    brandColourDark: hexColour,
    /** Main menu, after "Home". */
    menu: z.array(linkSchema).default([]),
    /** Footer links, e.g. about, contact, the feed and social accounts. */
    footer: z.array(linkSchema).default([]),
    /** Static page whose summary is the sidebar's "about" blurb. */
    aboutPage: kebab.optional(),
  })
  .strict()
  .superRefine((identity, ctx) => {
    for (const [key, background] of [['brandColour', BACKGROUNDS.light], ['brandColourDark', BACKGROUNDS.dark]] as const) {
      const ratio = contrastRatio(identity[key], background);
      if (ratio < MIN_TEXT_CONTRAST) {
        ctx.addIssue({ code: 'custom', path: [key], message: `${identity[key]} on ${background} has contrast ${ratio.toFixed(2)}:1; links need at least ${MIN_TEXT_CONTRAST}:1 (use a ${key === 'brandColour' ? 'darker' : 'lighter'} shade)` });
      }
    }
  });

// A site that names no identity still builds, with the bundled logo and a neutral blue.
const defaultIdentity = (): z.output<typeof identitySchema> => ({
  logo: 'src/assets/logo.svg',
  socialImage: 'src/assets/social.png',
  brandColour: '#0b5cad',
  brandColourDark: '#8cc4ff',
  menu: [],
  footer: [{ feed: true }],
});

export const siteConfigSchema = z
  .object({
    defaultLocale: z.string(),
    locales: z.array(localeSchema).min(1),
    postsPerPage: z.number().int().positive().default(10),
    /** Kinds of post (`type:` in post.yaml), like WordPress categories; labels are `postType.<id>` in locales/<code>.json. */
    postTypes: z.array(kebab).default(['news', 'statement', 'event', 'open-letter']),
    identity: identitySchema.default(defaultIdentity),
    /** Characters (CJK) or words (others) kept in an automatic excerpt. */
    excerptLength: z.object({ words: z.number().int().positive(), characters: z.number().int().positive() }),
    /**
     * Publish a bilingual reading view of each translated post, source and translation
     * paragraph by paragraph (中英对照), at `/<locale>/posts/<slug>/bilingual/`, linked from the post.
     */
    bilingual: z.boolean().default(false),
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
    config.locales.forEach((locale, index) => {
      const parent = config.locales.find((l) => l.code === locale.derivedFrom);
      const path = ['locales', index];
      if (locale.derivedFrom !== undefined && !parent) ctx.addIssue({ code: 'custom', path: [...path, 'derivedFrom'], message: `"${locale.derivedFrom}" is not one of the configured locales (${codes.join(', ')})` });
      if (parent?.derivedFrom !== undefined) ctx.addIssue({ code: 'custom', path: [...path, 'derivedFrom'], message: `"${parent.code}" is itself derived; derive from a written locale` });
      if (locale.derivedFrom === locale.code) ctx.addIssue({ code: 'custom', path: [...path, 'derivedFrom'], message: 'a locale cannot be derived from itself' });
      if ((locale.derivedFrom === undefined) !== (locale.convert === undefined)) ctx.addIssue({ code: 'custom', path: [...path, 'convert'], message: 'give derivedFrom and convert together, or neither' });
      if (locale.derivedFrom !== undefined && locale.code === config.defaultLocale) ctx.addIssue({ code: 'custom', path: ['defaultLocale'], message: 'the default locale cannot be derived' });
    });
    for (const [list, links] of [['menu', config.identity.menu], ['footer', config.identity.footer]] as const) {
      links.forEach((link, index) => {
        if ('type' in link && !config.postTypes.includes(link.type)) {
          ctx.addIssue({ code: 'custom', path: ['identity', list, index, 'type'], message: `"${link.type}" is not one of postTypes (${config.postTypes.join(', ')})` });
        }
      });
    }
  });

/**
 * The locale a derived locale is made from, or undefined for a written one.
 * @example parentOf(siteConfig, getLocale(siteConfig, 'zh-Hant'))?.code // 'zh'
 */
export function parentOf(config: SiteConfig, locale: LocaleConfig): LocaleConfig | undefined {
  return locale.derivedFrom === undefined ? undefined : config.locales.find((l) => l.code === locale.derivedFrom);
}

export type LocaleConfig = z.output<typeof localeSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
export type SiteConfigInput = z.input<typeof siteConfigSchema>;

/** Validates a site configuration, throwing one error that lists every problem. */
export function defineSiteConfig(input: SiteConfigInput): SiteConfig {
  const result = siteConfigSchema.safeParse(input);
  if (result.success) return result.data;
  // Raised before the UI strings can be loaded (they need the config), so it carries English words too.
  const detail = z.prettifyError(result.error);
  throw new TandemError('site-config', { detail }, { file: 'src/config/site.ts' }, `The site configuration is invalid:\n${detail}\n  → Correct these fields in src/config/site.ts (src/config/schema.ts lists every field and what it takes).`);
}
