import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers.ts';

// Dependencies run one way: config → i18n, pipeline → content → translation →
// site / cli / components / pages / layouts. lib holds what every layer shares.
const LAYERS: Record<string, readonly string[]> = {
  lib: [],
  config: ['lib'],
  i18n: ['lib', 'config'],
  pipeline: ['lib', 'config'],
  content: ['lib', 'config', 'i18n', 'pipeline'],
  translation: ['lib', 'config', 'i18n', 'pipeline', 'content'],
};

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sources(full);
    return /\.(ts|astro)$/.test(entry.name) ? [full] : [];
  });
}

it('keeps each layer to the layers below it', () => {
  const src = path.join(repoRoot, 'src');
  const wrong: string[] = [];
  for (const [layer, allowed] of Object.entries(LAYERS)) {
    for (const file of sources(path.join(src, layer))) {
      for (const [, target = ''] of readFileSync(file, 'utf8').matchAll(/(?:from|import)\s*\(?\s*'(\.[^']+)'/g)) {
        const [other] = path.relative(src, path.resolve(path.dirname(file), target)).split(path.sep);
        if (other && other !== layer && !allowed.includes(other)) wrong.push(`${path.relative(src, file)} imports ${target}`);
      }
    }
  }
  expect(wrong).toEqual([]);
});
