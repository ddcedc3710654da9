/**
 * The site built for a sub-path (KUBEDOJO_BASE=/kubedojo/, scripts/build-subpath.mjs) and served
 * under it: every link, asset and search request carries the prefix, and nothing is missing.
 * Runs in the "subpath" project of playwright.config.ts.
 */
import { expect, test } from '@playwright/test';

const BASE = '/kubedojo/';

// A sandbox page may register a service worker and reload itself; the crawl checks links, not that.
test.use({ serviceWorkers: 'block' });

/** Every href/src of an HTML page that points inside the site (not #anchors, data: or other schemes). */
function sitePaths(html: string): string[] {
  const values = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((match) => match[1] ?? '');
  return values.filter((value) => !value.startsWith('#') && !value.startsWith('data:') && !/^[a-z]+:/i.test(value));
}

test('every page, link and asset of the sub-path build carries the prefix', async ({ page, baseURL }) => {
  // Over plain HTTP (Node's fetch), not page by page in the browser: the course grows, and the
  // crawl must stay fast.
  const get = (path: string) => fetch(new URL(path, baseURL));
  const seen = new Set<string>([BASE]);
  const queue = [BASE];
  const assets = new Set<string>();
  // Collected and asserted once: thousands of expect() calls would each become a traced step.
  const problems: string[] = [];
  while (queue.length > 0) {
    const path = queue.shift() as string;
    const response = await get(path);
    if (response.status !== 200) problems.push(`${response.status} ${path}`);
    for (const value of sitePaths(await response.text())) {
      if (!value.startsWith(BASE)) problems.push(`${value} on ${path}`);
      const target = value.split('#')[0] as string;
      if (!target.endsWith('/')) assets.add(target);
      else if (!seen.has(target)) {
        seen.add(target);
        queue.push(target);
      }
    }
  }
  for (const asset of assets) {
    const status = (await get(asset)).status;
    if (status !== 200) problems.push(`${status} ${asset}`);
  }
  expect(problems).toEqual([]);
  // Both course maps led to every lesson, in both languages.
  const lessons = [...seen].filter((path) => path.includes('/lessons/'));
  expect(lessons.length).toBeGreaterThanOrEqual(8);
  expect(lessons.filter((path) => path.startsWith(`${BASE}zh/`)).length).toBe(lessons.length / 2);

  // In the browser, what the pages load at run time (styles, scripts) is found under the prefix too.
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  for (const path of ['./', 'zh/lessons/introduction/architecture/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
  expect(failures).toEqual([]);
});

test('search works under the sub-path', async ({ page }) => {
  await page.goto('./');
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('etcd');
  const first = page.locator('.search-results a').first();
  await expect(first).toHaveAttribute('href', /^\/kubedojo\/lessons\//);
  await first.click();
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  expect(new URL(page.url()).pathname.startsWith(`${BASE}lessons/`)).toBe(true);
});

test('the 404 page under the sub-path is styled and links home', async ({ page }) => {
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400 && !response.url().endsWith('/missing/')) failures.push(response.url());
  });
  const response = await page.goto('missing/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('link', { name: 'Go to the course map' })).toHaveAttribute('href', BASE);
  await expect(page.getByRole('link', { name: '前往课程地图' })).toHaveAttribute('href', `${BASE}zh/`);
  expect(failures).toEqual([]);
});

test('a lesson under the sub-path starts its sandbox worker early, from the prefixed URL', async ({ browser, baseURL }) => {
  // With the service worker (blocked in the rest of this file): isolation, then the early worker.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'allow' });
  const page = await context.newPage();
  const failures: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failures.push(`${response.status()} ${response.url()}`);
  });
  await page.goto('lessons/kubectl/first-commands/');
  const box = page.locator('[data-kubedojo-sandbox]').first();
  await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  await page.reload();
  await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  const start = await page.evaluate(() => ({
    isolated: crossOriginIsolated,
    created: Number((document.querySelector('[data-kubedojo-sandbox]') as HTMLElement).dataset['workerCreated']),
    interactive: (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domInteractive,
    left: (globalThis as { kubedojoEarlyWorkers?: unknown[] }).kubedojoEarlyWorkers?.length,
  }));
  expect(start.isolated).toBe(true);
  expect(start.created).toBeLessThan(start.interactive);
  expect(start.left).toBe(0);
  const workers = page.workers().map((worker) => new URL(worker.url()).pathname);
  expect(workers).toHaveLength(1);
  expect(workers[0]?.startsWith(`${BASE}_astro/sandbox.worker-`)).toBe(true);
  expect(failures).toEqual([]);
  await context.close();
});
