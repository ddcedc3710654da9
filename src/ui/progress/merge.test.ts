import { describe, expect, it } from 'vitest';
import { mergeLesson, mergeQuiz, mergeTask, planImport } from './merge';
import type { LessonRecord } from './record';
import type { QuizRecord, TaskRecord } from './records';

const lesson = (slug: string, visited: boolean, tasksDone = 0, tasksTotal = 0): LessonRecord => ({ slug, visited, tasksDone, tasksTotal });
const task = (over: Partial<TaskRecord>): TaskRecord => ({
  lab: 'pods',
  task: 't1',
  lesson: 'core-objects/pods',
  status: 'open',
  hintsShown: 0,
  solutionShown: false,
  points: 0,
  maxPoints: 10,
  updated: '2026-11-01T00:00:00.000Z',
  ...over,
});
const quiz = (over: Partial<QuizRecord>): QuizRecord => ({
  quiz: 'pods',
  lesson: 'core-objects/pods',
  answers: { q: ['a'] },
  correct: 1,
  total: 2,
  updated: '2026-11-01T00:00:00.000Z',
  ...over,
});

describe('mergeLesson', () => {
  it('keeps a visit from either side and the counts with more tasks done', () => {
    expect(mergeLesson(lesson('a/b', true, 1, 3), lesson('a/b', false, 2, 3))).toEqual(lesson('a/b', true, 2, 3));
    expect(mergeLesson(lesson('a/b', false, 3, 3), lesson('a/b', true, 1, 4))).toEqual(lesson('a/b', true, 3, 3));
  });
});

describe('mergeTask', () => {
  it('prefers passed alone, then passed with help, then open', () => {
    const passed = task({ status: 'passed', points: 10 });
    const helped = task({ status: 'helped', points: 10, solutionShown: true, updated: '2026-11-09T00:00:00.000Z' });
    expect(mergeTask(helped, passed)).toBe(passed);
    expect(mergeTask(passed, helped)).toBe(passed);
    expect(mergeTask(task({}), helped)).toBe(helped);
  });

  it('then more points, fewer hints, the later one', () => {
    expect(mergeTask(task({ points: 4 }), task({ points: 6 })).points).toBe(6);
    expect(mergeTask(task({ hintsShown: 1 }), task({ hintsShown: 2 })).hintsShown).toBe(1);
    const later = task({ updated: '2026-11-02T00:00:00.000Z' });
    expect(mergeTask(task({}), later)).toBe(later);
  });
});

describe('mergeQuiz', () => {
  it('prefers the higher share of right answers, then the later', () => {
    const better = quiz({ correct: 2 });
    expect(mergeQuiz(quiz({}), better)).toBe(better);
    expect(mergeQuiz(better, quiz({ updated: '2026-12-01T00:00:00.000Z' }))).toBe(better);
    const later = quiz({ updated: '2026-12-01T00:00:00.000Z', answers: { q: ['b'] } });
    expect(mergeQuiz(quiz({}), later)).toBe(later);
  });
});

describe('planImport', () => {
  it('writes new and better records only, and counts what it took and what it kept', () => {
    const current = {
      lessons: [lesson('a/one', true), lesson('a/two', true, 2, 2)],
      tasks: [task({ status: 'passed', points: 10 })],
      quizzes: [quiz({ correct: 1 })],
    };
    const incoming = {
      lessons: [lesson('a/one', true), lesson('a/two', true, 1, 2), lesson('a/three', true)],
      tasks: [task({ status: 'open' }), task({ task: 't2', status: 'helped', points: 5, solutionShown: true })],
      quizzes: [quiz({ correct: 2 })],
    };
    expect(planImport(current, incoming)).toEqual({
      put: {
        lessons: [lesson('a/three', true)],
        tasks: [task({ task: 't2', status: 'helped', points: 5, solutionShown: true })],
        quizzes: [quiz({ correct: 2 })],
      },
      taken: { lessons: 1, tasks: 1, quizzes: 1 },
      kept: { lessons: 2, tasks: 1, quizzes: 0 },
    });
  });

  it('merges records of the same key within the file', () => {
    const plan = planImport({ lessons: [], tasks: [], quizzes: [] }, { lessons: [lesson('a/b', false, 1, 2), lesson('a/b', true, 0, 2)], tasks: [], quizzes: [] });
    expect(plan.put.lessons).toEqual([lesson('a/b', true, 1, 2)]);
    expect(plan.taken.lessons).toBe(2);
  });

  it('changes nothing when the file holds what the browser has', () => {
    const data = { lessons: [lesson('a/b', true)], tasks: [task({})], quizzes: [quiz({})] };
    expect(planImport(data, data)).toEqual({
      put: { lessons: [], tasks: [], quizzes: [] },
      taken: { lessons: 0, tasks: 0, quizzes: 0 },
      kept: { lessons: 1, tasks: 1, quizzes: 1 },
    });
  });
});
