import { describe, expect, it } from 'vitest';
import type { LessonRecord } from './record';
import type { QuizRecord, TaskRecord } from './records';
import { buildProgressDocument, progressFileName, progressFileText, readProgressDocument } from './transfer';

const LESSON: LessonRecord = { slug: 'core-objects/pods', visited: true, tasksDone: 1, tasksTotal: 3 };
const TASK: TaskRecord = {
  lab: 'pods',
  task: 'run-nginx',
  lesson: 'core-objects/pods',
  status: 'passed',
  hintsShown: 1,
  solutionShown: false,
  points: 10,
  maxPoints: 10,
  updated: '2026-11-24T10:00:00.000Z',
};
const QUIZ: QuizRecord = {
  quiz: 'pods',
  lesson: 'core-objects/pods',
  answers: { 'image-pull': ['b'], 'change-in-place': ['image'] },
  correct: 1,
  total: 2,
  updated: '2026-11-24T10:05:00.000Z',
};
const EXPORTED = '2026-11-24T12:00:00.000Z';

describe('buildProgressDocument', () => {
  it('holds every record that reads back, with the format tag and version', () => {
    const doc = buildProgressDocument({ lessons: [LESSON, { slug: 'x' }], tasks: [TASK, null], quizzes: [QUIZ, { ...QUIZ, correct: 3 }] }, EXPORTED);
    expect(doc).toEqual({ format: 'kubedojo-progress', version: 1, exported: EXPORTED, lessons: [LESSON], tasks: [TASK], quizzes: [QUIZ] });
  });

  it('is written as indented JSON under a dated file name', () => {
    const doc = buildProgressDocument({ lessons: [], tasks: [], quizzes: [] }, EXPORTED);
    expect(progressFileText(doc)).toBe(
      '{\n  "format": "kubedojo-progress",\n  "version": 1,\n  "exported": "2026-11-24T12:00:00.000Z",\n  "lessons": [],\n  "tasks": [],\n  "quizzes": []\n}\n',
    );
    expect(progressFileName(EXPORTED)).toBe('kubedojo-progress-2026-11-24.json');
    expect(progressFileName('later')).toBe('kubedojo-progress.json');
  });
});

describe('readProgressDocument', () => {
  const text = progressFileText(buildProgressDocument({ lessons: [LESSON], tasks: [TASK], quizzes: [QUIZ] }, EXPORTED));

  it('reads back what was exported', () => {
    expect(readProgressDocument(text)).toEqual({
      data: { lessons: [LESSON], tasks: [TASK], quizzes: [QUIZ] },
      skipped: { lessons: 0, tasks: 0, quizzes: 0 },
    });
  });

  it('skips records that do not read, and counts them', () => {
    const doc = JSON.parse(text) as Record<string, unknown[]>;
    doc['lessons']?.push({ slug: 'a/b', visited: 'yes', tasksDone: 0, tasksTotal: 0 }, { slug: 'no-slash', visited: true, tasksDone: 0, tasksTotal: 0 });
    doc['tasks']?.push({ ...TASK, status: 'won' });
    doc['quizzes']?.push({ ...QUIZ, answers: { q: 'b' } }, 'junk');
    expect(readProgressDocument(JSON.stringify(doc))).toEqual({
      data: { lessons: [LESSON], tasks: [TASK], quizzes: [QUIZ] },
      skipped: { lessons: 2, tasks: 1, quizzes: 2 },
    });
  });

  it('reads a missing store as empty', () => {
    expect(readProgressDocument('{"format":"kubedojo-progress","version":1,"quizzes":[]}')).toEqual({
      data: { lessons: [], tasks: [], quizzes: [] },
      skipped: { lessons: 0, tasks: 0, quizzes: 0 },
    });
  });

  it('refuses damaged JSON, files that are not progress, and newer versions', () => {
    expect(readProgressDocument(text.slice(0, 100))).toEqual({ problem: 'json' });
    expect(readProgressDocument('')).toEqual({ problem: 'json' });
    for (const other of ['[]', '"kubedojo-progress"', '{"lessons":[]}', '{"format":"other","version":1}', '{"format":"kubedojo-progress","version":"1"}', '{"format":"kubedojo-progress","version":0}', '{"format":"kubedojo-progress","version":1,"tasks":{}}']) {
      expect(readProgressDocument(other), other).toEqual({ problem: 'format' });
    }
    expect(readProgressDocument('{"format":"kubedojo-progress","version":2,"lessons":"changed shape"}')).toEqual({ problem: 'newer', version: 2 });
  });
});
