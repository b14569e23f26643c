import { describe, expect, it } from 'vitest';
import { unreadableProblem } from '../../../src/content/content-files.ts';
import { inWords } from '../helpers.ts';

const failure = (code: string, message: string) => Object.assign(new Error(message), { code });
const file = 'content/posts/a/en.md';

describe('unreadableProblem', () => {
  it.each([
    ['a folder named like the file', failure('EISDIR', 'EISDIR: illegal operation on a directory, read'), 'file-is-folder', /is a folder, not a file/],
    ['no permission to read it', failure('EACCES', `EACCES: permission denied, open '/site/${file}'`), 'file-permission', /do not let the user running Tandem read it/],
    ['an operation the system does not permit', failure('EPERM', `EPERM: operation not permitted, open '/site/${file}'`), 'file-permission', /do not let the user running Tandem read it/],
  ])('words %s, with the file and what to do', (_name, error, code, message) => {
    const found = inWords(unreadableProblem(error, file));
    expect(found).toMatchObject({ file, code, message: expect.stringMatching(message) });
    expect(`${found.message} ${found.hint}`).not.toMatch(/E[A-Z]{3,}|illegal operation|denied/);
    expect(found.hint).toMatch(/\w/);
  });

  it('keeps the system\'s reason for a failure it has no words for', () => {
    expect(inWords(unreadableProblem(failure('EIO', 'EIO: i/o error, read'), file))).toMatchObject({ code: 'file-unreadable', message: expect.stringContaining('EIO: i/o error, read') });
  });
});
