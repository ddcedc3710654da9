/**
 * The browser side of <Lab /> (Lab.astro): shows each task's saved status at once, then links to
 * the lesson's sandbox (the one started from this lab, sandbox-link.ts) and follows the worker's
 * gradings (`lab-status` after every command and as the cluster changes; `lab-check` for the Check
 * button). The rules of what a task shows are in lab-state.ts; this file only reads and writes the
 * DOM and the progress database.
 */
import { setLessonTasks } from '../progress';
import { fillProgressSlots } from '../progress/progress-slots';
import { getLabTasks, putTaskRecord, type TaskRecord } from '../progress/tasks';
import { isLang } from '../i18n/lang';
import type { LabResults, TaskResult } from '../sandbox/worker-lab-results';
import { labTotals, recordAfterHint, recordAfterResult, recordAfterSolution, taskState, type RecordContext, type TaskState } from './lab-state';
import type { TaskMeta } from './lab-view';
import { sandboxClient } from './sandbox-link';
import { LAB_STRINGS, type LabStrings } from './strings';

let started = false;
/** Tasks done and total of every lab on the page, by lab id: the lesson's progress is their sum. */
const pageTasks = new Map<string, { done: number; total: number }>();
let lastLessonWrite = '';

export function startLabs(): void {
  if (started) return;
  started = true;
  for (const root of document.querySelectorAll<HTMLElement>('[data-kubedojo-lab]')) void new LabOnPage(root).start();
}

function lessonSlug(): string {
  return document.querySelector<HTMLElement>('[data-lesson-slug]')?.dataset['lessonSlug'] ?? '';
}

/** The lesson's tasksDone/tasksTotal follow the labs on its page (the course map shows them). */
async function syncLesson(): Promise<void> {
  const slug = lessonSlug();
  if (!slug) return;
  let done = 0;
  let total = 0;
  for (const t of pageTasks.values()) (done += t.done), (total += t.total);
  const key = `${done}/${total}`;
  if (key === lastLessonWrite) return;
  lastLessonWrite = key;
  await setLessonTasks(slug, done, total);
  await fillProgressSlots();
}

class LabOnPage {
  private readonly id: string;
  private readonly words: LabStrings;
  private readonly tasks: TaskMeta[];
  private records = new Map<string, TaskRecord>();
  private readonly live = new Map<string, TaskResult>();
  /** Tasks whose Check button was pressed on this page: they show their checks' feedback. */
  private readonly checked = new Set<string>();
  private readonly liveRegion: HTMLElement | null;

  constructor(private readonly root: HTMLElement) {
    this.id = root.dataset['labId'] ?? '';
    const lang = root.dataset['labLang'] ?? 'en';
    this.words = LAB_STRINGS[isLang(lang) ? lang : 'en'];
    this.tasks = [...root.querySelectorAll<HTMLElement>('[data-task]')].map((el) => ({
      id: el.dataset['task'] ?? '',
      points: Number(el.dataset['points'] ?? 0),
      hints: Number(el.dataset['hints'] ?? 0),
    }));
    this.liveRegion = root.querySelector('[data-lab-live]');
  }

