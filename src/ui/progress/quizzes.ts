/**
 * Quiz answers in the progress database (store "quizzes", key: the quiz id). The whole API:
 *
 *   getQuizRecord(quiz)        → the saved answers and score, or undefined
 *   putQuizRecord(record)      after "Check answers"
 *   deleteQuizRecord(quiz)     after "Try again"
 *   getQuizScoresByLesson()    → lesson slug → { correct, total } of its quizzes, for the course map
 *
 * Like the rest of progress: never throws, damaged records read as absent (readQuizRecord).
 */
import { openProgressDb } from './db';
import { readQuizRecord, type QuizRecord } from './records';

export interface QuizScore {
  correct: number;
  total: number;
}

export async function getQuizRecord(quiz: string): Promise<QuizRecord | undefined> {
  try {
    const database = await openProgressDb();
    return readQuizRecord(await database?.get('quizzes', quiz));
  } catch {
    return undefined;
  }
}

export async function getAllQuizRecords(): Promise<QuizRecord[]> {
  try {
    const database = await openProgressDb();
    const raw: unknown[] = (await database?.getAll('quizzes')) ?? [];
    return raw.map(readQuizRecord).filter((r): r is QuizRecord => r !== undefined);
  } catch {
    return [];
  }
}

export async function putQuizRecord(record: QuizRecord): Promise<void> {
  try {
    await (await openProgressDb())?.put('quizzes', record);
  } catch {
    // Best effort: the page still shows the result.
  }
}

export async function deleteQuizRecord(quiz: string): Promise<void> {
  try {
    await (await openProgressDb())?.delete('quizzes', quiz);
  } catch {
    // Best effort.
  }
}

/** Scores summed per lesson (a lesson could hold more than one quiz). */
export function scoresByLesson(records: readonly QuizRecord[]): Map<string, QuizScore> {
  const byLesson = new Map<string, QuizScore>();
  for (const record of records) {
    const sum = byLesson.get(record.lesson) ?? { correct: 0, total: 0 };
    byLesson.set(record.lesson, { correct: sum.correct + record.correct, total: sum.total + record.total });
  }
  return byLesson;
}

export async function getQuizScoresByLesson(): Promise<Map<string, QuizScore>> {
  return scoresByLesson(await getAllQuizRecords());
}
