/**
 * The sandbox's budgets (DESIGN.md), measured in Chromium against the built site:
 *   - ms from navigation to a ready prompt (cluster booted, prompt drawn), and how long after the
 *     page became interactive that is (budget: 100 ms), on a first visit and on warm reloads;
 *     where the time goes (worker start, engine loaded, cluster ready, page told, prompt drawn);
 *   - JavaScript a lesson page with a sandbox transfers, gzip (budget: 250 KB), file by file: what
 *     was requested before the worker had the cluster ready (what the prompt waits for), and all
 *     of it once the page is idle (the parts loaded after the prompt included); the pre-booted
 *     cluster snapshot beside it. Measured on a first visit without the service worker, so every
 *     request goes to the network and is seen.
 * Run with `npm run bench:e2e` (after `npm run build`). Prints figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { test, type Browser, type Page } from '@playwright/test';
import { lessonPath } from './helpers';
import { SANDBOX_LESSON } from './sandbox-helpers';

const WARM_RUNS = 7;

interface Startup {
  interactive: number;
  prompt: number;
  created: number;
  workerStart: number;
  /** The worker's own steps (sandbox.worker.ts): entry script running, IndexedDB open and read, snapshot fetched, engine loaded, `init` arrived. */
  entry: number;
  store: number;
  record: number;
  snapshot: number;
  engine: number;
  initReceived: number;
  init: number;
  ready: number;
  received: number;
}

async function startup(page: Page): Promise<Startup> {
  const box = page.locator('[data-kubedojo-sandbox]').first();
  await box.and(page.locator('[data-ready-at]')).waitFor({ timeout: 60_000 });
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    const d = (document.querySelector('[data-kubedojo-sandbox]') as HTMLElement).dataset;
    const t = Object.fromEntries((d['timings'] ?? '').split(' ').map((kv) => kv.split('=')).map(([k, v]) => [k, Number(v)]));
    return {
      interactive: nav.domInteractive,
      prompt: Number(d['readyAt']),
      created: Number(d['workerCreated']),
      workerStart: t['worker-start'] ?? NaN,
      entry: t['entry'] ?? NaN,
      store: t['store'] ?? NaN,
      record: t['record'] ?? NaN,
      snapshot: t['snapshot'] ?? NaN,
      engine: t['engine'] ?? NaN,
      initReceived: t['init-received'] ?? NaN,
      init: t['init'] ?? NaN,
      ready: t['ready'] ?? NaN,
      received: t['received'] ?? NaN,
    };
  });
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? NaN;
const ms = (x: number) => `${x.toFixed(0)} ms`;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

function printStartup(label: string, runs: Startup[]): void {
  const m = (f: (s: Startup) => number) => ms(median(runs.map(f)));
  console.log(`${label} (median of ${runs.length}):`);
  console.log(`  navigation → ready prompt: ${m((s) => s.prompt)}`);
  console.log(`  page interactive → ready prompt: ${m((s) => s.prompt - s.interactive)}   (budget 100 ms)`);
  console.log(`  page interactive: ${m((s) => s.interactive)}; worker created: ${m((s) => s.created)}`);
  console.log(`  worker created → worker started: ${m((s) => s.workerStart - s.created)}; → its script running: ${m((s) => s.entry - s.created)}`);
  console.log(`  worker script running → engine loaded (fetched, compiled, run): ${m((s) => s.engine - s.entry)}`);
  console.log(`    meanwhile, after the script started: IndexedDB open ${m((s) => s.store - s.entry)}, saved record read ${m((s) => s.record - s.entry)}, snapshot fetched ${m((s) => s.snapshot - s.entry)}, init taken ${m((s) => s.initReceived - s.entry)}`);
  console.log(`  engine loaded → init handled: ${m((s) => s.init - s.engine)}`);
  console.log(`  init handled → cluster ready (restore): ${m((s) => s.ready - s.init)}`);
  console.log(`  cluster ready → page told: ${m((s) => s.received - s.ready)}; → prompt drawn: ${m((s) => s.prompt - s.received)}`);
}

interface Script {
  url: string;
  /** Epoch ms the request started. */
  start: number;
  gzip: number;
}