  async start(): Promise<void> {
    this.records = await getLabTasks(this.id);
    this.render();
    this.root.dataset['state'] = 'loaded';
    this.bindButtons();
    const sandbox = document.querySelector(`[data-kubedojo-sandbox][data-lab-id="${CSS.escape(this.id)}"]`);
    if (!sandbox) {
      this.root.querySelector<HTMLElement>('[data-lab-nosandbox]')?.removeAttribute('hidden');
      return;
    }
    const client = await sandboxClient(sandbox);
    client.on('lab-status', (m) => this.apply(m.results));
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-action="check"]')) {
      b.disabled = false;
      b.addEventListener('click', () => {
        const task = this.taskOf(b);
        if (!task) return;
        b.disabled = true;
        b.textContent = this.words.checking;
        void client.request({ type: 'lab-check' }).then((answer) => {
          b.disabled = false;
          b.textContent = this.words.check;
          if (answer.type !== 'lab-checked') return;
          this.checked.add(task.id);
          this.apply(answer.results);
          this.announceCheck(task);
        });
      });
    }
    this.root.dataset['state'] = 'linked';
  }

  private context(): RecordContext {
    return { lab: this.id, lesson: lessonSlug(), now: new Date().toISOString() };
  }

  private taskOf(element: Element): TaskMeta | undefined {
    const id = element.closest<HTMLElement>('[data-task]')?.dataset['task'];
    return this.tasks.find((t) => t.id === id);
  }

  private save(record: TaskRecord): void {
    this.records.set(record.task, record);
    void putTaskRecord(record);
  }

  /** A grading from the worker: saves what changed, announces tasks that just passed, redraws. */
  private apply(results: LabResults): void {
    if (results.lab !== this.id) return;
    const ctx = this.context();
    for (const result of results.tasks) {
      const meta = this.tasks.find((t) => t.id === result.id);
      if (!meta) continue;
      this.live.set(result.id, result);
      const before = this.records.get(meta.id);
      const after = recordAfterResult(meta, before, result, ctx);
      if (!after) continue;
      this.save(after);
      if (after.status !== 'open' && before?.status !== after.status) {
        const title = this.titleOf(meta.id);
        this.announce(after.status === 'helped' ? this.words.announceHelped(title) : this.words.announcePassed(title));
      }
    }
    this.render();
  }

  private bindButtons(): void {
    const dialog = this.root.querySelector<HTMLDialogElement>('[data-solution-dialog]');
    let asking: TaskMeta | undefined;
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-action="hint"]')) {
      b.addEventListener('click', () => {
        const task = this.taskOf(b);
        if (!task) return;
        const record = recordAfterHint(task, this.records.get(task.id), this.context());
        this.save(record);
        this.render();
        this.element(task.id)?.querySelector<HTMLElement>(`[data-hint="${record.hintsShown - 1}"]`)?.focus();
      });
    }
    for (const b of this.root.querySelectorAll<HTMLButtonElement>('[data-action="solution"]')) {
      b.addEventListener('click', () => {
        asking = this.taskOf(b);
        if (!asking || !dialog) return;
        dialog.returnValue = '';
        dialog.showModal();
      });
    }
    dialog?.addEventListener('close', () => {
      const task = asking;
      asking = undefined;
      if (!task) return;
      const element = this.element(task.id);
      if (dialog.returnValue !== 'show') {
        element?.querySelector<HTMLElement>('[data-action="solution"]')?.focus();
        return;
      }
      this.save(recordAfterSolution(task, this.records.get(task.id), this.context()));
      this.render();
      element?.querySelector<HTMLElement>('[data-solution]')?.focus();
    });
  }

  private element(taskId: string): HTMLElement | null {
    return this.root.querySelector<HTMLElement>(`[data-task="${CSS.escape(taskId)}"]`);
  }

  private titleOf(taskId: string): string {
    return this.element(taskId)?.querySelector('.kd-lab-task-title span:last-child')?.textContent?.trim() ?? taskId;
  }

  private announce(text: string): void {
    if (!this.liveRegion) return;
    // A change of text is what screen readers read: clear first, so the same words twice are read twice.
    this.liveRegion.textContent = '';
    requestAnimationFrame(() => {
      if (this.liveRegion) this.liveRegion.textContent = text;
    });
  }

  private announceCheck(task: TaskMeta): void {
    const state = taskState(task, this.records.get(task.id), this.live.get(task.id), true);
    const title = this.titleOf(task.id);
    if (state.status === 'passed') return this.announce(this.words.announcePassed(title));
    if (state.status === 'helped') return this.announce(this.words.announceHelped(title));
    const checks = this.live.get(task.id)?.checks ?? [];
    this.announce(this.words.announceNotYet(title, checks.filter((c) => c.pass).length, checks.length));
  }

  private render(): void {
    const states: TaskState[] = [];
    for (const task of this.tasks) {
      const state = taskState(task, this.records.get(task.id), this.live.get(task.id), this.checked.has(task.id));
      states.push(state);
      const el = this.element(task.id);
      if (el) this.renderTask(el, task, state);
    }
    const totals = labTotals(states);
    const total = this.root.querySelector('[data-lab-total]');
    if (total) total.textContent = this.words.points(totals.earned, totals.points);
    this.root.dataset['done'] = `${totals.done}/${totals.total}`;
    pageTasks.set(this.id, { done: totals.done, total: totals.total });
    void syncLesson();
  }

  private renderTask(el: HTMLElement, task: TaskMeta, state: TaskState): void {
    const w = this.words;
    el.dataset['status'] = state.status;
    setText(el.querySelector('[data-status-text]'), w.status[state.status]);
    setText(el.querySelector('[data-task-points]'), w.points(state.earned, state.points));
    el.querySelector('[data-changed]')?.toggleAttribute('hidden', !state.changedSince);
    el.querySelectorAll<HTMLElement>('[data-hint]').forEach((hint, i) => hint.toggleAttribute('hidden', i >= state.hintsShown));
    const hintButton = el.querySelector<HTMLElement>('[data-action="hint"]');
    if (hintButton) {
      hintButton.toggleAttribute('hidden', state.hintsShown >= task.hints);
      setText(hintButton, w.hint(state.hintsShown + 1, task.hints));
    }
    el.querySelector('[data-solution]')?.toggleAttribute('hidden', !state.solutionShown);
    el.querySelector('[data-action="solution"]')?.toggleAttribute('hidden', state.solutionShown);
    this.renderFeedback(el, task);
  }

  /** The checks' feedback of a task checked on this page, as of the latest grading. */
  private renderFeedback(el: HTMLElement, task: TaskMeta): void {
    const box = el.querySelector<HTMLElement>('[data-feedback]');
    const list = box?.querySelector('[data-checks]');
    const live = this.live.get(task.id);
    if (!box || !list) return;
    if (!this.checked.has(task.id) || !live) return void box.setAttribute('hidden', '');
    box.removeAttribute('hidden');
    const key = JSON.stringify(live.checks);
    if (list.getAttribute('data-key') === key) return;
    list.setAttribute('data-key', key);
    list.replaceChildren(
      ...live.checks.map((c) => {
        const item = document.createElement('li');
        item.dataset['pass'] = String(c.pass);
        const mark = document.createElement('span');
        mark.className = 'kd-lab-mark';
        mark.setAttribute('aria-hidden', 'true');
        mark.textContent = c.pass ? '✓' : '✗';
        const said = document.createElement('span');
        said.className = 'visually-hidden';
        said.textContent = `${c.pass ? this.words.checkPass : this.words.checkFail}: `;
        const message = document.createElement('span');
        message.textContent = c.message;
        item.append(mark, said, message);
        return item;
      }),
    );
  }
}

function setText(el: Element | null, text: string): void {
  if (el && el.textContent !== text) el.textContent = text;
}
