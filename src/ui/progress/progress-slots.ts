/**
 * Fills the progress slots of a page: every element with data-progress-slug="<chapter>/<lesson>"
 * gets a short status ("Visited", "2/5 tasks"). A slot with data-progress-compact shows only a mark,
 * with the words for screen readers.
 */
import { getAllLessonProgress, type LessonProgress } from './index';

const WORDS = {
  en: { none: 'Not started', visited: 'Visited', done: 'Done', tasks: (d: number, t: number) => `${d}/${t} tasks` },
  zh: { none: '未开始', visited: '已学习', done: '已完成', tasks: (d: number, t: number) => `任务 ${d}/${t}` },
};

function describe(progress: LessonProgress | undefined, words: (typeof WORDS)['en']): { text: string; state: string } {
  if (!progress?.visited && !progress?.tasksDone) return { text: words.none, state: 'none' };
  if (progress.tasksTotal > 0 && progress.tasksDone === progress.tasksTotal) return { text: words.done, state: 'done' };
  if (progress.tasksTotal > 0) return { text: words.tasks(progress.tasksDone, progress.tasksTotal), state: 'tasks' };
  return { text: words.visited, state: 'visited' };
}

export async function fillProgressSlots(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement>('[data-progress-slug]');
  if (slots.length === 0) return;
  const words = document.documentElement.lang.startsWith('zh') ? WORDS.zh : WORDS.en;
  const all = await getAllLessonProgress();
  for (const slot of slots) {
    const { text, state } = describe(all.get(slot.dataset['progressSlug'] ?? ''), words);
    slot.dataset['state'] = state;
    if ('progressCompact' in slot.dataset) {
      slot.textContent = '';
      if (state === 'none') continue;
      const label = document.createElement('span');
      label.className = 'visually-hidden';
      label.textContent = text;
      slot.append(label);
    } else {
      slot.textContent = text;
    }
  }
}
