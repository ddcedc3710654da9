/**
 * End-to-end tests (e2e/) in Chromium against the BUILT site, served as a static host would:
 *   site     dist/ at http://127.0.0.1:4611/               (npm run build)
 *   subpath  dist-subpath/ at http://127.0.0.1:4612/kubedojo/ (scripts/build-subpath.mjs)
 * The system Chromium (/usr/bin/chromium) when there is one, else Playwright's own
 * (scripts/ensure-browser.mjs installs it). Tests navigate with relative URLs ("lessons/…"), so
 * they run under any base path.
 */
import { existsSync } from 'node:fs';
import { defineConfig, devices } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';
const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
// Other ports through the environment, so two checkouts can run their e2e suites side by side.
const SITE_PORT = Number(process.env['KUBEDOJO_SITE_PORT'] ?? 4611);
const SUBPATH_PORT = Number(process.env['KUBEDOJO_SUBPATH_PORT'] ?? 4612);
const CI = Boolean(process.env['CI']);

export default defineConfig({
  testDir: 'e2e',
  outputDir: 'test-results/e2e',
  fullyParallel: true,
  forbidOnly: CI,
  retries: CI ? 1 : 0,
  reporter: 'list',
  timeout: 30_000,
  expect: { timeout: 5_000 },
  use: {
    ...devices['Desktop Chrome'],
    ...(executablePath ? { launchOptions: { executablePath } } : {}),
    trace: 'retain-on-failure',
  },
  projects: [
    { name: 'site', testIgnore: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SITE_PORT}/` } },
    { name: 'subpath', testMatch: /subpath\.spec\.ts/, use: { baseURL: `http://127.0.0.1:${SUBPATH_PORT}/kubedojo/` } },
  ],
  webServer: [
    {
      command: `node scripts/serve-static.mjs --dir dist --port ${SITE_PORT}`,
      url: `http://127.0.0.1:${SITE_PORT}/`,
      reuseExistingServer: false,
    },
    {
      command: `node scripts/serve-static.mjs --dir dist-subpath --base /kubedojo/ --port ${SUBPATH_PORT}`,
      url: `http://127.0.0.1:${SUBPATH_PORT}/kubedojo/`,
      reuseExistingServer: false,
    },
  ],
});
