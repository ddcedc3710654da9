import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath, screenshot, tabUntil } from './helpers';

// Every lesson now has a sandbox, whose first visit reloads the page once to become cross-origin
// isolated (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

test('keyboard only: skip link, sidebar, lesson, next lesson', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.first));

  // The first Tab reaches the skip link, which becomes visible.
  await page.keyboard.press('Tab');
  const skip = page.getByRole('link', { name: 'Skip to content' });
  await expect(skip).toBeFocused();
  await expect(skip).toBeInViewport();
  await screenshot(page, 'keyboard-skip-link');

  // Further on, the sidebar: open another lesson from it.
  const sidebarLink = page.getByRole('navigation', { name: 'Lessons' }).getByRole('link', { name: 'Cloud service models' });
  await tabUntil(page, sidebarLink);
  await screenshot(page, 'keyboard-sidebar-focus');
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.cloud}/$`));

  // On that lesson the skip link jumps over header and sidebar into the lesson itself…
  await page.keyboard.press('Tab');
  await expect(skip).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#main')).toBeFocused();

  // …from where Tab reaches the Next link, and Enter follows it.
  const next = page.locator('a[rel="next"]');
  await tabUntil(page, next, 30);
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.architecture}/$`));
});

test('the search dialog works from the keyboard and gives focus back', async ({ page }) => {
  await page.goto('./');
  const button = page.getByRole('button', { name: 'Search' });
  await tabUntil(page, button, 10);
  await page.keyboard.press('Enter');
  const input = page.getByRole('searchbox');
  await expect(input).toBeFocused();
  await input.fill('kubelet');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await expect(page.locator('.search-results a').first()).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(button).toBeFocused();
});
