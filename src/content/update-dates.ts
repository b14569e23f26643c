import { readFileSync } from 'node:fs';
import { parseYaml, splitFrontmatter } from './frontmatter.ts';
import type { PostVersion } from './model.ts';
import { problem, type ContentProblem } from './problems.ts';

const isoDay = (date: Date) => date.toISOString().slice(0, 10);

/**
 * Update notes dated before their post: a mistyped year ("2012" for "2021") would show
 * "Update 23 February 2012" on a post published in 2021. Each is a problem at its line;
 * the file is read again for the line only when there is one, so reading stays as fast.
 * `absoluteOf` gives a version's file on disk.
 * @example updatesBeforePost(published, [version], (v) => path.join(root, v.file)) // [problem('update-before-post', …)]
 */
export function updatesBeforePost(published: Date, versions: readonly PostVersion[], absoluteOf: (version: PostVersion) => string): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const version of versions) {
    const early = version.updates.flatMap((update, index) => (update.date < published ? [{ update, index }] : []));
    if (early.length === 0) continue;
    const split = splitFrontmatter(readFileSync(absoluteOf(version), 'utf8'));
    const parsed = split && parseYaml(split.yaml, version.file, split.yamlStartLine, []);
    for (const { update, index } of early) {
      const field = `updates[${index}].date`;
      problems.push(problem('update-before-post', { field, value: isoDay(update.date), published: isoDay(published) }, { file: version.file, line: parsed?.lineOf(['updates', index, 'date']), field }));
    }
  }
  return problems;
}
