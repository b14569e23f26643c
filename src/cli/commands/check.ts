import { checkContent } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';
import { siteConverters } from '../language.ts';
import { problemsReport } from '../report.ts';

/** `tandem check`: validate all content as the build does, listing every problem. */
export async function run({ root, config, io, t }: CommandContext): Promise<number> {
  const { content, problems } = await checkContent({ root, config, converterOf: await siteConverters(config) });
  if (problems.length > 0) {
    io.err.write(problemsReport(problems, t, io.err));
    return 1;
  }
  const versions = content.posts.reduce((n, post) => n + Object.keys(post.versions).length, 0);
  const posts = t('tags.count', { count: content.posts.length });
  io.out.write(`${t('cli.check.valid', { ok: io.out.style('green', t('cli.check.ok')), posts, versions: t('cli.check.versions', { count: versions }) })}\n`);
  return 0;
}
