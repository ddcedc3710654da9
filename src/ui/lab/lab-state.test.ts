import { describe, expect, it } from 'vitest';
import type { TaskRecord } from '../progress/records';
import type { TaskResult } from '../sandbox/worker-lab-results';
import { labTotals, recordAfterHint, recordAfterResult, recordAfterSolution, taskState } from './lab-state';

const META = { id: 'scale', points: 2, hints: 2 };
const CTX = { lab: 'deployments', lesson: 'core-objects/deployments', now: '2026-01-02T03:04:05.000Z' };

const failing = (earned = 0): TaskResult => ({
  id: 'scale',
  passed: false,
  earned,
  points: 2,
  checks: [{ check: 'replicasEquals', pass: false, message: 'expected spec.replicas 4 of deployment/web in shop, found 2', guard: false }],
});
const passing: TaskResult = { id: 'scale', passed: true, earned: 2, points: 2, checks: [{ check: 'replicasEquals', pass: true, message: 'ok', guard: false }] };

const record = (change: Partial<TaskRecord>): TaskRecord => ({
  lab: 'deployments',
  task: 'scale',
  lesson: 'core-objects/deployments',
  status: 'open',
  hintsShown: 0,
  solutionShown: false,
  points: 0,
  maxPoints: 2,
  updated: '2026-01-01T00:00:00.000Z',
  ...change,
});

describe('recordAfterResult', () => {
  it('saves nothing for an untouched task that fails', () => {
    expect(recordAfterResult(META, undefined, failing(), CTX)).toBeUndefined();
  });

  it('does not save partial credit', () => {
    expect(recordAfterResult(META, undefined, failing(0.67), CTX)).toBeUndefined();
    expect(recordAfterResult(META, record({ hintsShown: 1 }), failing(0.67), CTX)).toBeUndefined();
  });

  it('marks a pass, "with help" after the solution was shown', () => {
    expect(recordAfterResult(META, undefined, passing, CTX)).toEqual(record({ status: 'passed', points: 2, updated: CTX.now }));
    expect(recordAfterResult(META, record({ solutionShown: true }), passing, CTX)).toEqual(record({ status: 'helped', solutionShown: true, points: 2, updated: CTX.now }));
  });

  it('keeps a done task done when the cluster changes later', () => {
    expect(recordAfterResult(META, record({ status: 'passed', points: 2 }), failing(), CTX)).toBeUndefined();
  });
});

describe('hints and solution', () => {
  it('opens hints one at a time, never more than there are', () => {
    const one = recordAfterHint(META, undefined, CTX);
    expect(one).toEqual(record({ hintsShown: 1, updated: CTX.now }));
    expect(recordAfterHint(META, recordAfterHint(META, one, CTX), CTX).hintsShown).toBe(2);
  });

  it('remembers that the solution was shown', () => {
    expect(recordAfterSolution(META, record({ hintsShown: 1 }), CTX)).toEqual(record({ hintsShown: 1, solutionShown: true, updated: CTX.now }));
  });
});

describe('taskState', () => {
  it('is "to do" without points until checked, then "not yet" with the partial points', () => {
    expect(taskState(META, undefined, undefined, false)).toEqual({ status: 'todo', earned: 0, points: 2, hintsShown: 0, solutionShown: false, changedSince: false });
    expect(taskState(META, undefined, failing(1), false)).toMatchObject({ status: 'todo', earned: 0 });
    expect(taskState(META, undefined, failing(1), true)).toEqual({ status: 'failing', earned: 1, points: 2, hintsShown: 0, solutionShown: false, changedSince: false });
  });

  it('shows the saved status at once, before any grading', () => {
    expect(taskState(META, record({ status: 'helped', points: 2, hintsShown: 2, solutionShown: true }), undefined, false)).toEqual({
      status: 'helped',
      earned: 2,
      points: 2,
      hintsShown: 2,
      solutionShown: true,
      changedSince: false,
    });
  });

  it('notes a done task whose checks fail now', () => {
    expect(taskState(META, record({ status: 'passed', points: 2 }), failing(), false)).toMatchObject({ status: 'passed', earned: 2, changedSince: true });
  });

  it('adds up the points and the tasks done', () => {
    const states = [taskState(META, record({ status: 'passed', points: 2 }), undefined, false), taskState(META, undefined, failing(0.67), true), taskState({ ...META, points: 3 }, undefined, undefined, false)];
    expect(labTotals(states)).toEqual({ earned: 2.67, points: 7, done: 1, total: 3 });
  });
});
