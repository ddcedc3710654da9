import { expect, test } from '@playwright/test';
import { LESSONS, screenshot } from './helpers';

// Lessons have sandboxes, whose first visit reloads the page once for cross-origin isolation
// (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

test('search loads Pagefind only when used, and finds an English lesson', async ({ page }) => {
  const pagefindRequests: string[] = [];
  page.on('request', (request) => {
    if (request.url().includes('/pagefind/')) pagefindRequests.push(request.url());
  });
  await page.goto('./');
  await page.waitForLoadState('networkidle');
  expect(pagefindRequests).toEqual([]);

  await page.getByRole('button', { name: 'Search' }).click();
  const dialog = page.getByRole('dialog', { name: 'Search the lessons' });
  await expect(dialog).toBeVisible();
  // A word only the first lesson has.
  await dialog.getByRole('searchbox').fill('helmsman');
  const results = dialog.locator('.search-results a');
  await expect(dialog.locator('.result-title').first()).toHaveText('What Kubernetes is, and why');
  await expect(dialog.getByRole('status')).toContainText('“helmsman”');
  expect(pagefindRequests.length).toBeGreaterThan(0);
  await dialog.getByRole('searchbox').fill('etcd');
  await expect(dialog.locator('.result-title', { hasText: 'Kubernetes architecture' })).toBeVisible();
  // The English index holds English pages only.
  for (const href of await results.evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).not.toMatch(/\/zh\//);
  }
  await screenshot(page, 'search-en');
  await dialog.locator('.search-results a', { hasText: 'Kubernetes architecture' }).click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.architecture}/$`));
});

test('search on a Chinese page searches the Chinese lessons only', async ({ page }) => {
  await page.goto('zh/');
  await page.keyboard.press('/');
  const dialog = page.getByRole('dialog', { name: '搜索课程' });
  await expect(dialog.getByRole('searchbox')).toBeFocused();
  await dialog.getByRole('searchbox').fill('舵手');
  await expect(dialog.locator('.result-title').first()).toHaveText('Kubernetes 是什么，为什么需要它');
  for (const href of await dialog.locator('.search-results a').evaluateAll((links) => links.map((a) => a.getAttribute('href')))) {
    expect(href).toMatch(/\/zh\/lessons\//);
  }
  await screenshot(page, 'search-zh');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});
