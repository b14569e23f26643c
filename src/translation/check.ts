import type { SiteConfig } from '../config/schema.ts';
import { checkBodies, linkedPageProblems, readContent, renderForCheck, sortProblems, type ContentReport, type ConverterOf, type PostVersion, type RenderedBody } from '../content/index.ts';
import { validateBases } from './compute.ts';

/** What one check run found: valid content, every problem, and the link rewrites rendering needs. */
export interface CheckReport extends ContentReport {
  /** Per version file: href as written → href to render, so author-written fragments reach headings on other pages. */
  rewrites: Map<string, Record<string, string>>;
}

/**
 * Everything `tandem check` and the build check, in one run: content files,
 * rendered bodies (links, fragments, hidden text, nesting), the pages the site
 * configuration links to, and base records.
 * Every problem is listed, sorted by file, so one run shows all there is to fix;
 * posts with problems in their files are left out of `content`. `render` lets the
 * build reuse the renderings it publishes; `read` is content it has read already; `converterOf`
 * gives derived locales' conversions (see convertersOf), which links to their pages are checked through.
 */
export async function checkContent({ root, config, converterOf, render, read }: { root: string; config: SiteConfig; converterOf: ConverterOf; render?: (version: PostVersion) => RenderedBody; read?: ContentReport }): Promise<CheckReport> {
  const { content, problems, rejected } = read ?? (await readContent({ root, config }));
  const bodies = checkBodies({ root, content, config, rejected, converterOf, render: render ?? ((version) => renderForCheck(version, config)) });
  const bases = await validateBases(root, content, config);
  const links = linkedPageProblems(root, config, content.pages);
  return { content, problems: sortProblems([...problems, ...bodies.problems, ...links, ...bases]), rejected, rewrites: bodies.rewrites };
}
