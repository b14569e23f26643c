// Block elements, as WordPress's wpautop() lists them: paragraphs never wrap these.
const BLOCKS =
  '(?:table|thead|tfoot|caption|col|colgroup|tbody|tr|td|th|div|dl|dd|dt|ul|ol|li|pre|form|map|area|blockquote|address|math|style|p|h[1-6]|hr|fieldset|legend|section|article|aside|hgroup|header|footer|nav|figure|figcaption|details|menu|summary)';
const OPEN_BLOCK = new RegExp(`(<${BLOCKS}[\\s/>])`, 'gi');
const CLOSE_BLOCK = new RegExp(`(</${BLOCKS}>)`, 'gi');
const P_AROUND_TAG = new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi');
const P_BEFORE_TAG = new RegExp(`<p>\\s*(</?${BLOCKS}[^>]*>)`, 'gi');
const P_AFTER_TAG = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*</p>`, 'gi');
const BR_AFTER_TAG = new RegExp(`(</?${BLOCKS}[^>]*>)\\s*<br />`, 'gi');

/**
 * WordPress's wpautop(): the classic editor stores paragraphs as blank lines and
 * line breaks as single newlines, and WordPress adds `<p>` and `<br />` when it
 * shows a post. The same rules here turn such text into the HTML readers saw.
 * `<pre>`, `<script>` and `<style>` keep their newlines.
 * @example wpautop('One\n\nTwo\nlines') // '<p>One</p>\n<p>Two<br />\nlines</p>\n'
 */
export function wpautop(input: string): string {
  if (input.trim() === '') return '';
  const kept: string[] = [];
  const keep = (match: string) => `<wp-keep-${kept.push(match) - 1}></wp-keep>`;
  let text = `${input.replace(/\r\n?/g, '\n')}\n`;
  text = text.replace(/<(pre|script|style)\b[\s\S]*?<\/\1>/gi, keep);
  text = text.replace(/<br\s*\/?>\s*<br\s*\/?>/gi, '\n\n');
  text = text.replace(OPEN_BLOCK, '\n\n$1').replace(CLOSE_BLOCK, '$1\n\n').replace(/<hr\s*?\/?>/gi, '<hr />\n\n');
  text = text.replace(/\s*<wp-keep-(\d+)><\/wp-keep>\s*/g, '\n\n<wp-keep-$1></wp-keep>\n\n');
  text = text.replace(/\n\n+/g, '\n\n');
  text = text
    .split(/\n\s*\n/)
    .filter((p) => p.trim() !== '')
    .map((p) => `<p>${p.replace(/^\n+|\n+$/g, '')}</p>\n`)
    .join('');
  text = text.replace(/<p>\s*<\/p>/g, '');
  text = text.replace(/<p>([^<]+)<\/(div|address|form)>/gi, '<p>$1</p></$2>');
  text = text.replace(P_AROUND_TAG, '$1');
  text = text.replace(/<p>(<li.+?)<\/p>/gi, '$1');
  text = text.replace(/<p><blockquote([^>]*)>/gi, '<blockquote$1><p>').replace(/<\/blockquote><\/p>/gi, '</p></blockquote>');
  text = text.replace(P_BEFORE_TAG, '$1').replace(P_AFTER_TAG, '$1');
  text = text.replace(/<p>\s*(<wp-keep-\d+><\/wp-keep>)\s*<\/p>/g, '$1');
  text = text.replace(/(<br \/>|<br>|<br\/>)?\s*\n/gi, (match, br: string | undefined) => (br ? match : '<br />\n'));
  text = text.replace(BR_AFTER_TAG, '$1');
  text = text.replace(/<br \/>(\s*<\/?(?:p|li|div|dl|dd|dt|th|pre|td|ul|ol)[^>]*>)/gi, '$1');
  text = text.replace(/<br \/>\n(<wp-keep-\d+><\/wp-keep>)/g, '\n$1').replace(/(<wp-keep-\d+><\/wp-keep>)<br \/>/g, '$1');
  text = text.replace(/\n<\/p>$/g, '</p>');
  return text.replace(/<wp-keep-(\d+)><\/wp-keep>/g, (_, index: string) => kept[Number(index)] ?? '');
}
