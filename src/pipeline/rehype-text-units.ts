import type { Root } from 'hast';
import type { VFile } from 'vfile';
import { readableText } from './hast-utils.ts';
import { countUnits } from './text-units.ts';

declare module 'vfile' {
  interface DataMap {
    /** `countUnits` of the document's text; set by {@link rehypeTextUnits}. */
    units: number;
  }
}

/** Options of {@link rehypeTextUnits}. */
export interface Options {
  /** BCP 47 tag of the text, for word boundaries (default: the runtime's locale). */
  lang?: string;
}

/**
 * Measures the whole document in units into `file.data.units`, for reading
 * times and length checks that mean the same in every language. Measures the
 * sanitized tree, so text an author wrote in dropped HTML does not count, and
 * leaves out footnote numbers and back-links, which nobody reads as words.
 * @example unified().use(remarkParse).use(remarkRehype).use(rehypeTextUnits, { lang })
 */
export function rehypeTextUnits(options: Options = {}) {
  return (tree: Root, file: VFile): undefined => {
    file.data.units = countUnits(readableText(tree), options.lang);
  };
}
