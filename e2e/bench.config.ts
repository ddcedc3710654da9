/**
 * `npm run bench:e2e`: the sandbox's figures in a real Chromium against the built site (dist/,
 * `npm run build` first). Not a test run: e2e/bench.e2e.ts prints figures and checks nothing.
 * Uses the e2e settings of playwright.config.ts, with only the root-hosted site.
 */
import { fileURLToPath } from 'node:url';
import base from '../playwright.config';

/** Paths in a config resolve from its folder; the site's commands run from the project root. */
const root = fileURLToPath(new URL('..', import.meta.url));

const site = base.projects?.[0];
const server = Array.isArray(base.webServer) ? base.webServer[0] : base.webServer;

export default {
  ...base,
  testDir: '.',
  outputDir: '../test-results/bench',
  testMatch: /bench\.e2e\.ts$/,
  fullyParallel: false,
  workers: 1,
  retries: 0,
  timeout: 180_000,
  projects: site ? [site] : [],
  ...(server ? { webServer: { ...server, cwd: root } } : {}),
};
