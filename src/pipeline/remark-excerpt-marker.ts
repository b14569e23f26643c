import type { Root } from 'mdast';
import type { VFile } from 'vfile';

declare module 'vfile' {
  interface DataMap {
    /**
     * Source offset where an explicit excerpt marker stood; the excerpt is the
     * top-level blocks that end before it. Set by {@link remarkExcerptMarker}.
     */
    excerptMarker: number;
  }
}

/** Options of {@link remarkExcerptMarker}. */
export interface Options {
  /**
   * What a marker comment looks like, tested against the trimmed HTML block
   * (default: `<!-- more -->`, any case, any spacing). Give it no `g` flag:
   * `test` on a global pattern remembers where it stopped.
   */
  pattern?: RegExp;
}

const DEFAULT_PATTERN = /^<!--\s*more\s*-->$/i;

/**
 * Finds top-level `<!-- more -->` comments, records where the first one was in
 * `file.data.excerptMarker`, and removes them all. The marker is found here, in
 * the Markdown tree, because only here is "a top-level HTML block" a node of
 * its own: by the time HTML exists the sanitizer has dropped every comment, and
 * removing it now keeps it out of the output whatever the sanitizer allows.
 * Markers inside lists or quotes are ordinary comments and are left alone.
 * @example unified().use(remarkParse).use(remarkExcerptMarker)
 */
export function remarkExcerptMarker(options: Options = {}) {
  const pattern = options.pattern ?? DEFAULT_PATTERN;
  return (tree: Root, file: VFile): undefined => {
    const isMarker = (node: Root['children'][number]) => node.type === 'html' && pattern.test(node.value.trim());
    const first = tree.children.find(isMarker);
    const offset = first?.position?.start.offset;
    if (offset !== undefined) file.data.excerptMarker = offset;
    tree.children = tree.children.filter((node) => !isMarker(node));
  };
}
