import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { writeFileAtomic } from '../lib/write-file.ts';
import { yamlText } from './write.ts';

/**
 * Adds new tags to `content/tags.yaml` after the ones already there, which keep
 * their labels, order and comments. Returns the slugs added.
 */
export async function appendTags(root: string, added: Record<string, Record<string, string>>): Promise<string[]> {
  const slugs = Object.keys(added);
  if (slugs.length === 0) return [];
  const file = path.join(root, 'content', 'tags.yaml');
  const text = yamlText(added);
  if (!existsSync(file)) {
    await writeFileAtomic(file, text, { overwrite: false });
    return slugs;
  }
  const current = await readFile(file, 'utf8');
  await appendFile(file, `${current.endsWith('\n') || current === '' ? '' : '\n'}${text}`);
  return slugs;
}
