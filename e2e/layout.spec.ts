import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath, screenshot } from './helpers';

// Lessons have sandboxes, whose first visit reloads the page once for cross-origin isolation
// (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

test('on a phone a lesson fits the screen, lesson list first', async ({ page }) => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(lessonPath(LESSONS.architecture));
  // Nothing wider than the screen (long commands scroll inside their own block).
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  const heading = page.getByRole('heading', { level: 1 });
  const navBox = await nav.boundingBox();
  const headingBox = await heading.boundingBox();
  expect(navBox && headingBox && navBox.y < headingBox.y).toBe(true);
  await screenshot(page, 'lesson-phone');
  await page.locator('.code-block').first().scrollIntoViewIfNeeded();
  await screenshot(page, 'lesson-phone-code');
});
