import { formatProblem, readContent } from '../../content/index.ts';
import { validateBases } from '../../translation/index.ts';
import type { CommandContext } from '../commands.ts';

/** `tandem check`: validate all content as the build does, listing every problem. */
export async function run({ root, config, io }: CommandContext): Promise<number> {
  const { content, problems } = await readContent({ root, config });
  const all = [...problems, ...(await validateBases(root, content, config))].sort((a, b) => a.file.localeCompare(b.file) || (a.line ?? 0) - (b.line ?? 0));
  if (all.length > 0) {
    const count = all.length === 1 ? '1 problem' : `${all.length} problems`;
    io.err.write(`${io.err.style(['red', 'bold'], 'error:')} content has ${count}:\n${all.map(formatProblem).join('\n')}\n`);
    return 1;
  }
  const versions = content.posts.reduce((n, post) => n + Object.keys(post.versions).length, 0);
  io.out.write(`${io.out.style('green', 'OK')} content is valid: ${content.posts.length} posts, ${versions} language versions.\n`);
  return 0;
}
