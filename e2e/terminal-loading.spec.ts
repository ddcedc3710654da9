/**
 * The terminal's code (xterm.js) loads when the learner is about to type: until then the sandbox
 * shows a static screen (src/ui/sandbox/static-screen.ts, lazy-terminal.ts) that can be focused and
 * typed into, and whose keys all reach the terminal once it is up.
 */
import { expect, test, type Page, type Route } from '@playwright/test';
import { seriousViolations } from './axe';
import { lessonPath, screenshot } from './helpers';
import { finished, focusTerminal, loadTerminal, openSandbox, PROMPT, sandbox, SANDBOX_LESSON, screenText, staticScreen, tabIntoTerminal } from './sandbox-helpers';

test.describe.configure({ timeout: 60_000 });

/** The lazily loaded chunk with xterm.js (src/ui/sandbox/terminal-view.ts). */
const XTERM_CHUNK = /\/terminal-view\.[\w-]+\.js$/;
/** The cursor the static screen shows after the prompt and what was typed. */
const CURSOR = '\u00a0';

/** What the static screen shows: the prompt, the keys typed so far, the cursor. */
const staticText = (page: Page) => staticScreen(page).evaluate((el) => el.textContent);

test('a page only read never loads xterm.js: the static screen shows the prompt; focusing it loads xterm.js', async ({ browser, baseURL }) => {
  // Without the service worker, so that every request is seen.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const requested: string[] = [];
  page.on('request', (request) => {
    if (XTERM_CHUNK.test(request.url())) requested.push(request.url());
  });
  await page.goto(lessonPath(SANDBOX_LESSON));
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(requested).toEqual([]);
  await expect(sandbox(page).locator('.xterm')).toHaveCount(0);
  expect(await staticText(page)).toBe(PROMPT + CURSOR);
  await expect(staticScreen(page)).toHaveAttribute('role', 'textbox');
  await expect(staticScreen(page)).toHaveAccessibleName('Terminal input');

  await staticScreen(page).click();
  await expect.poll(() => requested.length).toBe(1);
  await expect(sandbox(page).locator('.xterm-helper-textarea')).toBeFocused();
  await expect(staticScreen(page)).toHaveCount(0);
  await expect.poll(() => screenText(page)).toBe(PROMPT.trimEnd());
  await context.close();
});

/** Holds the xterm.js chunk back until `release` is called (the page is not isolated: no service worker). */
async function holdXterm(page: Page): Promise<() => void> {
  let release = () => {};
  const released = new Promise<void>((resolve) => (release = resolve));
  await page.route(XTERM_CHUNK, async (route: Route) => {
    await released;
    await route.continue();
  });
  return release;
}

test.describe('before xterm.js is loaded', () => {
  test.use({ serviceWorkers: 'block' });

  test('keys typed and text pasted at the static screen all reach the terminal, in order', async ({ page }) => {
    const release = await holdXterm(page);
    await page.goto(lessonPath(SANDBOX_LESSON));
    await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    await staticScreen(page).focus();
    await page.keyboard.type('echo one');
    await page.keyboard.press('Enter');
    await staticScreen(page).evaluate((el) => {
      const data = new DataTransfer();
      data.setData('text/plain', 'echo two\n');
      el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    });
    await page.keyboard.type('echo thre');
    await page.keyboard.press('Backspace');
    await page.keyboard.type('ee');
    // "/" is the terminal's, not the page's search shortcut.
    await page.keyboard.type(' /');
    await page.keyboard.press('Enter');
    // The static screen echoes what it can meanwhile.
    expect(await staticText(page)).toBe(`${PROMPT}echo one\necho two\necho three /\n${CURSOR}`);
    await expect(page.locator('[data-search-dialog]')).not.toBeVisible();
    await screenshot(page, 'sandbox-static-screen-typed');

    release();
    await expect(sandbox(page).locator('.xterm-helper-textarea')).toBeFocused();
    await finished(page, 'echo three /', 0);
    expect(await screenText(page)).toBe(
      [`${PROMPT}echo one`, 'one', `${PROMPT}echo two`, 'two', `${PROMPT}echo three /`, 'three /', PROMPT.trimEnd()].join('\n'),
    );
  });

  test('a reset before xterm.js is loaded renews the static prompt only (what was typed goes, as in a fresh terminal)', async ({ page }) => {
    const release = await holdXterm(page);
    await page.goto(lessonPath(SANDBOX_LESSON));
    const box = sandbox(page);
    await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    await staticScreen(page).focus();
    await page.keyboard.type('half a line');
    expect(await staticText(page)).toBe(`${PROMPT}half a line${CURSOR}`);
    await box.getByRole('button', { name: 'Reset', exact: true }).click();
    await page.getByRole('dialog', { name: 'Reset the cluster?' }).getByRole('button', { name: 'Reset cluster' }).click();
    await expect.poll(() => staticText(page)).toBe(PROMPT + CURSOR);
    await expect(box.locator('.xterm')).toHaveCount(0);
    release();
    await focusTerminal(page);
    await expect.poll(() => screenText(page)).toBe(PROMPT.trimEnd());
    await page.keyboard.type('kubectl get ns default -o name');
    await page.keyboard.press('Enter');
    expect(await finished(page, 'kubectl get ns default -o name', 0)).toBe('namespace/default\n');
  });

  test('keyboard only, with xterm.js slow to come: Tab to the static screen, type, Enter runs the command', async ({ page }) => {
    const release = await holdXterm(page);
    await page.goto(lessonPath(SANDBOX_LESSON));
    const box = sandbox(page);
    await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    await box.getByRole('button', { name: 'Reset', exact: true }).focus();
    await tabIntoTerminal(page);
    await expect(staticScreen(page)).toBeFocused();
    await page.keyboard.type('kubectl get no');
    await page.keyboard.press('Tab');
    await page.keyboard.press('Enter');
    release();
    const nodes = await finished(page, 'kubectl get nodes', 0);
    expect(nodes.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
    await expect(box.locator('.xterm-helper-textarea')).toBeFocused();
  });
});

test('keyboard only: Tab into the terminal and type at once (xterm.js arrives meanwhile), Enter runs the command', async ({ page }) => {
  const box = await openSandbox(page);
  await expect(box.locator('.xterm')).toHaveCount(0);
  await box.getByRole('button', { name: 'Reset', exact: true }).focus();
  await tabIntoTerminal(page);
  // No waiting for xterm.js: the first keys land on the static screen, the rest in xterm.js.
  await page.keyboard.type('kubectl get nodes');
  await page.keyboard.press('Enter');
  const nodes = await finished(page, 'kubectl get nodes', 0);
  expect(nodes.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
  await expect(box.locator('.xterm-helper-textarea')).toBeFocused();
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the static screen has no serious accessibility violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const box = await openSandbox(page);
    await expect(box.locator('.xterm')).toHaveCount(0);
    expect(await seriousViolations(page)).toEqual([]);
    await screenshot(page, `sandbox-static-screen-${scheme}`);
  });
}

test('the static screen, and then xterm.js\'s input, are named in Chinese on Chinese pages', async ({ page }) => {
  await openSandbox(page, 'zh');
  await expect(staticScreen(page)).toHaveAccessibleName('终端输入');
  await loadTerminal(page);
  await expect(sandbox(page).locator('.xterm-helper-textarea')).toHaveAccessibleName('终端输入');
});
