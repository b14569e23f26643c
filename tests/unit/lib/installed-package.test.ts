import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { findPackage, installedVersion } from '../../../src/lib/installed-package.ts';
import { repoRoot } from '../helpers.ts';

const versionOf = (name: string) => (JSON.parse(readFileSync(path.join(repoRoot, 'node_modules', name, 'package.json'), 'utf8')) as { version: string }).version;

it.each([
  ['pagefind', path.join(repoRoot, 'src/site'), versionOf('pagefind')],
  ['satteri', path.join(repoRoot, 'src/pipeline'), versionOf('satteri')],
  ['no-such-package-tandem', path.join(repoRoot, 'src'), undefined],
])('installedVersion(%j) from %s', (name, from, expected) => {
  expect(installedVersion(name, from)).toBe(expected);
});

it('finds a package from a folder below it, with its dependencies', () => {
  const found = findPackage('unified', path.join(repoRoot, 'src/pipeline/deeper/still'));
  expect(found?.dir).toBe(path.join(repoRoot, 'node_modules/unified'));
  expect(found?.dependencies).toContain('vfile');
});
