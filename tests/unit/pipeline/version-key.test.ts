import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { pipelineVersionKey } from '../../../src/pipeline/index.ts';
import { versionKeyOf } from '../../../src/pipeline/version-key.ts';
import { writeTree } from '../helpers.ts';

const pkg = (version: string, dependencies: Record<string, string> = {}) => JSON.stringify({ version, dependencies });

it('changes when any package the pipeline uses changes version, however deep', async () => {
  const root = await writeTree({
    'src/pipeline/render.ts': "import sanitize from 'rehype-sanitize';\nimport type { Root } from 'hast';\nimport { x } from './local.ts';\n",
    'node_modules/rehype-sanitize/package.json': pkg('6.0.0', { 'hast-util-sanitize': '^5' }),
    'node_modules/hast-util-sanitize/package.json': pkg('5.0.1', { 'rehype-sanitize': '^6' }),
    'node_modules/unrelated/package.json': pkg('1.0.0'),
  });
  const dir = path.join(root, 'src/pipeline');
  const before = versionKeyOf(dir);
  expect(versionKeyOf(dir)).toBe(before);
  await writeFile(path.join(root, 'node_modules/unrelated/package.json'), pkg('2.0.0'));
  expect(versionKeyOf(dir), 'a package the pipeline does not use').toBe(before);
  await writeFile(path.join(root, 'node_modules/hast-util-sanitize/package.json'), pkg('5.0.2', { 'rehype-sanitize': '^6' }));
  const patched = versionKeyOf(dir);
  expect(patched, 'a security release of a dependency of a dependency').not.toBe(before);
  await writeFile(path.join(dir, 'render.ts'), "import sanitize from 'rehype-sanitize';\n// changed\n");
  expect(versionKeyOf(dir), 'the pipeline source').not.toBe(patched);
});

it('is computed once for the real pipeline', () => {
  expect(pipelineVersionKey()).toMatch(/^[0-9a-f]{32}$/);
  expect(pipelineVersionKey()).toBe(pipelineVersionKey());
});
