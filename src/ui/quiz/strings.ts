/** The words of a quiz in both languages. */
import type { Lang } from '../i18n/lang';

export interface QuizStrings {
  heading: (title: string) => string;
  chooseOne: string;
  chooseAll: string;
  check: string;
  again: string;
  right: string;
  wrong: string;
  marks: { 'chosen-right': string; 'chosen-wrong': string; missed: string };
  score: (correct: number, total: number) => string;
  unanswered: (count: number) => string;
}

const en: QuizStrings = {
  heading: (title) => `Quiz: ${title}`,
  chooseOne: 'Choose one answer.',
  chooseAll: 'Choose every right answer.',
  check: 'Check answers',
  again: 'Try again',
  right: 'Right.',
  wrong: 'Not quite.',
  marks: { 'chosen-right': 'your answer, right', 'chosen-wrong': 'your answer, wrong', missed: 'a right answer' },
  score: (correct, total) => `${correct} of ${total} right.`,
  unanswered: (count) => (count === 1 ? 'Answer every question first: 1 is still open.' : `Answer every question first: ${count} are still open.`),
};

const zh: QuizStrings = {
  heading: (title) => `测验：${title}`,
  chooseOne: '选择一个答案。',
  chooseAll: '选择所有正确答案。',
  check: '检查答案',
  again: '重新作答',
  right: '正确。',
  wrong: '不完全正确。',
  marks: { 'chosen-right': '你的答案，正确', 'chosen-wrong': '你的答案，错误', missed: '正确答案' },
  score: (correct, total) => `答对 ${correct} 题，共 ${total} 题。`,
  unanswered: (count) => `请先回答所有问题：还有 ${count} 题未作答。`,
};

export const QUIZ_STRINGS: Record<Lang, QuizStrings> = { en, zh };
