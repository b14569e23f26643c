// A site configuration that does not validate is the first thing a new user can get wrong: the
// CLI must say what and where, in words, not crash with a stack trace while it starts.
import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { linkNodeModules } from '../bench/project.ts';
import { repoRoot } from './helpers.ts';

const run = promisify(execFile);
let project: string;

beforeAll(async () => {
  project = await mkdtemp(path.join(tmpdir(), 'tandem-config-error-'));
  for (const entry of ['src', 'content', 'locales', 'package.json']) await cp(path.join(repoRoot, entry), path.join(project, entry), { recursive: true });
  await linkNodeModules(path.join(repoRoot, 'node_modules'), project);
  const configFile = path.join(project, 'src/config/site.ts');
  const config = await readFile(configFile, 'utf8');
  await writeFile(configFile, config.replace(/brandColour: '#[0-9a-f]{6}'/, "brandColour: 'blue'").replace('postsPerPage: 6', 'postsPerPage: 0'));
}, 60_000);

afterAll(async () => {
  await rm(project, { recursive: true, force: true });
});

describe('an invalid site configuration', () => {
  it.each([['status'], ['--help'], ['diff', 'x', '--to', 'zh']])('is reported by `tandem %s` with every field to correct, without a stack trace', async (...argv) => {
    const failed = await run(process.execPath, [path.join(project, 'src/cli/bin.js'), ...argv], { cwd: project, env: { ...process.env, LANG: 'C' } }).catch((error: { code: number; stderr: string }) => error);
    expect('code' in failed && failed.code).toBe(1);
    const { stderr } = failed as { stderr: string };
    expect(stderr).toMatch(/^tandem: src\/config\/site\.ts: The site configuration is invalid:/);
    expect(stderr).toMatch(/#rrggbb\n\s+→ at identity\.brandColour/);
    expect(stderr).toMatch(/→ at postsPerPage/);
    expect(stderr).toContain('Correct these fields in src/config/site.ts');
    expect(stderr).not.toMatch(/^\s+at |file:\/\/|TandemError/m);
  });
});
