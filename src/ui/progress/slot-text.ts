/**
 * What a progress slot says about one lesson: "Not started", "Visited", "2/5 tasks", "Done", and
 * the quiz score beside it when the lesson's quiz was taken ("Visited · quiz 3/4"). Pure, so the
 * words are tested without a page.
 */
import type { QuizScore } from './quizzes';
import type { LessonProgress } from './record';

export interface SlotWords {
  none: string;
  visited: string;
  done: string;
  tasks: (done: number, total: number) => string;
  quiz: (correct: number, total: number) => string;
}

export const SLOT_WORDS: { en: SlotWords; zh: SlotWords } = {
  en: {
    none: 'Not started',
    visited: 'Visited',
    done: 'Done',
    tasks: (d, t) => `${d}/${t} tasks`,
    quiz: (c, t) => `quiz ${c}/${t}`,
  },
  zh: {
    none: '未开始',
    visited: '已学习',
    done: '已完成',
    tasks: (d, t) => `任务 ${d}/${t}`,
    quiz: (c, t) => `测验 ${c}/${t}`,
  },
};

/** none | visited | tasks | done: the lesson's state, which styles the slot (data-state). */
export type SlotState = 'none' | 'visited' | 'tasks' | 'done';

export interface SlotText {
  text: string;
  state: SlotState;
  /** The quiz part alone, when there is one ("quiz 3/4"). */
  quiz?: string;
}

function lessonPart(progress: LessonProgress | undefined, words: SlotWords): { text: string; state: SlotState } {
  if (!progress?.visited && !progress?.tasksDone) return { text: words.none, state: 'none' };
  if (progress.tasksTotal > 0 && progress.tasksDone === progress.tasksTotal) return { text: words.done, state: 'done' };
  if (progress.tasksTotal > 0) return { text: words.tasks(progress.tasksDone, progress.tasksTotal), state: 'tasks' };
  return { text: words.visited, state: 'visited' };
}

export function slotText(progress: LessonProgress | undefined, quiz: QuizScore | undefined, words: SlotWords): SlotText {
  const lesson = lessonPart(progress, words);
  if (!quiz || quiz.total === 0) return lesson;
  const quizText = words.quiz(quiz.correct, quiz.total);
  // A quiz answered means the lesson was open, even if its visit was not recorded (an import).
  const state = lesson.state === 'none' ? 'visited' : lesson.state;
  const text = lesson.state === 'none' ? quizText : `${lesson.text} · ${quizText}`;
  return { text, state, quiz: quizText };
}
