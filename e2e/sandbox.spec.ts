import { expect, test } from '@playwright/test';
import { seriousViolations } from './axe';
import { lessonPath, screenshot, tabUntil } from './helpers';
import { count, finished, focusTerminal, openSandbox, podNames, PROMPT, run, sandbox, SANDBOX_LESSON, screenText, tabIntoTerminal } from './sandbox-helpers';

test.describe.configure({ timeout: 60_000 });

test('a deployment comes up in the terminal and in the picture, and survives a reload', async ({ page }) => {
  const box = await openSandbox(page);
  await expect(box).toHaveAttribute('data-real-time', 'true');
  expect(await run(page, 'kubectl create deployment web --image=nginx --replicas=2')).toBe('deployment.apps/web created\n');
  await box.getByRole('button', { name: 'Skip ahead one minute' }).click();
  const output = await run(page, 'kubectl get pods');
  const names = podNames(output);
  expect(names).toHaveLength(2);
  expect(output.split('\n').slice(1, 3).every((line) => /\s1\/1\s+Running\s/.test(line))).toBe(true);
  // The picture shows the same two pods, Running.
  for (const name of names) await expect(box.locator('.kd-sandbox-picture')).toContainText(name.slice(0, 14));
  await expect(box.locator('[data-summary]')).toHaveText('3 nodes, 2 pods: 2 Running');
  await screenshot(page, 'sandbox-pods-running');
  await box.screenshot({ path: 'test-results/screenshots/sandbox-component.png' });

  // Saved after the command: a reload brings back the same cluster, the same pod names.
  await page.waitForTimeout(600);
  await page.reload();
  await expect(sandbox(page)).toHaveAttribute('data-origin', 'saved', { timeout: 20_000 });
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/);
  expect(podNames(await run(page, 'kubectl get pods'))).toEqual(names);
  // History came back too: ↑ recalls the last command.
  await focusTerminal(page);
  await page.keyboard.press('ArrowUp');
  await expect.poll(() => screenText(page)).toMatch(/controlplane:~\$ kubectl get pods$/);
});

test('a Run button types its command into the sandbox and runs it', async ({ page }) => {
  await openSandbox(page);
  const block = page.locator('.code-block[data-run-command="kubectl create deployment web --image=nginx --replicas=2"]');
  await block.getByRole('button', { name: 'Run' }).click();
  await finished(page, 'kubectl create deployment web --image=nginx --replicas=2', 0);
  expect(await screenText(page)).toContain('deployment.apps/web created');
  await expect(block.locator('.code-note')).toHaveCount(0);
});

test('a page that is only read never loads the commands; pointing at a Run button loads them', async ({ browser, baseURL }) => {
  // Without the service worker, so that every request the worker makes is seen.
  const context = await browser.newContext({ baseURL, serviceWorkers: 'block' });
  const page = await context.newPage();
  const commands: string[] = [];
  const clusterParts: string[] = [];
  page.on('request', (request) => {
    if (/\/command-parts-[\w-]+\.js$/.test(request.url())) commands.push(request.url());
    if (/\/(catalog-part|validation)-[\w-]+\.js$/.test(request.url())) clusterParts.push(request.url());
  });
  await page.goto(lessonPath(SANDBOX_LESSON));
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  await page.waitForLoadState('networkidle');
  await page.waitForTimeout(500);
  expect(commands).toEqual([]);
  // What the running cluster needs (the image catalog, the API's validation) comes by itself after the prompt.
  expect(clusterParts).toHaveLength(2);
  const block = page.locator('.code-block[data-run-command="kubectl get pods"]');
  await block.getByRole('button', { name: 'Run' }).hover();
  await expect.poll(() => commands.length).toBe(1);
  await block.getByRole('button', { name: 'Run' }).click();
  await finished(page, 'kubectl get pods', 0);
  expect(await screenText(page)).toContain('No resources found in default namespace.');
  expect(commands).toHaveLength(1);
  await context.close();
});

