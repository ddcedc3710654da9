import { gzipSync } from 'node:zlib';
import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath } from './helpers';

// DESIGN.md: pages without a sandbox ship almost no JavaScript (theme, search loader, code
// buttons, progress). Measured as gzip of every script a page runs until the network is idle.
const BUDGET_GZIP_BYTES = 12 * 1024;

test(`pages without a sandbox ship under ${BUDGET_GZIP_BYTES / 1024} KB of gzipped JavaScript`, async ({ page }) => {
  for (const path of ['./', lessonPath(LESSONS.cloud)]) {
    const scripts: Promise<Buffer>[] = [];
    const collect = (response: import('@playwright/test').Response) => {
      if (response.request().resourceType() === 'script') scripts.push(response.body());
    };
    page.on('response', collect);
    await page.goto(path);
    await page.waitForLoadState('networkidle');
    page.off('response', collect);
    const inline = await page.locator('script:not([src])').evaluateAll((nodes) => nodes.map((n) => n.textContent ?? ''));
    const bodies = [...(await Promise.all(scripts)), ...inline.map((text) => Buffer.from(text))];
    const total = bodies.reduce((sum, body) => sum + gzipSync(body).length, 0);
    expect(total, path).toBeLessThan(BUDGET_GZIP_BYTES);
  }
});
