/**
 * Driving a lesson's sandbox in the e2e tests: open the demo lesson and wait for the prompt, read
 * what the terminal shows, type into it, wait for a command to finish.
 */
import { expect, type Locator, type Page } from '@playwright/test';
import { lessonPath } from './helpers';

/** The demo lesson with a `<Sandbox seed={7} />` (content/lessons/{en,zh}/kubectl/first-commands.mdx). */
export const SANDBOX_LESSON = 'kubectl/first-commands';
export const PROMPT = 'controlplane:~$ ';

export const sandbox = (page: Page): Locator => page.locator('[data-kubedojo-sandbox]').first();

/**
 * Opens the demo lesson and waits for the prompt. The first visit installs the service worker and
 * reloads once to become cross-origin isolated; `isolated: false` blocks service workers instead.
 */
export async function openSandbox(page: Page, lang: 'en' | 'zh' = 'en'): Promise<Locator> {
  await page.goto(lessonPath(SANDBOX_LESSON, lang));
  const box = sandbox(page);
  await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  return box;
}

/**
 * The terminal's screen as text, one line per row, without trailing blanks: xterm.js's, which must
 * be loaded (focusTerminal, a Run button). The terminal is scrolled into view first: xterm.js does
 * not redraw a terminal that is out of sight.
 */
export async function screenText(page: Page): Promise<string> {
  const rows = sandbox(page).locator('.xterm-rows');
  await rows.scrollIntoViewIfNeeded();
  return rows
    .evaluate((rows) =>
      [...rows.children]
        .map((row) => (row.textContent ?? '').replace(/\u00a0/g, ' ').trimEnd())
        .join('\n')
        .trimEnd(),
    );
}

/** The static screen the sandbox shows until xterm.js is loaded (src/ui/sandbox/static-screen.ts). */
export const staticScreen = (page: Page): Locator => sandbox(page).locator('[data-screen]');

/**
 * Makes xterm.js load as a learner would, by focusing the static screen (xterm.js then takes the
 * focus), and waits until it is there. Does nothing when it is there already.
 */
export async function loadTerminal(page: Page): Promise<void> {
  const box = sandbox(page);
  await box.evaluate((root) => {
    if (!root.querySelector('.xterm')) root.querySelector<HTMLElement>('[data-screen]')?.focus();
  });
  await box.locator('.xterm-helper-textarea').waitFor({ state: 'attached', timeout: 10_000 });
}

/**
 * Presses Tab until the focus is in the terminal's area: on the static screen, or already on
 * xterm.js, which takes the focus from the static screen as soon as it is loaded.
 */
export async function tabIntoTerminal(page: Page, max = 20): Promise<void> {
  const area = sandbox(page).locator('[data-terminal]');
  for (let i = 0; i < max; i++) {
    await page.keyboard.press('Tab');
    if (await area.evaluate((el) => el.contains(document.activeElement))) return;
  }
  throw new Error(`tabIntoTerminal: not reached in ${max} presses`);
}

export async function focusTerminal(page: Page): Promise<void> {
  await loadTerminal(page);
  await sandbox(page).locator('.xterm-helper-textarea').focus();
}

/** Types a command and Enter, then waits until it has finished; returns its output. */
export async function run(page: Page, command: string, timeout = 10_000): Promise<string> {
  await focusTerminal(page);
  const before = count(await screenText(page), PROMPT + command);
  await page.keyboard.type(command);
  await page.keyboard.press('Enter');
  return finished(page, command, before, timeout);
}

/**
 * Waits until `command` shows once more than `before` times, followed by its output and a fresh
 * prompt at the end of the screen; returns the output.
 */
export async function finished(page: Page, command: string, before: number, timeout = 10_000): Promise<string> {
  let output = '';
  await expect
    .poll(
      async () => {
        const text = await screenText(page);
        if (count(text, PROMPT + command) <= before || !text.endsWith(PROMPT.trimEnd())) return false;
        const after = text.slice(text.lastIndexOf(PROMPT + command) + PROMPT.length + command.length + 1);
        const end = after.lastIndexOf(PROMPT.trimEnd());
        if (end < 0) return false;
        output = after.slice(0, end);
        return true;
      },
      { timeout },
    )
    .toBe(true);
  return output;
}

export function count(text: string, part: string): number {
  return text.split(part).length - 1;
}

/** Pod names in `kubectl get pods` output. */
export function podNames(output: string): string[] {
  return output
    .split('\n')
    .slice(1)
    .map((line) => line.split(/\s+/)[0] ?? '')
    .filter((name) => name !== '');
}
