import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

// @axe-core/playwright types its page with its own playwright-core version.
type AxePage = ConstructorParameters<typeof AxeBuilder>[0]['page'];

/**
 * axe's serious and critical violations (WCAG 2.1 A/AA and best practice) on the page, or only
 * inside `include`, as "rule: targets" lines — an empty list is a pass.
 */
export async function seriousViolations(page: Page, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page: page as unknown as AxePage });
  if (include) builder = builder.include(include);
  const results = await builder.withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice']).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}
