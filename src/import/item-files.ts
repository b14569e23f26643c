import { fromHtml } from 'hast-util-from-html';
import { toString } from 'hast-util-to-string';
import type { PostVersion } from '../content/index.ts';
import { versionFrontmatterSchema } from '../content/schema.ts';
import { convertContent, type ConvertContext } from './convert.ts';
import type { ImportNote } from './notes.ts';
import { withOutsideContent, type OutsideBody } from './outside-body.ts';
import type { PlannedItem } from './plan.ts';
import { postField } from './plan.ts';
import { yamlText } from './write.ts';
import type { WxrItem } from './wxr-reader.ts';

/**
 * Text of an HTML fragment (WordPress titles may hold `&#8220;` or `<em>`).
 * @example htmlText('Who&#8217;s lying?') // 'Who’s lying?'
 */
export function htmlText(html: string): string {
  return toString(fromHtml(html, { fragment: true })).replace(/\s+/g, ' ').trim();
}

/** A converted version: the file's text, and the version as Tandem will read it back. */
export interface ConvertedVersion {
  text: string;
  version: PostVersion;
}

/**
 * `<locale>.md` for one WordPress item: frontmatter (title, summary from a
 * hand-written excerpt, the lead image's alt text, update notes) and the converted
 * body. Undefined when nothing of the body is left to publish.
 */
export function versionText(item: WxrItem, planned: PlannedItem, locale: string, context: ConvertContext & Pick<OutsideBody, 'pattern'>, note: (n: Omit<ImportNote, 'id' | 'title'>) => void): ConvertedVersion | undefined {
  const html = withOutsideContent(item.content, { pattern: context.pattern, footnotes: item.meta.footnotes, report: (construct, reason) => note({ construct, reason }) });
  const converted = convertContent(html, { ...context, keepUpdates: planned.kind === 'page' });
  for (const a of converted.ambiguousUpdates) note({ construct: a.text.slice(0, 80), reason: `update-${a.reason}` });
  const summary = htmlText(item.excerpt);
  const title = htmlText(item.title) || planned.slug;
  let body = converted.markdown;
  const leadSrc = planned.lead ? context.media(planned.lead.url) : undefined;
  const leadAlt = (planned.lead?.alt ?? '').trim();
  const asLeadImage = planned.kind === 'post' && typeof leadSrc === 'string' && isLeadImage(leadSrc);
  // Without lead images in the schema (or in a format they cannot take), the featured image opens the body instead, so it is not lost.
  if (typeof leadSrc === 'string' && !asLeadImage) body = `![${leadAlt.replace(/[[\]]/g, '')}](${leadSrc})\n\n${body}`;
  if (body.trim() === '') body = summary ? `${summary}\n` : '';
  if (body.trim() === '') return undefined;
  const frontmatter = {
    title,
    ...(summary && { summary }),
    // The original must describe its lead image: WordPress's alt text (one language, so only here), else the title it illustrates.
    ...(asLeadImage && locale === planned.source && { imageAlt: leadAlt || title }),
    ...(converted.updates.length > 0 && { updates: converted.updates }),
  };
  const header = `---\n${yamlText(frontmatter)}---\n`;
  const updates = converted.updates.map((u) => ({ date: new Date(`${u.date}T00:00:00Z`), text: u.text }));
  const file = `${planned.dir}/${locale}.md`;
  return { text: header + body, version: { locale, file, title, summary: summary || undefined, location: undefined, updates, draft: false, body, bodyStartLine: header.split('\n').length } };
}

/**
 * Whether a local file can be a post's lead image (`image:` in post.yaml): the schema
 * has the field, and the file is an image format it resizes.
 * @example isLeadImage('./photo.jpg') // true where the schema has lead images
 */
export function isLeadImage(src: string): boolean {
  return postField('image') && 'imageAlt' in versionFrontmatterSchema.shape && /\.(jpe?g|png|webp|avif|gif|tiff?)$/i.test(src);
}

/** `post.yaml` or `page.yaml` for an item, once it is known which versions were written. */
export function metaText(planned: PlannedItem, source: string, leadFile: string | undefined): string {
  const meta = {
    ...(planned.kind === 'post' && { date: planned.date }),
    source,
    ...(planned.type && { type: planned.type }),
    ...(planned.tags.length > 0 && { tags: planned.tags }),
    ...(planned.kind === 'post' && leadFile && isLeadImage(leadFile) && { image: { src: leadFile } }),
    aliases: planned.aliases,
  };
  return yamlText(meta);
}
