import { expect, test } from '@playwright/test';
import { LESSONS, englishOnlyLesson, lessonPath } from './helpers';

// Nothing leaves the site at run time: no CDN, no web font, no analytics. Every request the pages
// make — the search index included, once the search is used — goes to the site's own origin.
test("every request of the site's pages stays on its origin", async ({ page, baseURL }) => {
  const origin = new URL(baseURL ?? '').origin;
  const requests: string[] = [];
  page.on('request', (request) => requests.push(request.url()));
  for (const path of ['./', 'zh/', lessonPath(LESSONS.architecture), lessonPath(englishOnlyLesson() ?? LESSONS.cloud, 'zh')]) {
    await page.goto(path);
    // Not 'networkidle': a sandbox page may keep talking to its worker; a moment is enough to
    // catch what a page loads on its own.
    await page.waitForTimeout(1000);
  }
  await page.keyboard.press('/');
  await page.getByRole('searchbox').fill('pod');
  await expect(page.locator('.search-results a').first()).toBeVisible();
  const elsewhere = requests.filter((url) => !url.startsWith('data:') && new URL(url).origin !== origin);
  expect(elsewhere).toEqual([]);
  expect(requests.filter((url) => url.includes('/pagefind/')).length).toBeGreaterThan(2);
});
