import { describe, expect, it } from 'vitest';
import { answersFromRecord, gradeQuestion, gradeQuiz, quizRecord, unanswered } from './grade';

const QUESTIONS = [
  { id: 'one', correct: ['b'], options: [{ id: 'a' }, { id: 'b' }, { id: 'c' }] },
  { id: 'many', correct: ['x', 'y'], options: [{ id: 'x' }, { id: 'y' }, { id: 'z' }] },
];

describe('gradeQuestion', () => {
  it('marks the chosen options right or wrong and the right ones not chosen as missed', () => {
    expect(gradeQuestion(QUESTIONS[1]!, ['x', 'z'])).toEqual({ id: 'many', right: false, marks: { x: 'chosen-right', z: 'chosen-wrong', y: 'missed' } });
    expect(gradeQuestion(QUESTIONS[1]!, ['y', 'x'])).toEqual({ id: 'many', right: true, marks: { x: 'chosen-right', y: 'chosen-right' } });
    expect(gradeQuestion(QUESTIONS[0]!, ['a'])).toEqual({ id: 'one', right: false, marks: { a: 'chosen-wrong', b: 'missed' } });
  });
});

describe('gradeQuiz', () => {
  it('counts the questions answered exactly right', () => {
    const result = gradeQuiz(QUESTIONS, { one: ['b'], many: ['x'] });
    expect([result.correct, result.total, result.questions.map((q) => q.right)]).toEqual([1, 2, [true, false]]);
  });
});

describe('unanswered', () => {
  it('lists the questions without a choice, in order', () => {
    expect(unanswered(QUESTIONS, { one: [], many: ['x'] })).toEqual(['one']);
    expect(unanswered(QUESTIONS, {})).toEqual(['one', 'many']);
  });
});

describe('answersFromRecord', () => {
  const record = quizRecord('q', 'a/b', { one: ['b'], many: ['x', 'gone'] }, gradeQuiz(QUESTIONS, { one: ['b'], many: ['x'] }), '2026-01-01T00:00:00.000Z');

  it('gives back the saved answers, without options the quiz no longer has', () => {
    expect(answersFromRecord(QUESTIONS, record)).toEqual({ one: ['b'], many: ['x'] });
  });

  it('gives nothing when there is no record or a question has lost its answer', () => {
    expect(answersFromRecord(QUESTIONS, undefined)).toBeUndefined();
    expect(answersFromRecord([...QUESTIONS, { id: 'new', correct: ['a'], options: [{ id: 'a' }, { id: 'b' }] }], record)).toBeUndefined();
  });
});

describe('quizRecord', () => {
  it('holds the answers and the score', () => {
    const answers = { one: ['a'], many: ['x', 'y'] };
    expect(quizRecord('controllers', 'core-objects/controllers', answers, gradeQuiz(QUESTIONS, answers), '2026-11-24T10:00:00.000Z')).toEqual({
      quiz: 'controllers',
      lesson: 'core-objects/controllers',
      answers: { one: ['a'], many: ['x', 'y'] },
      correct: 1,
      total: 2,
      updated: '2026-11-24T10:00:00.000Z',
    });
  });
});
