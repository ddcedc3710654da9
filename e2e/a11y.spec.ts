import AxeBuilder from '@axe-core/playwright';
import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath } from './helpers';

// Every lesson now has a sandbox, whose first visit reloads the page once to become cross-origin
// isolated (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

// @axe-core/playwright types its page with the newest playwright-core (a peer it pulled in),
// not the one @playwright/test runs; the calls it makes are the same in both.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

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
      const results = await new AxeBuilder({ page: page as unknown as AxePage }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
      const serious = results.violations
        .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
        .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`);
      expect(serious).toEqual([]);
    });
  }
}