test('Tab completes a pod name, twice lists the choices', async ({ page }) => {
  await openSandbox(page);
  await run(page, 'kubectl run solo --image=nginx');
  await focusTerminal(page);
  await page.keyboard.type('kubectl describe pod so');
  await page.keyboard.press('Tab');
  await expect.poll(() => screenText(page)).toMatch(/controlplane:~\$ kubectl describe pod solo$/);
  await page.keyboard.press('Control+U');
  await page.keyboard.type('kubectl get n');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect.poll(() => screenText(page)).toMatch(/namespaces\s+.*nodes/s);
  await screenshot(page, 'sandbox-tab-listing');
});

test('a click on a pod in the picture shows kubectl describe for it', async ({ page }) => {
  const box = await openSandbox(page);
  await run(page, 'kubectl run solo --image=nginx');
  const chip = box.locator('.kd-sandbox-picture').getByRole('button', { name: /solo/ });
  await chip.click();
  const dialog = page.getByRole('dialog', { name: 'kubectl describe pod solo' });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText('Name:             solo');
  await screenshot(page, 'sandbox-describe-panel');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
});

test('vi opens the editor panel over the terminal and saves back into the shell', async ({ page }) => {
  const box = await openSandbox(page);
  await run(page, 'echo first > notes.txt');
  await focusTerminal(page);
  await page.keyboard.type('vi notes.txt');
  await page.keyboard.press('Enter');
  const editor = box.locator('.kd-ed');
  await expect(editor).toBeVisible();
  await expect(editor.locator('textarea')).toBeFocused();
  await page.keyboard.press('G');
  await page.keyboard.press('o');
  await page.keyboard.type('second');
  await page.keyboard.press('Escape');
  await screenshot(page, 'sandbox-editor');
  await editor.getByRole('button', { name: 'Save and close' }).click();
  await expect(editor).toBeHidden();
  expect(await run(page, 'cat notes.txt')).toBe('first\nsecond\n');
});

test('Reset asks first, then gives a fresh cluster', async ({ page }) => {
  const box = await openSandbox(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  await box.getByRole('button', { name: 'Reset', exact: true }).click();
  const dialog = page.getByRole('dialog', { name: 'Reset the cluster?' });
  await expect(dialog).toBeVisible();
  await screenshot(page, 'sandbox-reset-dialog');
  await dialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(dialog).toBeHidden();
  expect(await run(page, 'kubectl get deploy -o name')).toBe('deployment.apps/web\n');

  await box.getByRole('button', { name: 'Reset', exact: true }).click();
  await dialog.getByRole('button', { name: 'Reset cluster' }).click();
  await expect.poll(() => screenText(page)).toBe(PROMPT.trimEnd());
  expect(await run(page, 'kubectl get deploy')).toBe('No resources found in default namespace.\n');
});

test('keyboard only: controls, into the terminal, out again with Esc then Tab', async ({ page }) => {
  const box = await openSandbox(page);
  const pause = box.getByRole('button', { name: 'Pause' });
  await tabUntil(page, pause, 80);
  await page.keyboard.press('Enter');
  await expect(pause).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('Space');
  await expect(pause).toHaveAttribute('aria-pressed', 'false');
  // Tab reaches the static screen; it loads xterm.js, which takes the focus.
  await tabIntoTerminal(page);
  const textarea = box.locator('.xterm-helper-textarea');
  await expect(textarea).toBeFocused();
  await screenshot(page, 'sandbox-keyboard-terminal-focus');
  const before = count(await screenText(page), `${PROMPT}kubectl get nodes`);
  await page.keyboard.type('kubectl get no');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Enter');
  const nodes = await finished(page, 'kubectl get nodes', before);
  expect(nodes.split('\n')[0]).toMatch(/^NAME\s+STATUS\s+ROLES\s+AGE\s+VERSION$/);
  // Tab inside the terminal completes; Esc then Tab moves on to the next control.
  await page.keyboard.press('Escape');
  await page.keyboard.press('Tab');
  await expect(textarea).not.toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await expect(textarea).toBeFocused();
});

test('sleep takes real time and Ctrl-C stops a watch', async ({ page }) => {
  await openSandbox(page);
  await focusTerminal(page);
  const before = count(await screenText(page), `${PROMPT}sleep 2`);
  await page.keyboard.type('sleep 2');
  const started = Date.now();
  await page.keyboard.press('Enter');
  await expect.poll(async () => count(await screenText(page), `${PROMPT}sleep 2`) > before && (await screenText(page)).endsWith(PROMPT.trimEnd()), { intervals: [50], timeout: 10_000 }).toBe(true);
  const took = Date.now() - started;
  expect(took).toBeGreaterThan(1900);
  expect(took).toBeLessThan(4500);

  await run(page, 'kubectl create deployment web --image=nginx --replicas=2');
  await focusTerminal(page);
  await page.keyboard.type('kubectl get pods -w');
  await page.keyboard.press('Enter');
  // The watch prints the pods as they change, and goes on.
  await expect.poll(() => screenText(page), { timeout: 15_000 }).toMatch(/web-\S+\s+1\/1\s+Running/);
  await page.waitForTimeout(500);
  expect(await screenText(page)).not.toMatch(/\n\S+\$$/);
  await page.keyboard.press('Control+C');
  await expect.poll(() => screenText(page)).toMatch(/\^C\s*\ncontrolplane:~\$$/);
  expect(await run(page, 'echo $?')).toBe('130\n');
  await screenshot(page, 'sandbox-watch-interrupted');
});

test('the Chinese lesson renders the sandbox in Chinese', async ({ page }) => {
  const box = await openSandbox(page, 'zh');
  await expect(box.getByRole('button', { name: '重置' })).toBeVisible();
  await expect(box.getByText('集群时间')).toBeVisible();
  expect(await run(page, 'kubectl get ns default -o name')).toBe('namespace/default\n');
  await screenshot(page, 'sandbox-zh');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the sandbox lesson has no serious accessibility violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openSandbox(page);
    await run(page, 'kubectl create deployment web --image=nginx --replicas=2');
    expect(await seriousViolations(page)).toEqual([]);
  });
}

