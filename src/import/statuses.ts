import type { SiteConfig } from '../config/schema.ts';
import { readContent } from '../content/index.ts';
import { recordBase, writeBase } from '../translation/index.ts';
import type { PlannedItem } from './plan.ts';
import type { CommitResult } from './write.ts';

/**
 * Records each imported translation's base with Tandem's own machinery, so status
 * works from the first run: a translation WordPress last modified after its source
 * starts up to date (recorded at its modified date); the others, or all of them
 * with `trustDates` off, have no record and show as `review`. Only translations this
 * import wrote are recorded; pages have no translation status yet.
 */
export async function recordStatuses(root: string, config: SiteConfig, items: readonly PlannedItem[], written: ReadonlyMap<PlannedItem, ReadonlyMap<string, number>>, commit: CommitResult, trustDates: boolean): Promise<{ upToDate: number; review: number }> {
  const counts = { upToDate: 0, review: 0 };
  const newFiles = new Set(commit.written);
  const { content } = await readContent({ root, config });
  const posts = new Map(content.posts.map((p) => [p.dir, p]));
  for (const item of items) {
    const post = posts.get(item.dir);
    const source = item.members.get(item.source);
    if (item.kind !== 'post' || !post || !source) continue;
    for (const locale of written.get(item)?.keys() ?? []) {
      const member = item.members.get(locale);
      if (locale === item.source || !member || !newFiles.has(`${item.dir}/${locale}.md`)) continue;
      if (trustDates && member.modified > source.modified) {
        await writeBase(root, post, locale, recordBase(post, locale, member.modified.slice(0, 10)));
        counts.upToDate++;
      } else counts.review++;
    }
  }
  return counts;
}
