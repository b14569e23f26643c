/**
 * The fragment id of a translation's "what changed" section.
 * @example changesId({ slug: 'soas-vote', locale: 'zh' }) // 'changes-soas-vote-zh'
 */
export function changesId(record: { slug: string; locale: string }): string {
  return `changes-${record.slug}-${record.locale}`;
}
