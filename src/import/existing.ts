import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';

/** A post or page folder already in the project. */
export interface ExistingItem {
  kind: 'post' | 'page';
  slug: string;
  /** Folder relative to the project root. */
  dir: string;
}

/** What a re-run needs to know of the project: taken slugs and which old addresses are already imported. */
export interface Existing {
  slugs: { post: Set<string>; page: Set<string> };
  /** Alias path (without its locale) → the item that keeps it. */
  byAlias: Map<string, ExistingItem>;
}

function aliasPaths(file: string): string[] {
  try {
    const data = parse(readFileSync(file, 'utf8')) as { aliases?: unknown } | null;
    const aliases = Array.isArray(data?.aliases) ? data.aliases : [];
    return aliases.flatMap((a: unknown) => (typeof a === 'string' ? [a] : a && typeof a === 'object' ? Object.values(a).map(String) : []));
  } catch {
    // An unreadable file is `tandem check`'s to report; here it only means no aliases are known.
    return [];
  }
}

/**
 * Scans `content/posts` (at any depth) and `content/pages` for folders, their slugs
 * and their `aliases:`, so a second import recognises what the first one wrote
 * (by the `/?p=<id>` alias every imported item keeps) and never reuses a slug.
 */
export function scanExisting(root: string): Existing {
  const existing: Existing = { slugs: { post: new Set(), page: new Set() }, byAlias: new Map() };
  const visit = (kind: ExistingItem['kind'], dir: string, meta: string, depth: number): void => {
    if (depth > 8) return;
    let entries;
    try {
      entries = readdirSync(path.join(root, dir), { withFileTypes: true });
    } catch {
      return;
    }
    const names = entries.map((e) => e.name);
    if (depth > 0 && (names.includes(meta) || names.some((n) => n.endsWith('.md')))) {
      const item = { kind, slug: path.basename(dir), dir };
      existing.slugs[kind].add(item.slug);
      for (const alias of aliasPaths(path.join(root, dir, meta))) existing.byAlias.set(alias, item);
    }
    for (const entry of entries) if (entry.isDirectory() && !entry.name.startsWith('.')) visit(kind, `${dir}/${entry.name}`, meta, depth + 1);
  };
  visit('post', 'content/posts', 'post.yaml', 0);
  visit('page', 'content/pages', 'page.yaml', 0);
  return existing;
}
