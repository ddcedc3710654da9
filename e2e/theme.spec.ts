import { expect, test, type Page } from '@playwright/test';
import { LESSONS, lessonPath, screenshot } from './helpers';

// Lessons have sandboxes, whose first visit reloads the page once for cross-origin isolation
// (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

const DARK_BG = 'rgb(13, 16, 23)';
const LIGHT_BG = 'rgb(251, 251, 253)';
const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const toggle = (page: Page) => page.locator('[data-theme-toggle]');

test('the theme follows the system until the reader chooses', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.goto('./');
  expect(await background(page)).toBe(DARK_BG);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await page.emulateMedia({ colorScheme: 'light' });
  expect(await background(page)).toBe(LIGHT_BG);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'false');
});

test('the chosen theme survives a reload and applies to other pages', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.goto(lessonPath(LESSONS.architecture));
  expect(await background(page)).toBe(LIGHT_BG);
  await toggle(page).click();
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  expect(await background(page)).toBe(DARK_BG);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK_BG);
  await expect(toggle(page)).toHaveAttribute('aria-pressed', 'true');
  await screenshot(page, 'lesson-dark');
  await page.goto('./');
  expect(await background(page)).toBe(DARK_BG);
  await screenshot(page, 'home-dark', true);
  await toggle(page).click();
  await page.reload();
  expect(await background(page)).toBe(LIGHT_BG);
});

test('a remembered theme is in place before the page body is parsed (no flash)', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'light' });
  await page.addInitScript(() => {
    localStorage.setItem('kubedojo-theme', 'dark');
    // Record the theme at the moment <body> appears, before anything can be painted.
    new MutationObserver((_, observer) => {
      if (document.body) {
        (window as unknown as { themeAtBody: string | undefined }).themeAtBody = document.documentElement.dataset['theme'];
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto('./');
  expect(await page.evaluate(() => (window as unknown as { themeAtBody: string | undefined }).themeAtBody)).toBe('dark');
});
