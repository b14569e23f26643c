/**
 * The one Markdown parser of the project: GFM on micromark, with the linear
 * edit map applied before anything can parse. Rendering (render.ts) and the
 * translation fingerprints (src/translation/fingerprint.ts) both parse through
 * this module, so a document means the same tree to both, and the speed fix is
 * applied once, by an import this module cannot be loaded without.
 * @module
 */
import type { Root } from 'mdast';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import './linear-edit-map.ts';

/**
 * The frozen parse stage: Markdown → mdast with GFM. Call it (`markdownParser()`)
 * for an unfrozen copy to add plugins to, as the renderer does.
 * @example markdownParser.parse('# Hi').children[0].type // 'heading'
 */
export const markdownParser = unified().use(remarkParse).use(remarkGfm).freeze();

/**
 * Parses GFM Markdown into an mdast tree (positions included), without transforms.
 * @example parseMarkdown('Some *text*.').children[0].type // 'paragraph'
 */
export function parseMarkdown(markdown: string): Root {
  return markdownParser.parse(markdown);
}
