import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { checkTask, grade, type GradingView, type Lab } from '.';
import { defineCheck, type CheckLibrary } from './types';

/** Checks that read a fake view: `flag` passes when the history holds its name. */
const flag = defineCheck({
  name: 'flag',
  description: 'Passes when the history holds the word.',
  params: z.strictObject({ word: z.string().describe('The word.') }).describe('The word to look for.'),
  run: (view, { word }) => (view.history.includes(word) ? { pass: true, message: `${word} is there` } : { pass: false, message: `${word} is missing` }),
});
const broken = defineCheck({
  name: 'broken',
  description: 'Throws.',
  params: z.strictObject({}).describe('Nothing.'),
  run: () => {
    throw new Error('boom');
  },
});
const CHECKS: CheckLibrary = { flag, broken };

const view = (history: string[]) => ({ history }) as unknown as GradingView;
const text = (en: string) => ({ en, zh: en });
const ref = (word: string, weight = 1, guard = false) => ({ check: 'flag', params: { word }, weight, guard });

const LAB: Lab = {
  id: 'lab',
  title: text('Lab'),
  cluster: { seed: 1, version: 'v1.35.0', workers: 2 },
  manifests: [],
  setup: [],
  tasks: [
    { id: 'weighted', title: text('Weighted'), description: text('.'), points: 4, checks: [ref('a', 3), ref('b', 1)], hints: [], solution: ['x'] },
    { id: 'thirds', title: text('Thirds'), description: text('.'), points: 1, checks: [ref('a'), ref('c'), ref('d')], hints: [], solution: ['x'] },
    { id: 'guarded', title: text('Guarded'), description: text('.'), points: 2, checks: [ref('e'), ref('keep', 1, true)], hints: [], solution: ['x'] },
    { id: 'faulty', title: text('Faulty'), description: text('.'), points: 1, checks: [{ check: 'broken', params: {}, weight: 1, guard: false }, { check: 'gone', params: {}, weight: 1, guard: false }, { check: 'flag', params: { word: 7 }, weight: 1, guard: false }], hints: [], solution: ['x'] },
  ],
};

describe('grade', () => {
  it('gives partial credit by check weight', () => {
    const result = grade(LAB, view(['a', 'keep']), { checks: CHECKS });
    expect(result.tasks.map((t) => [t.taskId, t.earned, t.points, t.status])).toEqual([
      ['weighted', 3, 4, 'failed'],
      ['thirds', 0.33, 1, 'failed'],
      // The guard holds but the task's own check does not: nothing earned.
      ['guarded', 0, 2, 'failed'],
      ['faulty', 0, 1, 'failed'],
    ]);
    expect([result.earned, result.points, result.passed]).toEqual([3.33, 8, false]);
  });

  it('counts a guard once the task is under way, and full points when every check passes', () => {
    const result = grade(LAB, view(['a', 'b', 'c', 'd', 'e', 'keep']), { checks: CHECKS });
    expect(result.tasks.map((t) => [t.taskId, t.earned, t.passed])).toEqual([
      ['weighted', 4, true],
      ['thirds', 1, true],
      ['guarded', 2, true],
      ['faulty', 0, false],
    ]);
    expect(grade(LAB, view(['e']), { checks: CHECKS }).tasks[2]?.earned).toBe(1);
  });

  it('reports checks that throw, are unknown or get bad params as failures, without throwing', () => {
    expect(grade(LAB, view([]), { checks: CHECKS }).tasks[3]?.checks).toEqual([
      { check: 'broken', weight: 1, guard: false, pass: false, message: 'internal error in check broken: boom' },
      { check: 'gone', weight: 1, guard: false, pass: false, message: 'unknown check "gone" (a mistake in the lab, not yours)' },
      { check: 'flag', weight: 1, guard: false, pass: false, message: 'the lab gives flag invalid params (a mistake in the lab, not yours): Invalid input: expected string, received number' },
    ]);
  });

  it('checks one task, with the history given', () => {
    expect(checkTask(LAB, 'weighted', view([]), { checks: CHECKS }, ['b'])).toEqual({
      taskId: 'weighted',
      title: text('Weighted'),
      points: 4,
      earned: 1,
      passed: false,
      status: 'failed',
      checks: [
        { check: 'flag', weight: 3, guard: false, pass: false, message: 'a is missing' },
        { check: 'flag', weight: 1, guard: false, pass: true, message: 'b is there' },
      ],
    });
    expect(checkTask(LAB, 'nope', view([]), { checks: CHECKS })).toBeUndefined();
  });
});
