import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { expect, test } from '@playwright/test';
import { load } from 'js-yaml';
import { LESSONS, lessonPath, screenshot } from './helpers';

// A lesson with a sandbox reloads once into cross-origin isolation on a first visit (the service
// worker): a screenshot taken across that reload has no page to capture.
test.use({ serviceWorkers: 'block' });

interface ChapterFile {
  id: string;
  order: number;
  title: { en: string; zh: string };
}

/** The chapters as content/ declares them, in order, with how many lessons each has (either language). */
function contentChapters(): { id: string; title: string; lessons: number }[] {
  const chapters = (load(readFileSync('content/chapters.yaml', 'utf8')) as ChapterFile[]).sort((a, b) => a.order - b.order);
  return chapters.map((chapter) => {
    const names = new Set<string>();
    for (const lang of ['en', 'zh']) {
      const dir = `content/lessons/${lang}/${chapter.id}`;
      if (existsSync(dir)) for (const file of readdirSync(dir)) if (file.endsWith('.mdx')) names.add(file);
    }
    return { id: chapter.id, title: chapter.title.en, lessons: names.size };
  });
}

test('the course map lists every chapter with its lessons', async ({ page }) => {
  await page.goto('./');
  const chapters = page.locator('#course .chapter');
  const expected = contentChapters();
  await expect(chapters.locator('h3')).toHaveText(expected.map((chapter) => chapter.title));
  for (const chapter of expected) {
    const card = page.locator(`#course .chapter[data-chapter="${chapter.id}"]`);
    await expect(card.locator('.lessons a')).toHaveCount(chapter.lessons);
    await expect(card.locator('.badge')).toHaveText(chapter.lessons === 0 ? 'Coming soon' : /^\d+ lessons?$/);
  }
  const intro = chapters.filter({ hasText: 'Introduction' });
  await expect(intro.locator('.lessons a')).toHaveText([
    'What Kubernetes is, and why',
    'Cloud service models, and where Kubernetes fits',
    'Kubernetes architecture',
  ]);
  await expect(intro.locator('[data-progress-slug]').first()).toHaveText('Not started');
  await screenshot(page, 'home-light', true);
});

test('a lesson opened once shows as visited on the course map', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.cloud));
  await expect(page.locator(`.lesson-nav [data-progress-slug="${LESSONS.cloud}"]`)).toHaveAttribute('data-state', 'visited');
  await page.goto('./');
  await expect(page.locator(`#course [data-progress-slug="${LESSONS.cloud}"]`)).toHaveText('Visited');
  await expect(page.locator(`#course [data-progress-slug="${LESSONS.first}"]`)).toHaveText('Not started');
});

test('the Chinese course map is in Chinese and links to Chinese lessons', async ({ page }) => {
  await page.goto('zh/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.locator('#course h2')).toHaveText('课程地图');
  const first = page.locator('#course .lessons a').first();
  await expect(first).toHaveText('Kubernetes 是什么，为什么需要它');
  await first.click();
  await expect(page).toHaveURL(new RegExp(`zh/lessons/${LESSONS.first}/$`));
  await screenshot(page, 'lesson-zh-light');
});
