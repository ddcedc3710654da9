import { describe, expect, it } from 'vitest';
import { readProgress } from './record';

describe('readProgress', () => {
  it('reads a stored record', () => {
    expect(readProgress({ slug: 'a/b', visited: true, tasksDone: 2, tasksTotal: 3 })).toEqual({
      visited: true,
      tasksDone: 2,
      tasksTotal: 3,
    });
  });

  it('reads damaged or foreign data as no progress', () => {
    expect([undefined, null, 'x', 3].map(readProgress)).toEqual(
      Array(4).fill({ visited: false, tasksDone: 0, tasksTotal: 0 }),
    );
    expect(readProgress({ visited: 'yes', tasksDone: -1, tasksTotal: 1.5 })).toEqual({
      visited: false,
      tasksDone: 0,
      tasksTotal: 0,
    });
    expect(readProgress({ visited: true, tasksDone: 9, tasksTotal: 4 })).toEqual({
      visited: true,
      tasksDone: 4,
      tasksTotal: 4,
    });
  });
});
