// Finds a Chromium for the browser tests, installing Debian's package when possible, and says
// exactly what to do when neither works. Playwright's own browser download is not used: it is
// blocked on networks that only reach package registries.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromiumPath } from './chromium.ts';

function tryInstall(): boolean {
  const asRoot = process.getuid?.() === 0;
  const aptGet = (...args: string[]) =>
    execFileSync(asRoot ? 'apt-get' : 'sudo', asRoot ? args : ['-n', 'apt-get', ...args], {
      stdio: 'inherit',
      env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' },
    });
  try {
    aptGet('update', '-qq');
    aptGet('install', '-y', '-qq', 'chromium', 'fonts-noto-cjk');
    return true;
  } catch {
    return false;
  }
}

const found = chromiumPath();
if (found) {
  console.log(`Browser tests will use Chromium at ${found}.`);
} else if (existsSync('/usr/bin/apt-get') && tryInstall() && chromiumPath()) {
  console.log(`Installed Debian's chromium; browser tests will use ${chromiumPath()}.`);
} else if (!process.env.PLAYWRIGHT_USE_BUNDLED) {
  console.error(
    [
      'No Chromium found for the browser tests.',
      '  • Debian/Ubuntu: sudo apt-get install -y chromium fonts-noto-cjk',
      '  • Elsewhere: set CHROMIUM_PATH=/path/to/chromium, or run `npx playwright install chromium`',
      '    and set PLAYWRIGHT_USE_BUNDLED=1 to use Playwright\'s own browser.',
    ].join('\n'),
  );
  process.exit(1);
}
