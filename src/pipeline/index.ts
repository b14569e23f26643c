/**
 * Tandem's one Markdown pipeline, shared by the Astro site and the CLI:
 * GFM in, sanitized HTML out, with heading ids, an excerpt and a length.
 * @module
 */
export { createProcessor, renderMarkdown } from './render.ts';
export { ALERT_KINDS, type AlertKind } from './remark-alerts.ts';
export type { RenderFallback, RenderOptions, RenderedMarkdown, TocHeading } from './render.ts';
export type { EmbedKind, EmbedLink } from './embed-services.ts';
export type { LostText, RefusedAddress, UndefinedLabel } from './dropped-markup.ts';
export { resolveFragment, type AuthoredLink, type DuplicateId } from './rehype-fragment-links.ts';
export { rebaseLinks, resolveHref } from './rehype-excerpt.ts';
export { countUnits } from './text-units.ts';
export { findDeepNesting, MAX_NESTING } from './nesting.ts';
export { parseMarkdown } from './parser.ts';
export { pipelineVersionKey } from './version-key.ts';
export { convertedIds, relocateHref, type Relocation } from './rehype-convert-text.ts';
