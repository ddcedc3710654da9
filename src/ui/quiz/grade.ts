/**
 * Grading a quiz in the page, and the record that remembers it. Pure: the page collects the chosen
 * options and shows what comes back.
 */
import type { QuizRecord } from '../progress/records';

/** What grading needs of a question: its id and right options. */
export interface GradableQuestion {
  id: string;
  correct: readonly string[];
}

/** chosen-right / chosen-wrong: the learner picked it; missed: right but not picked. */
export type OptionMark = 'chosen-right' | 'chosen-wrong' | 'missed';

export interface QuestionResult {
  id: string;
  right: boolean;
  /** Option id → its mark; options without a mark are absent. */
  marks: Record<string, OptionMark>;
}

export interface QuizResult {
  questions: QuestionResult[];
  correct: number;
  total: number;
}

/** Question id → chosen option ids. */
export type QuizAnswers = Record<string, readonly string[]>;

/** The ids of questions with no option chosen, in order. */
export function unanswered(questions: readonly GradableQuestion[], answers: QuizAnswers): string[] {
  return questions.filter((q) => (answers[q.id] ?? []).length === 0).map((q) => q.id);
}

export function gradeQuestion(question: GradableQuestion, chosen: readonly string[]): QuestionResult {
  const picked = new Set(chosen);
  const right = new Set(question.correct);
  const marks: Record<string, OptionMark> = {};
  for (const id of picked) marks[id] = right.has(id) ? 'chosen-right' : 'chosen-wrong';
  for (const id of right) if (!picked.has(id)) marks[id] = 'missed';
  const isRight = picked.size === right.size && [...right].every((id) => picked.has(id));
  return { id: question.id, right: isRight, marks };
}

export function gradeQuiz(questions: readonly GradableQuestion[], answers: QuizAnswers): QuizResult {
  const results = questions.map((q) => gradeQuestion(q, answers[q.id] ?? []));
  return { questions: results, correct: results.filter((r) => r.right).length, total: results.length };
}

/**
 * The answers of a saved record that still fit the quiz: questions and options it no longer has
 * are dropped (the quiz file may have changed since). Undefined when a question is left without
 * an answer, so the page shows a fresh quiz rather than a half-graded one.
 */
export function answersFromRecord(
  questions: readonly (GradableQuestion & { options: readonly { id: string }[] })[],
  record: QuizRecord | undefined,
): QuizAnswers | undefined {
  if (!record) return undefined;
  const answers: Record<string, string[]> = {};
  for (const q of questions) {
    const known = new Set(q.options.map((o) => o.id));
    const chosen = (record.answers[q.id] ?? []).filter((id) => known.has(id));
    if (chosen.length === 0) return undefined;
    answers[q.id] = chosen;
  }
  return answers;
}

export function quizRecord(quiz: string, lesson: string, answers: QuizAnswers, result: QuizResult, updated: string): QuizRecord {
  const copy: Record<string, string[]> = {};
  for (const [question, chosen] of Object.entries(answers)) copy[question] = [...chosen];
  return { quiz, lesson, answers: copy, correct: result.correct, total: result.total, updated };
}
