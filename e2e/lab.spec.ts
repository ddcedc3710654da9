/**
 * A graded lab in a lesson (<Lab id="deployments" />, src/ui/lab/): the student works in the
 * lesson's sandbox, which starts from the lab's starting state; a wrong answer shows the check's
 * explanation, the right commands turn the task green by itself, points add up, and the progress
 * is still there after a reload and on the course map.
 */
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { lessonPath } from './helpers';
import { run, sandbox } from './sandbox-helpers';

test.describe.configure({ timeout: 90_000 });

const LESSON = 'core-objects/deployments';
const SHOTS = 'e2e/test-results';

async function openLab(page: Page, lang: 'en' | 'zh' = 'en'): Promise<Locator> {
  await page.goto(lessonPath(LESSON, lang));
  await expect(sandbox(page)).toHaveAttribute('data-ready-at', /\d/, { timeout: 30_000 });
  const lab = page.locator('[data-kubedojo-lab]');
  await expect(lab).toHaveAttribute('data-state', 'linked');
  return lab;
}

const task = (lab: Locator, id: string) => lab.locator(`[data-task="${id}"]`);

test('a task: a wrong answer is explained, the right one turns it green by itself, points add up, progress stays', async ({ page }) => {
  const lab = await openLab(page);
  // One sandbox, beside the text, started from the lab's state (the namespace shop exists).
  await expect(page.locator('[data-kubedojo-sandbox]')).toHaveCount(1);
  await expect(page.locator('.sandbox-column [data-kubedojo-sandbox]')).toHaveAttribute('data-lab-id', 'deployments');
  expect(await run(page, 'kubectl get ns shop --no-headers')).toMatch(/^shop\s+Active\s+/);

  const create = task(lab, 'create');
  await expect(create).toHaveAttribute('data-status', 'todo');
  await expect(lab.locator('[data-lab-total]')).toHaveText('0 / 10 points');

  // The wrong image: Check says which check fails and why.
  await run(page, 'kubectl create deployment web --image=nginx:1.26 --replicas=2 -n shop');
  await create.getByRole('button', { name: 'Check' }).click();
  await expect(create).toHaveAttribute('data-status', 'failing');
  await expect(create.locator('[data-status-text]')).toHaveText('Not yet');
  const feedback = create.locator('[data-feedback]');
  await expect(feedback).toBeVisible();
  await expect(feedback.locator('li[data-pass="false"]').filter({ hasText: 'expected deployment/web in shop to run nginx:1.27, found nginx:1.26' })).toHaveCount(1);
  await expect(page.locator('[data-lab-live]')).toHaveText('Not yet: Create a Deployment. 0 of 2 checks pass.');
  await page.screenshot({ path: `${SHOTS}/lab-wrong-answer.png` });

  // The right image; no Check pressed: the task turns green as the pods come up.
  await run(page, 'kubectl delete deployment web -n shop');
  await run(page, 'kubectl create deployment web --image=nginx:1.27 --replicas=2 -n shop');
  await sandbox(page).getByRole('button', { name: 'Skip ahead one minute' }).click();
  await expect(create).toHaveAttribute('data-status', 'passed', { timeout: 15_000 });
  await expect(create.locator('[data-status-text]')).toHaveText('Passed');
  await expect(create.locator('[data-task-points]')).toHaveText('2 / 2 points');
  await expect(feedback.locator('li[data-pass="true"]')).toHaveCount(2);
  await expect(lab.locator('[data-lab-total]')).toHaveText('2 / 10 points');
  await expect(page.locator('[data-lab-live]')).toHaveText('Task passed: Create a Deployment');
  await create.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/lab-task-passed.png` });

  // A reload shows the saved status at once, and the course map counts the task.
  await page.reload();
  await expect(task(page.locator('[data-kubedojo-lab]'), 'create')).toHaveAttribute('data-status', 'passed');
  await expect(page.locator('[data-lab-total]')).toHaveText('2 / 10 points');
  await page.goto('./');
  await expect(page.locator(`#course [data-progress-slug="${LESSON}"]`)).toHaveText('1/5 tasks');
});

