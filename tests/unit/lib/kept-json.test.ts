import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { readKept, writeKept } from '../../../src/lib/kept-json.ts';
import { writeTree } from '../helpers.ts';

it('reads back what was kept under the same version only', async () => {
  const file = path.join(await writeTree({}), 'deep', 'cache.json');
  expect(readKept(file, 'v1')).toBeUndefined();
  await writeKept(file, 'v1', { a: [1, 2] });
  expect(readKept(file, 'v1')).toEqual({ a: [1, 2] });
  expect(readKept(file, 'v2')).toBeUndefined();
});

it.each([['not json at all'], ['{"version":"v1"'], ['null'], ['[1,2]']])('treats a damaged file (%j) as nothing kept', async (text) => {
  const file = path.join(await writeTree({}), 'cache.json');
  writeFileSync(file, text);
  expect(readKept(file, 'v1')).toBeUndefined();
});

it('never fails a run when the file cannot be written', async () => {
  const dir = await writeTree({ 'blocker': 'a file where a folder should be' });
  await expect(writeKept(path.join(dir, 'blocker', 'cache.json'), 'v1', {})).resolves.toBeUndefined();
});
