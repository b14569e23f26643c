import { z } from 'zod';

// Date.parse rolls 2021-02-30 over to March; a real date prints back as itself.
function isRealInstant(iso: string, written: string): boolean {
  const time = Date.parse(iso);
  return !Number.isNaN(time) && new Date(time).toISOString().startsWith(written);
}

const isoDate = z
  .string({ error: 'must be a date written as YYYY-MM-DD' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, 'must be a date written as YYYY-MM-DD')
  .refine((value) => isRealInstant(`${value}T00:00:00Z`, value), 'is not a real calendar date')
  .transform((value) => new Date(`${value}T00:00:00Z`));

const localTime = z
  .string({ error: 'must be a local date and time written as YYYY-MM-DDTHH:MM' })
  .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/, 'must be a local date and time written as YYYY-MM-DDTHH:MM')
  .refine((value) => isRealInstant(`${value}Z`, value), 'is not a real date and time');

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
}, 'is not an IANA time zone such as Europe/London');

const tagSlug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'must be lowercase letters, digits and hyphens');

/** `content/posts/<slug>/post.yaml`: the facts every language version shares. */
export const postMetaSchema = z
  .object({
    date: isoDate,
    /** The locale the post was written in; other locales translate it. */
    source: z.string({ error: 'must name the locale the post was written in' }),
    tags: z.array(tagSlug).default([]),
    event: z
      .object({ start: localTime, end: localTime.optional(), timeZone })
      .strict()
      .refine((event) => !event.end || event.end > event.start, { message: 'must end after it starts', path: ['end'] })
      .optional(),
  })
  .strict();

/** Frontmatter of `content/posts/<slug>/<locale>.md`: what each language says. */
export const versionFrontmatterSchema = z
  .object({
    title: z.string({ error: (issue) => (issue.input === undefined ? 'is required' : 'must be text; put it in quotes, e.g. title: "2021"') }).trim().min(1, 'is empty'),
    summary: z.string().trim().min(1, 'is empty').optional(),
    location: z.string().trim().min(1, 'is empty').optional(),
    updates: z.array(z.object({ date: isoDate, text: z.string().trim().min(1, 'is empty') }).strict()).default([]),
    /** A translation that is started but not ready for readers. */
    draft: z.boolean().default(false),
  })
  .strict();

/** `content/tags.yaml`: each tag's label per locale code. */
export const tagsFileSchema = z.record(tagSlug, z.record(z.string(), z.string().trim().min(1, 'is empty')));

export type PostMeta = z.output<typeof postMetaSchema>;
export type VersionFrontmatter = z.output<typeof versionFrontmatterSchema>;

/** Fixes to suggest per field, so each error says what to do. */
export const fieldHints: Record<string, string> = {
  date: 'Write the publication date as YYYY-MM-DD, e.g. date: 2021-02-23.',
  source: 'Name the locale the post was first written in, e.g. source: en.',
  tags: 'List tag slugs defined in content/tags.yaml, e.g. tags: [students, solidarity].',
  event: 'Give start (YYYY-MM-DDTHH:MM), optional end, and timeZone (e.g. Europe/London).',
  title: 'Add a title line to the frontmatter, e.g. title: "SOAS students vote for solidarity".',
  summary: 'Write a one-sentence summary, or remove the line.',
  location: 'Say where the event takes place, or remove the line.',
  updates: 'Write each update as - date: YYYY-MM-DD and text: "…".',
  draft: 'Use draft: true or draft: false.',
};
