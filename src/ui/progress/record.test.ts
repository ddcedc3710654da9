import { describe, expect, it } from 'vitest';
import { readLessonRecord, readProgress } from './record';

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

describe('readLessonRecord', () => {
  it('reads a whole record', () => {
    expect(readLessonRecord({ slug: 'a/b', visited: true, tasksDone: 1, tasksTotal: 2, extra: 1 })).toEqual({ slug: 'a/b', visited: true, tasksDone: 1, tasksTotal: 2 });
  });

  it('refuses any field of the wrong type or shape', () => {
    const good = { slug: 'a/b', visited: false, tasksDone: 0, tasksTotal: 0 };
    const bad = [null, [], 'a/b', { ...good, slug: 'ab' }, { ...good, slug: 'a/b/c' }, { ...good, visited: 1 }, { ...good, tasksDone: 1 }, { ...good, tasksTotal: -1 }, { ...good, tasksTotal: 1.5 }];
    expect(bad.map(readLessonRecord)).toEqual(bad.map(() => undefined));
  });
});