test('hints one at a time and the solution behind a confirmation, with the keyboard; solved with help', async ({ page }) => {
  const lab = await openLab(page);
  const create = task(lab, 'create');
  const hint = create.getByRole('button', { name: 'Show hint 1 of 2' });
  await hint.focus();
  await page.keyboard.press('Enter');
  await expect(create.locator('[data-hint="0"]')).toBeVisible();
  await expect(create.locator('[data-hint="0"]')).toBeFocused();
  await expect(create.locator('[data-hint="1"]')).toBeHidden();
  await create.getByRole('button', { name: 'Show hint 2 of 2' }).click();
  await expect(create.locator('[data-hint="1"]')).toBeVisible();
  await expect(create.locator('[data-action="hint"]')).toBeHidden();

  // The solution asks first; Cancel (the default) keeps it hidden.
  const show = create.getByRole('button', { name: 'Show solution' });
  await show.focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Show the solution?' });
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(create.locator('[data-solution]')).toBeHidden();
  await expect(show).toBeFocused();
  await page.keyboard.press('Enter');
  await dialog.getByRole('button', { name: 'Show solution' }).click();
  const solution = create.locator('[data-solution]');
  await expect(solution).toBeVisible();
  await expect(solution).toBeFocused();

  // The solution's Run button types it into the sandbox; the task passes "with help".
  await solution.getByRole('button', { name: 'Run' }).click();
  await sandbox(page).getByRole('button', { name: 'Skip ahead one minute' }).click();
  await expect(create).toHaveAttribute('data-status', 'helped', { timeout: 15_000 });
  await expect(create.locator('[data-status-text]')).toHaveText('Solved with help');
  await create.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/lab-solved-with-help.png` });

  // Hints and solution stay open after a reload.
  await page.reload();
  const again = task(page.locator('[data-kubedojo-lab]'), 'create');
  await expect(again).toHaveAttribute('data-status', 'helped');
  await expect(again.locator('[data-hint="1"]')).toBeVisible();
  await expect(again.locator('[data-solution]')).toBeVisible();
});

test('the Chinese page in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  const lab = await openLab(page, 'zh');
  await expect(lab.locator('h2').first()).toHaveText('实验：Deployment：创建、扩缩容、更新、回滚');
  const create = task(lab, 'create');
  await expect(create.locator('[data-status-text]')).toHaveText('待完成');
  await create.getByRole('button', { name: '检查' }).click();
  await expect(create.locator('[data-status-text]')).toHaveText('未通过');
  await expect(create.locator('[data-feedback] li')).toHaveCount(2);
  await create.scrollIntoViewIfNeeded();
  await page.screenshot({ path: `${SHOTS}/lab-zh-dark.png` });
});

test('Reset goes back to the lab’s starting state', async ({ page }) => {
  await openLab(page);
  await run(page, 'kubectl delete namespace shop');
  const box = sandbox(page);
  await box.getByRole('button', { name: 'Reset' }).click();
  await page.getByRole('dialog').getByRole('button', { name: /Reset/ }).click();
  await expect.poll(async () => run(page, 'kubectl get ns shop --no-headers'), { timeout: 20_000 }).toMatch(/^shop\s+Active\s+/);
});

for (const scheme of ['light', 'dark'] as const) {
  test(`the lab has no serious accessibility violations in any state (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    const lab = await openLab(page);
    await run(page, 'kubectl create deployment web --image=nginx:1.26 --replicas=2 -n shop');
    await task(lab, 'create').getByRole('button', { name: 'Check' }).click();
    await expect(task(lab, 'create')).toHaveAttribute('data-status', 'failing');
    await task(lab, 'scale').getByRole('button', { name: 'Show hint' }).click();
    await task(lab, 'update').getByRole('button', { name: 'Show solution' }).click();
    await page.getByRole('dialog', { name: 'Show the solution?' }).getByRole('button', { name: 'Show solution' }).click();
    await run(page, 'kubectl scale deployment web --replicas=4 -n shop');
    await sandbox(page).getByRole('button', { name: 'Skip ahead one minute' }).click();
    await expect(task(lab, 'scale')).toHaveAttribute('data-status', 'passed', { timeout: 15_000 });
    expect(await seriousViolations(page, '[data-kubedojo-lab]')).toEqual([]);
  });
}

test('on a wide screen the tasks sit beside the sandbox', async ({ page }) => {
  await page.setViewportSize({ width: 1680, height: 1000 });
  const lab = await openLab(page);
  await lab.scrollIntoViewIfNeeded();
  const tasks = await lab.boundingBox();
  const box = await sandbox(page).boundingBox();
  expect(tasks && box && box.x > tasks.x + tasks.width).toBe(true);
  await expect(sandbox(page)).toBeInViewport();
  await page.screenshot({ path: `${SHOTS}/lab-wide.png` });
});
