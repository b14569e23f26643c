/**
 * Tandem's one Markdown pipeline, shared by the Astro site and the CLI:
 * GFM in, sanitized HTML out, with heading ids, an excerpt and a length.
 * @module
 */
export { createProcessor, renderMarkdown } from './render.ts';
export type { EmbedKind, EmbedLink, RenderOptions, RenderedMarkdown, TocHeading } from './render.ts';
export { countUnits } from './text-units.ts';
export { parseMarkdown } from './parser.ts';
export { pipelineVersionKey } from './version-key.ts';
