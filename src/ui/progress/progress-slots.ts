/**
 * Fills the progress slots of a page: every element with data-progress-slug="<chapter>/<lesson>"
 * gets a short status ("Visited", "2/5 tasks", "Visited · quiz 3/4"; words in slot-text.ts). A slot
 * with data-progress-compact shows only a mark, with the words for screen readers.
 */
import { getAllLessonProgress } from './index';
import { getQuizScoresByLesson } from './quizzes';
import { SLOT_WORDS, slotText } from './slot-text';

export async function fillProgressSlots(): Promise<void> {
  const slots = document.querySelectorAll<HTMLElement>('[data-progress-slug]');
  if (slots.length === 0) return;
  const words = document.documentElement.lang.startsWith('zh') ? SLOT_WORDS.zh : SLOT_WORDS.en;
  const [lessons, quizzes] = await Promise.all([getAllLessonProgress(), getQuizScoresByLesson()]);
  for (const slot of slots) {
    const slug = slot.dataset['progressSlug'] ?? '';
    const { text, state, quiz } = slotText(lessons.get(slug), quizzes.get(slug), words);
    slot.dataset['state'] = state;
    if (quiz) slot.dataset['quiz'] = quiz;
    else delete slot.dataset['quiz'];
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
