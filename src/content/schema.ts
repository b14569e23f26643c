import { z } from 'zod';
import { contentDayOutside, isIsoDate } from '../lib/dates.ts';
import { aliasSchema } from './aliases.ts';

// Messages are catalogue codes (src/lib/error-catalogue.ts): validateWith turns them into problems.
const isoDate = z
  .string({ error: 'date-format' })
  // A value not in the format is one problem, not also "not a real date".
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'date-format', abort: true })
  .refine((value) => isIsoDate(value), { message: 'date-not-real', abort: true })
  // Checked on each read, not once: a long-running dev server crosses days.
  .superRefine((value, ctx) => {
    const outside = contentDayOutside(value, new Date());
    if (outside) ctx.addIssue({ code: 'custom', message: outside === 'early' ? 'date-too-early' : 'date-too-late' });
  })
  .transform((value) => new Date(`${value}T00:00:00Z`));

const localTime = z
  .string({ error: 'datetime-format' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, { message: 'datetime-format', abort: true })
  .refine((value) => isIsoDate(value, 'minutes'), 'datetime-not-real');

// Building a formatter to test a zone costs more than reading a post; sites use a handful of zones.
const knownTimeZones = new Set<string>();
const timeZone = z.string().refine((value) => {
  if (knownTimeZones.has(value)) return true;
  try {
    new Intl.DateTimeFormat(undefined, { timeZone: value });
    knownTimeZones.add(value);
    return true;
  } catch {
    return false;
  }
}, 'time-zone-unknown');

const tagSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'tag-slug-format');

/** `content/posts/<slug>/post.yaml`: the facts every language version shares. */
export const postMetaSchema = z
  .object({
    date: isoDate,
    /** The locale the post was written in; other locales translate it. */
    source: z.string(),
    tags: z.array(tagSlug).default([]),
    /** Kind of post, one of `postTypes` in src/config/site.ts; posts without one are plain posts. */
    type: tagSlug.optional(),
    /** Lead image: a file in the post's own folder, resized at build time; alt text is `imageAlt` per language. */
    image: z.object({ src: z.string().regex(/^(\.\/)?[\w.-]+\.(jpe?g|png|webp|avif|gif|tiff?)$/i, 'image-format') }).strict().optional(),
    event: z
      .object({ start: localTime, end: localTime.optional(), timeZone })
      .strict()
      .refine((event) => !event.end || event.end > event.start, { message: 'event-end-before-start', path: ['end'] })
      .optional(),
    /** Old addresses (e.g. of a WordPress site) that redirect to this post. */
    aliases: z.array(aliasSchema).default([]),
  })
  .strict();

/** Frontmatter of `content/posts/<slug>/<locale>.md`: what each language says. */
export const versionFrontmatterSchema = z
  .object({
    title: z.string().trim().min(1),
    summary: z.string().trim().min(1).optional(),
    location: z.string().trim().min(1).optional(),
    updates: z.array(z.object({ date: isoDate, text: z.string().trim().min(1) }).strict()).default([]),
    /** What the lead image shows, in this language (required in the original when post.yaml has `image:`). */
    imageAlt: z.string().trim().min(1).optional(),
    /** A translation that is started but not ready for readers. */
    draft: z.boolean().default(false),
    /** Who is translating it: a claim, so two volunteers do not translate the same post. */
    translator: z.string().trim().min(1).optional(),
  })
  .strict();

/** `content/pages/<slug>/page.yaml`: the facts every language version of a static page shares. */
export const pageMetaSchema = z
  .object({
    /** The locale the page was written in; other locales translate it. */
    source: z.string(),
    /** Old addresses (e.g. of a WordPress site) that redirect to this page. */
    aliases: z.array(aliasSchema).default([]),
  })
  .strict();

/** `content/tags.yaml`: each tag's label per locale code. */
export const tagsFileSchema = z.record(tagSlug, z.record(z.string(), z.string().trim().min(1)));

export type PostMeta = z.output<typeof postMetaSchema>;
export type VersionFrontmatter = z.output<typeof versionFrontmatterSchema>;
