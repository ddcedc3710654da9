import { describe, expect, it } from 'vitest';
import { SLOT_WORDS, slotText } from './slot-text';

const en = SLOT_WORDS.en;
const visited = { visited: true, tasksDone: 0, tasksTotal: 0 };

describe('slotText', () => {
  it('says how far the lesson is', () => {
    expect(slotText(undefined, undefined, en)).toEqual({ text: 'Not started', state: 'none' });
    expect(slotText(visited, undefined, en)).toEqual({ text: 'Visited', state: 'visited' });
    expect(slotText({ visited: true, tasksDone: 2, tasksTotal: 5 }, undefined, en)).toEqual({ text: '2/5 tasks', state: 'tasks' });
    expect(slotText({ visited: true, tasksDone: 5, tasksTotal: 5 }, undefined, en)).toEqual({ text: 'Done', state: 'done' });
  });

  it('adds the quiz score when the quiz was taken', () => {
    expect(slotText(visited, { correct: 3, total: 4 }, en)).toEqual({ text: 'Visited · quiz 3/4', state: 'visited', quiz: 'quiz 3/4' });
    expect(slotText({ visited: true, tasksDone: 1, tasksTotal: 3 }, { correct: 2, total: 2 }, SLOT_WORDS.zh)).toEqual({
      text: '任务 1/3 · 测验 2/2',
      state: 'tasks',
      quiz: '测验 2/2',
    });
  });

  it('shows an answered quiz of a lesson whose visit was not recorded', () => {
    expect(slotText(undefined, { correct: 0, total: 5 }, en)).toEqual({ text: 'quiz 0/5', state: 'visited', quiz: 'quiz 0/5' });
  });
});
