/**
 * Quizzes in a lesson and progress as a file: grading with explanations, answers kept across a
 * reload, the quiz score on the course map, export → clear the site's data → import, and a damaged
 * file refused without touching the progress. Screenshots: test-results/screenshots/quiz-*.png.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { seriousViolations } from './axe';
import { lessonPath, screenshot } from './helpers';

const PODS = 'core-objects/pods';
const CONTROLLERS = 'core-objects/controllers';

const quiz = (page: Page, id: string) => page.locator(`section[data-quiz="${id}"]`);
const question = (page: Page, quizId: string, id: string) => quiz(page, quizId).locator(`fieldset[data-question="${id}"]`);
const mapSlot = (page: Page, slug: string) => page.locator(`#course [data-progress-slug="${slug}"]`);

/**
 * Opens a lesson and, when it has a sandbox, waits until the page is cross-origin isolated: the
 * first visit reloads once for that (src/ui/sandbox/isolation.ts), which would drop quiz choices.
 */
async function openLesson(page: Page, slug: string, lang: 'en' | 'zh' = 'en'): Promise<void> {
  await page.goto(lessonPath(slug, lang));
  if ((await page.locator('[data-kubedojo-sandbox]').count()) > 0) {
    await expect.poll(() => page.evaluate(() => globalThis.crossOriginIsolated).catch(() => false), { timeout: 15_000 }).toBe(true);
  }
  // Its quizzes answer a check once their script has set them up.
  for (const section of await page.locator('section[data-quiz]').all()) await expect(section).toHaveAttribute('data-ready', '');
}

/** Answers the controllers quiz with the mouse: the first question wrong, the rest right. */
async function answerControllers(page: Page): Promise<void> {
  const q = (id: string) => question(page, 'controllers', id);
  await q('loop-steps').getByRole('radio', { name: 'It asks the scheduler which pods should exist.' }).check();
  await q('scale-rs-of-deployment').getByRole('radio', { name: /The deployment controller sets the ReplicaSet back to 3/ }).check();
  await q('who-starts-containers').getByRole('radio', { name: /The kubelet of the node/ }).check();
  await q('daemonset').getByRole('radio', { name: /Three, one per node/ }).check();
  await q('gc').getByRole('checkbox', { name: /carries an ownerReference/ }).check();
  await q('gc').getByRole('checkbox', { name: /Deleting a Deployment normally deletes/ }).check();
  await quiz(page, 'controllers').getByRole('button', { name: 'Check answers' }).click();
  await expect(quiz(page, 'controllers').locator('.quiz-status')).toHaveText('4 of 5 right.');
}

/** A picture of one element, from a full-page shot so that the sticky header does not cover it. */
async function shoot(page: Page, target: Locator, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  const box = await target.boundingBox();
  if (!box) throw new Error(`shoot: ${name} is not visible`);
  await page.screenshot({
    path: `test-results/screenshots/${name}.png`,
    fullPage: true,
    clip: { x: box.x - 8, y: box.y - 8, width: box.width + 16, height: box.height + 16 },
  });
}

/** Removes everything the site stored in this browser (as "Clear site data" does). */
async function clearSiteData(page: Page): Promise<void> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(page.url()).origin, storageTypes: 'all' });
  await cdp.detach();
}

