/**
 * The sandbox's budgets (DESIGN.md), measured in Chromium against the built site:
 *   - ms from navigation to a ready prompt (cluster booted, prompt drawn), and how long after the
 *     page became interactive that is (budget: 100 ms), on a first visit and on warm reloads;
 *     where the time goes (worker start, engine loaded, cluster ready, page told, prompt drawn);
 *   - JavaScript a lesson page with a sandbox transfers, gzip (budget: 250 KB), page and worker
 *     apart, and the pre-booted cluster snapshot beside it.
 * Run with `npm run bench:e2e` (after `npm run build`). Prints figures; asserts nothing.
 */
import { gzipSync } from 'node:zlib';
import { test, type Page } from '@playwright/test';
import { lessonPath } from './helpers';
import { SANDBOX_LESSON } from './sandbox-helpers';

const WARM_RUNS = 7;

interface Startup {
  interactive: number;
  prompt: number;
  created: number;
  workerStart: number;
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
  console.log(`  worker created → worker script running: ${m((s) => s.workerStart - s.created)}`);
  console.log(`  worker started → engine loaded: ${m((s) => s.init - s.workerStart)}`);
  console.log(`  engine loaded → cluster ready (restore): ${m((s) => s.ready - s.init)}`);
  console.log(`  cluster ready → page told: ${m((s) => s.received - s.ready)}; → prompt drawn: ${m((s) => s.prompt - s.received)}`);
}

test('sandbox figures', async ({ page }) => {
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

  // JavaScript the page ran, the worker included, as a static host would serve it gzipped.
  const scripts = await page.evaluate(() =>
    performance
      .getEntriesByType('resource')
      .map((r) => r.name)
      .filter((url) => /\.m?js(\?|$)/.test(url)),
  );
  let pageJs = 0;
  let workerJs = 0;
  for (const url of new Set(scripts)) {
    const body = await (await page.request.get(url)).body();
    const size = gzipSync(body).length;
    if (url.includes('.worker')) workerJs += size;
    else pageJs += size;
  }
  const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? '').join('\n'));
  pageJs += gzipSync(Buffer.from(inline)).length;
  const boot = await page.locator('[data-kubedojo-sandbox]').first().getAttribute('data-boot-url');
  const bootJson = boot ? (await (await page.request.get(new URL(boot, page.url()).href)).body()) : Buffer.alloc(0);
  console.log('lesson page JavaScript, gzip:');
  console.log(`  page (xterm, terminal, sandbox UI, site): ${kb(pageJs)}`);
  console.log(`  worker (the engine): ${kb(workerJs)}`);
  console.log(`  total: ${kb(pageJs + workerJs)}   (budget 250 KB)`);
  console.log(`pre-booted cluster snapshot (JSON): ${kb(bootJson.length)}, gzip ${kb(gzipSync(bootJson).length)}`);
});
