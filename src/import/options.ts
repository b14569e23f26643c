import { readFileSync } from 'node:fs';
import type { SiteConfig } from '../config/schema.ts';
import { ImportError } from './errors.ts';
import type { PairRow } from './pairing.ts';

/**
 * Reads a `--pairs` CSV: a header of locale codes, then one row per post naming
 * its WordPress id or slug in each locale (a cell may be empty).
 * @example parsePairs('en,zh\n12,14\nsoas-vote,', config) // [{ en: '12', zh: '14' }, { en: 'soas-vote', zh: '' }]
 */
export function parsePairs(text: string, config: SiteConfig, file = 'pairs.csv'): PairRow[] {
  const rows = text.replace(/^\uFEFF/, '').split(/\r?\n/).map((line) => line.split(',').map((cell) => cell.trim().replace(/^"(.*)"$/, '$1'))).filter((cells) => cells.some(Boolean));
  const [header = [], ...body] = rows;
  const codes = config.locales.map((l) => l.code);
  const unknown = header.filter((code) => !codes.includes(code));
  if (header.length === 0 || unknown.length > 0) {
    throw new ImportError('import-pairs-file', { file, found: header.join(','), locales: codes });
  }
  return body.map((cells) => Object.fromEntries(header.map((code, index) => [code, cells[index] ?? ''])));
}

/** Reads the `--pairs` file. */
export function readPairs(file: string, config: SiteConfig): PairRow[] {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new ImportError('import-unreadable', { file, message: (error as Error).message });
  }
  return parsePairs(text, config, file);
}

/**
 * Category → post type: `--types news=news,statements=statement`, plus every category
 * whose slug is a configured type's id or its plural (`statements` → `statement`).
 * @example parseTypes('press=statement', ['statement'], []) // Map { 'press' => 'statement' }
 */
export function parseTypes(option: string | undefined, typeIds: readonly string[], categories: readonly string[]): Map<string, string> {
  const types = new Map<string, string>();
  for (const category of categories) {
    const id = typeIds.find((type) => category === type || category === `${type}s` || category === `${type}es`);
    if (id) types.set(category, id);
  }
  for (const pair of (option ?? '').split(',').filter((p) => p.trim() !== '')) {
    const [category = '', type = ''] = pair.split('=').map((s) => s.trim());
    if (!category || !typeIds.includes(type)) {
      throw new ImportError('import-types-option', { value: pair, types: typeIds });
    }
    types.set(category, type);
  }
  return types;
}