test('a wrong answer shows the explanation, right ones the score, and answers survive a reload', async ({ page }) => {
  await openLesson(page, PODS);
  const pods = quiz(page, 'pods');
  await expect(pods.locator('h2')).toHaveText('Quiz: Pods');

  await pods.getByRole('button', { name: 'Check answers' }).click();
  await expect(pods.locator('.quiz-status')).toHaveText('Answer every question first: 2 are still open.');

  const pull = question(page, 'pods', 'image-pull');
  const change = question(page, 'pods', 'change-in-place');
  await pull.getByRole('radio', { name: 'Restarting a container that keeps crashing' }).check();
  await change.getByRole('checkbox', { name: 'a container’s image' }).check();
  await change.getByRole('checkbox', { name: 'its labels' }).check();
  await pods.getByRole('button', { name: 'Check answers' }).click();

  await expect(pull).toHaveAttribute('data-result', 'wrong');
  await expect(pull.locator('.quiz-verdict')).toHaveText('Not quite.');
  await expect(pull.locator('.quiz-explanation')).toHaveText(
    'The pull failed (ErrImagePull); the kubelet retries with an exponential back-off, shown as ImagePullBackOff.',
  );
  await expect(pull.locator('[data-option="a"] .quiz-mark')).toHaveText('your answer, wrong');
  await expect(pull.locator('[data-option="b"] .quiz-mark')).toHaveText('a right answer');
  await expect(change).toHaveAttribute('data-result', 'right');
  await expect(change.locator('.quiz-verdict')).toHaveText('Right.');
  await expect(pods.locator('.quiz-status')).toHaveText('1 of 2 right.');
  await expect(pods.locator('.quiz-status')).toBeFocused();
  await shoot(page, pods, 'quiz-graded-light');

  await page.reload();
  await expect(pods.locator('.quiz-status')).toHaveText('1 of 2 right.');
  await expect(pull.getByRole('radio', { name: /Restarting a container/ })).toBeChecked();
  await expect(change.getByRole('checkbox', { name: /its labels/ })).toBeChecked();
  await expect(pull.locator('.quiz-explanation')).toBeVisible();

  await page.goto('./');
  // The pods lesson also has a lab: its slot says "0/3 tasks" rather than "Visited" then.
  await expect(mapSlot(page, PODS)).toHaveText(/^(Visited|\d+\/\d+ tasks) · quiz 1\/2$/);
  await shoot(page, page.locator('#course .chapter[data-chapter="core-objects"]'), 'quiz-course-map');

  await openLesson(page, PODS);
  await pods.getByRole('button', { name: 'Try again' }).click();
  await expect(pull.getByRole('radio', { name: /Restarting a container/ })).not.toBeChecked();
  await expect(pull.locator('.quiz-feedback')).toBeHidden();
  await expect(pods.locator('.quiz-status')).toHaveText('');
  await pull.getByRole('radio', { name: /Waiting longer and longer/ }).check();
  await change.getByRole('checkbox', { name: 'a container’s image' }).check();
  await change.getByRole('checkbox', { name: 'its labels' }).check();
  await pods.getByRole('button', { name: 'Check answers' }).click();
  await expect(pods.locator('.quiz-status')).toHaveText('2 of 2 right.');
  await page.goto('./');
  await expect(mapSlot(page, PODS)).toHaveText(/^(Visited|\d+\/\d+ tasks) · quiz 2\/2$/);
});

