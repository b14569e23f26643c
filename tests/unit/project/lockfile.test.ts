// `npm ci` refuses a lock file that lacks any optional dependency. Registry mirrors that hold only
// this platform's native packages make `npm install` drop the others from the lock, which then
// fails `npm ci` on a fresh machine; this test catches that before CI does.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, it } from 'vitest';
import { repoRoot } from '../helpers.ts';

interface LockEntry {
  version?: string;
  optionalDependencies?: Record<string, string>;
}

it('package-lock.json lists every optional dependency of every locked package', () => {
  const lock = JSON.parse(readFileSync(path.join(repoRoot, 'package-lock.json'), 'utf8')) as { packages: Record<string, LockEntry> };
  const missing = Object.entries(lock.packages).flatMap(([key, entry]) =>
    Object.keys(entry.optionalDependencies ?? {})
      .filter((name) => !lock.packages[`node_modules/${name}`] && !lock.packages[`${key}/node_modules/${name}`])
      .map((name) => `${name} (optional dependency of ${key || 'the project'})`),
  );
  expect(missing, 'add lock entries with os/cpu fields for these, as for their siblings').toEqual([]);
});
