import type { SiteConfig } from '../config/schema.ts';
import { readContent, sortProblems, type ContentReport } from '../content/index.ts';
import { validateBases } from './compute.ts';

/**
 * Everything `tandem check` and the build check, in one run: content files,
 * bodies and base records. Every problem is listed, sorted by file, so one run
 * shows all there is to fix; posts with problems are left out of `content`.
 */
export async function checkContent({ root, config }: { root: string; config: SiteConfig }): Promise<ContentReport> {
  const { content, problems } = await readContent({ root, config });
  return { content, problems: sortProblems([...problems, ...(await validateBases(root, content, config))]) };
}