test('a save that cannot be read is set aside with a notice, and a fresh cluster starts', async ({ page }) => {
  await openSandbox(page);
  // Plant the broken record from a page without a sandbox: the lesson's own save on pagehide
  // would otherwise overwrite it on the way out.
  await page.goto('./');
  await page.waitForTimeout(500);
  await page.evaluate(
    (id) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('kubedojo-sandboxes', 1);
        open.onsuccess = () => {
          const tx = open.result.transaction('sandboxes', 'readwrite');
          tx.objectStore('sandboxes').put({ schema: 1, id, seed: 7, snapshot: '{"broken": ' }, id);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    SANDBOX_LESSON,
  );
  await page.goto(lessonPath(SANDBOX_LESSON));
  const box = sandbox(page);
  await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  await expect(box).toHaveAttribute('data-origin', 'preboot');
  await expect(box.locator('[data-notice="corrupt"]')).toContainText('Your saved cluster could not be read');
  await expect(box.locator('[data-notice="corrupt"]')).toContainText(`corrupt-`);
  await screenshot(page, 'sandbox-corrupt-notice');
});

test('after a first visit the lesson and its sandbox work offline', async ({ page, context }) => {
  await openSandbox(page);
  await run(page, 'kubectl create deployment web --image=nginx');
  await page.waitForTimeout(600);
  await context.setOffline(true);
  await page.reload();
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Your first Deployment');
  expect(await run(page, 'kubectl get deploy -o name')).toBe('deployment.apps/web\n');
  await context.setOffline(false);
});

test.describe('without cross-origin isolation', () => {
  test.use({ serviceWorkers: 'block' });

  test('waits run instantly, with a notice, and nothing breaks', async ({ page }) => {
    await page.goto(lessonPath(SANDBOX_LESSON));
    const box = sandbox(page);
    await expect(box).toHaveAttribute('data-ready-at', /\d/, { timeout: 20_000 });
    await expect(box).toHaveAttribute('data-real-time', 'false');
    await expect(box.locator('[data-notice="instant-waits"]')).toContainText('Waits run instantly here');
    const started = Date.now();
    await run(page, 'sleep 30');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await run(page, 'kubectl get deploy')).toBe('No resources found in default namespace.\n');
  });
});
