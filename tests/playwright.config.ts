import { defineConfig, devices } from '@playwright/test';
import { chromiumPath } from './e2e/chromium.ts';

const executablePath = process.env.PLAYWRIGHT_USE_BUNDLED ? undefined : chromiumPath();
// TANDEM_TEST_PORT lets two checkouts (or a dev server) run browser tests side by side.
const port = Number(process.env.TANDEM_TEST_PORT ?? 4329);

export default defineConfig({
  testDir: './e2e',
  fullyParallel: true,
  workers: process.env.CI ? 2 : undefined,
  retries: 0,
  reporter: process.env.CI ? [['list']] : [['list'], ['html', { open: 'never' }]],
  use: {
    baseURL: `http://127.0.0.1:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          executablePath,
          args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
        },
      },
    },
  ],
  // Tests run against the built site, as readers get it; `npm run test:e2e` builds first.
  webServer: {
    // --ignore-lock: a dev or preview server left running in this checkout must not block the tests.
    command: `npx astro preview --port ${port} --host 127.0.0.1 --ignore-lock`,
    url: `http://127.0.0.1:${port}/en/`,
    reuseExistingServer: !process.env.CI,
    timeout: 60_000,
    cwd: new URL('..', import.meta.url).pathname,
  },
});
