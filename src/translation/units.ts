import { countUnits } from '../pipeline/text-units.ts';

// What a translator does not translate: link targets, URLs, HTML tags and comments; each
// with what any match holds, so that text without it (most) is not scanned for it.
const NOT_TEXT: [marker: string, pattern: RegExp][] = [
  ['<!--', /<!--[\s\S]*?-->/g],
  [']:', /^ {0,3}\[[^\]]+\]:\s*\S+.*$/gm], // reference definitions
  ['](', /\]\([^)]*\)/g], // inline link and image targets; the link text stays
  ['<', /<[a-z][^>]*>|<\/[a-z][^>]*>/gi], // HTML tags and autolinks
  ['://', /\bhttps?:\/\/\S+/g],
];

/**
 * Estimates the work in a piece of Markdown without parsing it: words, and each
 * CJK character, of the text a translator has to translate. Syntax characters
 * count nothing already (the segmenter skips punctuation); link targets and URLs are removed.
 * @example markdownUnits('See [the motion](https://example.org/a-long-url).', locale.lang) // 3
 * @example markdownUnits('我们支持这项动议。', locale.lang) // 8
 */
export function markdownUnits(markdown: string, lang: string): number {
  let text = markdown;
  for (const [marker, pattern] of NOT_TEXT) if (text.includes(marker)) text = text.replace(pattern, ' ');
  return countUnits(text, lang);
}

/**
 * Units of plain text (titles, summaries, update notes).
 * @example textUnits('SOAS students vote', locale.lang) // 3
 */
export function textUnits(text: string, lang: string): number {
  return countUnits(text, lang);
}