test('a quiz can be taken with the keyboard alone, in Chinese, in the dark theme', async ({ page }) => {
  await page.emulateMedia({ colorScheme: 'dark' });
  await openLesson(page, CONTROLLERS, 'zh');
  const controllers = quiz(page, 'controllers');
  await expect(controllers.locator('h2')).toHaveText('测验：控制器与调谐循环');
  const first = question(page, 'controllers', 'loop-steps').locator('input').first();
  // The focus is put on the quiz's first option (reaching it by Tab from the top of a long lesson is
  // keyboard.spec.ts's matter); from there on, only keys.
  await first.focus();
  // Radio groups: arrows move and choose; Tab goes to the next group. Check boxes: Space.
  await page.keyboard.press('ArrowDown'); // loop-steps: b
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // scale-rs-of-deployment: c
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown'); // who-starts-containers: b
  await page.keyboard.press('Tab');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown'); // daemonset: c
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // gc: owner-ref
  await page.keyboard.press('Tab');
  await page.keyboard.press('Space'); // gc: cascade
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  await expect(controllers.getByRole('button', { name: '检查答案' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(controllers.locator('.quiz-status')).toHaveText('答对 5 题，共 5 题。');
  await expect(question(page, 'controllers', 'gc').locator('.quiz-verdict')).toHaveText('正确。');
  await shoot(page, controllers, 'quiz-zh-dark');
  await page.keyboard.press('Tab');
  await expect(controllers.getByRole('button', { name: '重新作答' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(first).toBeFocused();
  await expect(controllers.locator('.quiz-status')).toHaveText('');
});

test('progress exported as a file comes back after the site data is cleared', async ({ page }, testInfo) => {
  await openLesson(page, CONTROLLERS);
  await answerControllers(page);
  await page.goto('./');
  await expect(mapSlot(page, CONTROLLERS)).toHaveText('Visited · quiz 4/5');

  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export progress' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^kubedojo-progress-\d{4}-\d{2}-\d{2}\.json$/);
  const saved = testInfo.outputPath(file.suggestedFilename());
  await file.saveAs(saved);
  const doc = JSON.parse(readFileSync(saved, 'utf8')) as Record<string, unknown>;
  expect([doc['format'], doc['version']]).toEqual(['kubedojo-progress', 1]);
  expect(doc['lessons']).toEqual([{ slug: CONTROLLERS, visited: true, tasksDone: 0, tasksTotal: 0 }]);
  expect(doc['quizzes']).toMatchObject([{ quiz: 'controllers', lesson: CONTROLLERS, correct: 4, total: 5 }]);
  await expect(page.locator('[data-transfer-status]')).toHaveText(`Progress saved as ${file.suggestedFilename()}.`);

  await clearSiteData(page);
  await page.reload();
  await expect(mapSlot(page, CONTROLLERS)).toHaveText('Not started');

  const chooser = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await chooser).setFiles(saved);
  await expect(page.locator('[data-transfer-status]')).toHaveText(`Imported ${file.suggestedFilename()}: took 1 lesson, 1 quiz.`);
  await expect(mapSlot(page, CONTROLLERS)).toHaveText('Visited · quiz 4/5');
  await page.locator('.progress-transfer').scrollIntoViewIfNeeded();
  await screenshot(page, 'quiz-progress-imported');

  // The same file again changes nothing; the quiz comes back in its lesson.
  const again = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import progress' }).click();
  await (await again).setFiles(saved);
  await expect(page.locator('[data-transfer-status]')).toHaveText(`Imported ${file.suggestedFilename()}: nothing new. 2 records were already up to date here.`);
  await openLesson(page, CONTROLLERS);
  await expect(quiz(page, 'controllers').locator('.quiz-status')).toHaveText('4 of 5 right.');
});

test('a damaged or foreign file is refused and the progress stays', async ({ page }, testInfo) => {
  await openLesson(page, CONTROLLERS);
  await answerControllers(page);
  await page.goto('./');
  await expect(mapSlot(page, CONTROLLERS)).toHaveText('Visited · quiz 4/5');

  const cases = [
    { name: 'cut.json', text: '{"format":"kubedojo-progress","version":1,"lessons":[{"slug":', says: 'That file is damaged: it is not valid JSON. Your progress is unchanged.' },
    { name: 'other.json', text: '{"name":"some other app","lessons":[]}', says: 'That is not a Kubedojo progress file. Your progress is unchanged.' },
    {
      name: 'future.json',
      text: '{"format":"kubedojo-progress","version":9,"lessons":[]}',
      says: 'That file comes from a newer version of Kubedojo (format version 9); reload the page to get the new version, then import again. Your progress is unchanged.',
    },
  ];
  for (const { name, text, says } of cases) {
    const path = testInfo.outputPath(name);
    writeFileSync(path, text);
    const chooser = page.waitForEvent('filechooser');
    await page.getByRole('button', { name: 'Import progress' }).click();
    await (await chooser).setFiles(path);
    await expect(page.locator('[data-transfer-status]')).toHaveText(says);
    await expect(page.locator('[data-transfer-status]')).toHaveAttribute('data-kind', 'problem');
  }
  await page.locator('.progress-transfer').scrollIntoViewIfNeeded();
  await screenshot(page, 'quiz-progress-damaged');
  await page.reload();
  await expect(mapSlot(page, CONTROLLERS)).toHaveText('Visited · quiz 4/5');
});

for (const scheme of ['light', 'dark'] as const) {
  test(`a graded quiz has no serious accessibility violations (${scheme} theme)`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openLesson(page, PODS);
    await question(page, 'pods', 'image-pull').getByRole('radio', { name: /Restarting a container/ }).check();
    await question(page, 'pods', 'change-in-place').getByRole('checkbox', { name: /its labels/ }).check();
    await quiz(page, 'pods').getByRole('button', { name: 'Check answers' }).click();
    await expect(quiz(page, 'pods').locator('.quiz-status')).toHaveText('0 of 2 right.');
    expect(await seriousViolations(page, 'section[data-quiz="pods"]')).toEqual([]);
    await shoot(page, quiz(page, 'pods'), `quiz-wrong-${scheme}`);
  });
}
