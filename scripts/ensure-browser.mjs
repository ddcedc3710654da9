#!/usr/bin/env node
// Makes sure the e2e tests have a Chromium: the system one at /usr/bin/chromium when it exists
// (playwright.config.ts uses it), otherwise Playwright's own build, downloaded once with
// `npx playwright install chromium` — so `npm test` works on a fresh laptop too.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

if (existsSync(SYSTEM_CHROMIUM)) process.exit(0);

let bundled = '';
try {
  bundled = chromium.executablePath();
} catch {
  // Playwright does not know where its browser would be: install it.
}
if (bundled && existsSync(bundled)) process.exit(0);

console.log('ensure-browser: no system Chromium; installing Playwright\'s own (npx playwright install chromium)');
const result = spawnSync('npx', ['playwright', 'install', 'chromium'], { stdio: 'inherit', shell: process.platform === 'win32' });
process.exit(result.status ?? 1);
