/**
 * Placing what the checks find in a document's source: the line of a match inside a
 * piece of text, and raw HTML with its comments blanked out (tags inside a comment count
 * for nothing, and blanking keeps every other character, and line, where it was).
 * @module
 */

/**
 * The line `index` of `text` is on, `text` starting on line `first`.
 * @example lineAt('a\nb\nc', 4, 3) // 5
 */
export function lineAt(text: string, index: number, first: number): number {
  let line = first;
  for (let at = text.indexOf('\n'); at !== -1 && at < index; at = text.indexOf('\n', at + 1)) line++;
  return line;
}

/**
 * Raw HTML with each comment (an unclosed one to the end) turned into spaces, line breaks kept.
 * @example blankComments('<b>\n<!-- <i>\n --></b>') // '<b>\n        \n    </b>'
 */
export function blankComments(html: string): string {
  return html.replace(/<!--[\s\S]*?(?:-->|$)/g, (comment) => comment.replace(/[^\n]/g, ' '));
}
