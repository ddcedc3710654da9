import { expect, test } from '@playwright/test';
import { LESSONS, englishOnlyLesson, lessonPath, screenshot } from './helpers';

// Lessons have sandboxes, whose first visit reloads the page once for cross-origin isolation
// (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

test('the sidebar marks the current lesson and leads to the others', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.first));
  const nav = page.getByRole('navigation', { name: 'Lessons' });
  // The current lesson's link (its text plus, once visited, a hidden "Visited").
  await expect(nav.locator('[aria-current="page"]')).toContainText('What Kubernetes is, and why');
  await nav.getByRole('link', { name: 'Kubernetes architecture' }).click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.architecture}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes architecture');
  await expect(nav.locator('[aria-current="page"]')).toHaveCount(1);
  await expect(nav.locator('[aria-current="page"]')).toContainText('Kubernetes architecture');
});

test('previous and next links follow the reading order across chapters', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.first));
  const pager = page.getByRole('navigation', { name: 'Previous and next lesson' });
  await expect(pager.locator('a[rel="prev"]')).toHaveCount(0);
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.cloud}/$`));
  await pager.locator('a[rel="next"]').click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.architecture}/$`));
  // The last lesson of a chapter leads into the next chapter.
  await expect(pager.locator('a[rel="next"]')).toHaveAttribute('href', /\/lessons\/kubectl\/[^/]+\/$/);
  await pager.locator('a[rel="prev"]').click();
  await expect(page).toHaveURL(new RegExp(`lessons/${LESSONS.cloud}/$`));
});

test('the language switch keeps the lesson', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.architecture));
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`zh/lessons/${LESSONS.architecture}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes 架构');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/lessons/${LESSONS.architecture}/$`));
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kubernetes architecture');
  await page.goto('./');
  await page.locator('[data-lang-switch]').click();
  await expect(page).toHaveURL(/zh\/$/);
});

test('a Chinese page without a translation shows the English text with a notice in Chinese', async ({ page }) => {
  const slug = englishOnlyLesson();
  test.skip(!slug, 'every lesson has a Chinese translation');
  await page.goto(lessonPath(slug ?? ''));
  const englishTitle = await page.getByRole('heading', { level: 1 }).textContent();
  await page.goto(lessonPath(slug ?? '', 'zh'));
  const notice = page.locator('[data-fallback-notice]');
  await expect(notice).toContainText('本课的中文翻译尚未完成');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('article.lesson')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(englishTitle ?? '');
  // The frame stays Chinese, and the notice links to the English page.
  await expect(page.getByRole('navigation', { name: '课程目录' })).toBeVisible();
  await expect(notice.getByRole('link')).toHaveAttribute('href', new RegExp(`(?<!zh)/lessons/${slug}/$`));
  await screenshot(page, 'lesson-zh-fallback');
  // A translated lesson has no notice.
  await page.goto(lessonPath(LESSONS.first, 'zh'));
  await expect(page.locator('[data-fallback-notice]')).toHaveCount(0);
});

test('a missing page answers 404 with links to both course maps', async ({ page }) => {
  const response = await page.goto('no/such/page/');
  expect(response?.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page does not exist.');
  await expect(page.getByRole('link', { name: 'Go to the course map' })).toBeVisible();
  await screenshot(page, 'not-found');
  await page.getByRole('link', { name: '前往课程地图' }).click();
  await expect(page).toHaveURL(/zh\/$/);
  await expect(page.locator('#course h2')).toHaveText('课程地图');
});
