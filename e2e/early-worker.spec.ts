/**
 * A lesson page creates its sandbox's worker from the first script of <head>, told at once which
 * sandbox it serves (src/ui/sandbox/early-workers.ts, added by the build): before any stylesheet
 * or other script in the page, and so well before the page is interactive. The page's module script adopts that
 * worker (no second one), the sandbox comes up and a reload keeps the cluster. Without
 * cross-origin isolation there is no early worker and the page starts its own.
 */
import { expect, test, type Page } from '@playwright/test';
import { lessonPath } from './helpers';
import { openSandbox, run, sandbox, SANDBOX_LESSON } from './sandbox-helpers';

test.describe.configure({ timeout: 60_000 });

/** When the worker was created and the page became interactive (ms since navigation), and the early workers left over. */
async function startTimes(page: Page) {
  return page.evaluate(() => {
    const nav = performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming;
    return {
      created: Number((document.querySelector('[data-kubedojo-sandbox]') as HTMLElement).dataset['workerCreated']),
      interactive: nav.domInteractive,
      left: (globalThis as { kubedojoEarlyWorkers?: unknown[] }).kubedojoEarlyWorkers?.length,
    };
  });
}

test('the worker starts from the top of <head>, before the page is interactive, and is adopted', async ({ page }) => {
  // The first visit installs the service worker and reloads once into cross-origin isolation.
  await openSandbox(page);
  // In document order, before every stylesheet and every other script of the page.
  const head = await page.evaluate(() => {
    const [first, ...rest] = [...document.querySelectorAll('script, link[rel="stylesheet"], style')];
    return { tag: first?.tagName, parent: first?.parentElement?.tagName, text: first?.textContent ?? '', rest: rest.length, isolated: crossOriginIsolated };
  });
  expect(head.isolated).toBe(true);
  expect(head).toMatchObject({ tag: 'SCRIPT', parent: 'HEAD' });
  expect(head.rest).toBeGreaterThan(3);
  expect(head.text).toContain('kubedojoEarlyWorkers');
  expect(head.text).toContain(`{\\"id\\":\\"${SANDBOX_LESSON}\\",`);

  for (let i = 0; i < 2; i++) {
    await page.reload();
    await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    const times = await startTimes(page);
    // Not compared with the stylesheets' arrival: the browser's preload scanner may fetch them
    // (from the service worker's cache) before the parser has run even the first script.
    expect(times.created).toBeLessThan(times.interactive);
    // Adopted: the early worker is the sandbox's, none was left over, none was started besides.
    expect(times.left).toBe(0);
    expect(page.workers().filter((worker) => worker.url().includes('sandbox.worker'))).toHaveLength(1);
  }
});

test('the early worker keeps the learner\'s cluster across reloads', async ({ page }) => {
  await openSandbox(page);
  expect(await run(page, 'kubectl create namespace early-bird')).toBe('namespace/early-bird created\n');
  // Saved 300 ms after a command.
  await page.waitForTimeout(600);
  await page.reload();
  const box = sandbox(page);
  await expect(box).toHaveAttribute('data-origin', 'saved', { timeout: 20_000 });
  await expect(box).toHaveAttribute('data-ready-at', /\d/);
  expect((await startTimes(page)).left).toBe(0);
  expect(await run(page, 'kubectl get namespace early-bird -o name')).toBe('namespace/early-bird\n');
});

test('an early worker whose script fails to load is replaced, and the sandbox still comes up', async ({ page }) => {
  await openSandbox(page);
  // From the next load on, the first sandbox worker is pointed at a script that does not exist:
  // its error event fires before the page's module script could listen for it.
  await page.addInitScript(() => {
    const Real = Worker;
    let broken = false;
    (globalThis as { Worker: typeof Worker }).Worker = class extends Real {
      constructor(url: string | URL, options?: WorkerOptions) {
        const first = !broken && (options?.name ?? '').startsWith('kubedojo-sandbox');
        if (first) broken = true;
        super(first ? '/no-such-worker.js' : url, options);
      }
    };
  });
  await page.reload();
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  expect(await run(page, 'kubectl get ns default -o name')).toBe('namespace/default\n');
  const workers = page.workers().map((worker) => worker.url());
  expect(workers.filter((url) => url.includes('sandbox.worker'))).toHaveLength(1);
});

test.describe('without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });

  test('no early worker: the page starts the sandbox\'s worker itself', async ({ page }) => {
    await page.goto(lessonPath(SANDBOX_LESSON));
    await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    const times = await startTimes(page);
    expect(times.left).toBeUndefined();
    expect(times.created).toBeGreaterThan(times.interactive);
    expect(page.workers().filter((worker) => worker.url().includes('sandbox.worker'))).toHaveLength(1);
  });
});
