import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { LESSONS, lessonPath } from './helpers';

// Every lesson now has a sandbox, whose first visit reloads the page once to become cross-origin
// isolated (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

const pages = [
  { name: 'home', path: './', schemes: ['light', 'dark'] },
  { name: 'lesson', path: lessonPath(LESSONS.architecture), schemes: ['light', 'dark'] },
  { name: 'zh lesson', path: lessonPath(LESSONS.first, 'zh'), schemes: ['light'] },
] as const;

for (const { name, path, schemes } of pages) {
  for (const scheme of schemes) {
    test(`${name} has no serious accessibility violations (${scheme} theme)`, async ({ page }) => {
      await page.emulateMedia({ colorScheme: scheme });
      await page.goto(path);
      expect(await seriousViolations(page)).toEqual([]);
    });
  }
}