/** Every script a first visit loads (page and worker), with when it was requested and its gzip size. */
async function scriptsOfFirstVisit(browser: Browser, baseURL: string): Promise<{ scripts: Script[]; onFirstCommand: Script[]; readyAt: number; inline: number; boot: Buffer }> {
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const seen: Promise<Script | undefined>[] = [];
  page.on('requestfinished', (request) => {
    if (request.resourceType() !== 'script' && !/\.m?js(\?|$)/.test(request.url())) return;
    seen.push(
      (async () => {
        const response = await request.response();
        if (!response) return undefined;
        return { url: request.url(), start: request.timing().startTime, gzip: gzipSync(await response.body()).length };
      })(),
    );
  });
  await page.goto(lessonPath(SANDBOX_LESSON));
  const box = page.locator('[data-kubedojo-sandbox]').first();
  await box.and(page.locator('[data-ready-at]')).waitFor({ timeout: 60_000 });
  // When the worker had the cluster ready, as an epoch time (the page's timings are relative to its timeOrigin).
  const readyAt = await page.evaluate(() => {
    const d = (document.querySelector('[data-kubedojo-sandbox]') as HTMLElement).dataset;
    const ready = Number(/(?:^| )ready=([\d.]+)/.exec(d['timings'] ?? '')?.[1]);
    return performance.timeOrigin + ready;
  });
  // Idle: whatever loads after the prompt has loaded.
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(1500);
  const inlineText = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join('\n'));
  const bootUrl = await box.getAttribute('data-boot-url');
  const boot = bootUrl ? await (await page.request.get(new URL(bootUrl, page.url()).href)).body() : Buffer.alloc(0);
  const scripts = (await Promise.all(seen)).filter((s): s is Script => s !== undefined);
  // Then the learner types a first command: what loads on demand (xterm.js, the commands).
  const idle = seen.length;
  const focused = Date.now();
  await box.locator('[data-screen]').focus();
  await box.locator('.xterm-helper-textarea').waitFor({ state: 'attached', timeout: 60_000 });
  console.log(`static screen focused → xterm.js up: ${ms(Date.now() - focused)}`);
  await box.locator('.xterm-helper-textarea').focus();
  await page.keyboard.type('kubectl get nodes');
  const typed = Date.now();
  await page.keyboard.press('Enter');
  await box.locator('.xterm-rows').getByText('control-plane').first().waitFor({ timeout: 60_000 });
  console.log(`first command (typed after focusing the terminal), Enter → output: ${ms(Date.now() - typed)}`);
  await page.waitForLoadState('networkidle');
  const onFirstCommand = (await Promise.all(seen.slice(idle))).filter((s): s is Script => s !== undefined);
  await context.close();
  return { scripts, onFirstCommand, readyAt, inline: gzipSync(Buffer.from(inlineText)).length, boot };
}

test('sandbox figures', async ({ page, browser, baseURL }) => {
  // First visit: installs the service worker, reloads once into cross-origin isolation.
  await page.goto(lessonPath(SANDBOX_LESSON));
  const first = await startup(page);
  printStartup('first visit (after the one-time isolation reload)', [first]);

  const warm: Startup[] = [];
  for (let i = 0; i < WARM_RUNS; i++) {
    await page.reload();
    warm.push(await startup(page));
  }
  printStartup('warm reloads', warm);

  // JavaScript, file by file, on a first visit (no service worker: every request is seen).
  const bytes = await scriptsOfFirstVisit(browser, baseURL ?? '');
  const name = (url: string) => new URL(url).pathname.split('/').pop() ?? url;
  const before = bytes.scripts.filter((s) => s.start < bytes.readyAt);
  const after = bytes.scripts.filter((s) => s.start >= bytes.readyAt);
  const sum = (xs: Script[]) => xs.reduce((total, s) => total + s.gzip, 0);
  console.log('lesson page JavaScript, gzip (first visit, file by file):');
  for (const s of [...before].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(9)}  ${name(s.url)}`);
  console.log(`  ${kb(bytes.inline).padStart(9)}  (inline scripts)`);
  console.log(`  before the cluster was ready (what the prompt waits for): ${kb(sum(before) + bytes.inline)}`);
  for (const s of [...after].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(9)}  ${name(s.url)}   (after the prompt)`);
  console.log(`  total once the page is idle: ${kb(sum(bytes.scripts) + bytes.inline)}   (budget 250 KB)`);
  for (const s of [...bytes.onFirstCommand].sort((a, b) => b.gzip - a.gzip)) console.log(`  ${kb(s.gzip).padStart(9)}  ${name(s.url)}   (when the learner starts typing)`);
  console.log(`  total after a first command: ${kb(sum(bytes.scripts) + sum(bytes.onFirstCommand) + bytes.inline)}`);
  console.log('  not counted: chunks loaded only on demand (editor panel, describe panel)');
  console.log(`pre-booted cluster snapshot (JSON): ${kb(bytes.boot.length)}, gzip ${kb(gzipSync(bytes.boot).length)}`);
});
