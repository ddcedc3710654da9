/**
 * Shared bits of the e2e tests. Pages are opened with URLs relative to the project's baseURL
 * ("lessons/…", never "/lessons/…"), so the same tests work when the site lives under a sub-path.
 */
import { existsSync, readdirSync } from 'node:fs';
import type { Locator, Page } from '@playwright/test';

/** Lessons the tests rely on (content/lessons/). */
export const LESSONS = {
  first: 'introduction/what-is-kubernetes',
  cloud: 'introduction/cloud-service-models',
  architecture: 'introduction/architecture',
};

/**
 * A lesson written in English only (its Chinese page shows the fallback), found in content/ —
 * lessons get translated, so no fixed name would stay right. Undefined when every lesson is.
 */
export function englishOnlyLesson(): string | undefined {
  const root = 'content/lessons';
  for (const chapter of readdirSync(`${root}/en`).sort()) {
    for (const file of readdirSync(`${root}/en/${chapter}`).sort()) {
      if (file.endsWith('.mdx') && !existsSync(`${root}/zh/${chapter}/${file}`)) return `${chapter}/${file.slice(0, -4)}`;
    }
  }
  return undefined;
}

export const lessonPath = (slug: string, lang: 'en' | 'zh' = 'en') => `${lang === 'zh' ? 'zh/' : ''}lessons/${slug}/`;

/** Screenshots for people to look at (not compared): test-results/screenshots/<name>.png. */
export async function screenshot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage });
}

/** Presses Tab until `target` has the focus; fails after `max` presses. */
export async function tabUntil(page: Page, target: Locator, max = 60): Promise<void> {
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await target.evaluate((el) => el === document.activeElement).catch(() => false)) return;
  }
  throw new Error(`tabUntil: ${target} not reached in ${max} presses`);
}
