import { existsSync } from 'node:fs';

/** The Chromium binary to drive: CHROMIUM_PATH, else Debian's, else undefined (Playwright's own). */
export function chromiumPath(): string | undefined {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];
  return candidates.find((candidate): candidate is string => Boolean(candidate) && existsSync(candidate as string));
}
