import { expect, test } from '@playwright/test';
import { LESSONS, lessonPath, screenshot } from './helpers';

// Every lesson now has a sandbox, whose first visit reloads the page once to become cross-origin
// isolated (src/ui/sandbox/isolation.ts); these tests are not about the sandbox, so no service worker.
test.use({ serviceWorkers: 'block' });

test('a Copy button copies its block to the clipboard', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto(lessonPath(LESSONS.first));
  // The plain `docker run` block: Copy only, no Run.
  const block = page.locator('.code-block').filter({ hasText: 'docker run' });
  await expect(block.locator('.code-run')).toHaveCount(0);
  await block.getByRole('button', { name: 'Copy' }).click();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe('docker run -d -p 8080:80 nginx');
  await expect(block.locator('.code-copy')).toHaveText('Copied');
  await expect(page.locator('#kd-announcer')).toHaveText('Copied');
});

test('every code block of a lesson has a Copy button', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.architecture));
  const blocks = page.locator('.prose pre');
  const count = await blocks.count();
  expect(count).toBeGreaterThan(5);
  await expect(page.locator('.prose .code-block > .code-actions .code-copy')).toHaveCount(count);
});

test('a Run button dispatches kubedojo:run with its command', async ({ page }) => {
  await page.goto(lessonPath(LESSONS.first));
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seen: string[] }).seen = seen;
    document.addEventListener('kubedojo:run', (event) => {
      seen.push((event as CustomEvent<{ command: string }>).detail.command);
      event.preventDefault(); // as the sandbox does: the command was taken
    });
  });
  // A fenced ```bash run block…
  const fenced = page.locator('.code-block[data-run-command="kubectl get nodes"]');
  await fenced.getByRole('button', { name: 'Run' }).click();
  // …and a <Run cmd="…" /> component.
  const component = page.locator('.code-block[data-run-command="kubectl get pods"]');
  await component.getByRole('button', { name: 'Run' }).click();
  expect(await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).toEqual(['kubectl get nodes', 'kubectl get pods']);
  await expect(page.locator('.code-note')).toHaveCount(0);
  await fenced.scrollIntoViewIfNeeded();
  await screenshot(page, 'code-blocks');
});

test('a Run button nobody listens to says that the page has no sandbox', async ({ page }) => {
  // Every lesson with Run buttons has a sandbox now: take it away to see the note.
  await page.route('**/*', (route) => (route.request().resourceType() === 'script' && /Sandbox\.astro|sandbox-page/.test(route.request().url()) ? route.abort() : route.continue()));
  await page.goto(lessonPath(LESSONS.first, 'zh'));
  const block = page.locator('.code-block[data-run-command="kubectl get nodes"]');
  await block.getByRole('button', { name: '运行' }).click();
  await expect(block.locator('.code-note')).toHaveText('本页还没有沙盒：请复制命令，在你自己的终端中运行。');
});
