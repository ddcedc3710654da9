/** The quiz file (`content/quizzes/<id>.yaml`): single- and multiple-choice questions. */
import { z } from 'zod';
import { localizedText, slugId } from './text';

export const optionSchema = z
  .strictObject({
    id: slugId('option id', 'a').describe('Id of the option, unique in the question (a, b, c... or a word).'),
    text: localizedText.describe('The option as shown (Markdown).'),
  })
  .describe('One answer to choose.');

export const questionSchema = z
  .strictObject({
    id: slugId('question id', 'pod-phase').describe('Id of the question, unique in the quiz.'),
    type: z.enum(['single', 'multiple']).describe('single: exactly one answer is right (radio buttons); multiple: one or more are (check boxes).').meta({ examples: ['single'] }),
    prompt: localizedText.describe('The question (Markdown).').meta({ examples: [{ en: 'Which phase is a pod in while its image is pulled?', zh: '拉取镜像时 Pod 处于哪个阶段？' }] }),
    options: z.array(optionSchema).min(2).describe('The answers to choose from, in the order shown.'),
    correct: z.array(z.string().describe('The id of a right option.')).min(1).describe('Ids of the right options.').meta({ examples: [['b']] }),
    explanation: localizedText
      .describe('Why the right answers are right, shown after answering (Markdown).')
      .meta({ examples: [{ en: 'A pod stays Pending until all its containers have started.', zh: '在所有容器启动之前，Pod 一直处于 Pending 阶段。' }] }),
  })
  .superRefine((q, ctx) => {
    const ids = q.options.map((o) => o.id);
    q.options.forEach((o, i) => {
      if (ids.indexOf(o.id) !== i) ctx.addIssue({ code: 'custom', path: ['options', i, 'id'], message: `option id ${JSON.stringify(o.id)} is used twice`, params: { fix: 'give every option its own id' } });
    });
    q.correct.forEach((id, i) => {
      if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: ['correct', i], message: `no option has the id ${JSON.stringify(id)}`, params: { fix: `write one of ${[...new Set(ids)].join(', ')}` } });
    });
    if (q.type === 'single' && q.correct.length !== 1) {
      ctx.addIssue({ code: 'custom', path: ['correct'], message: `a single-choice question has exactly one right option, got ${q.correct.length}`, params: { fix: 'keep one id, or write type: multiple' } });
    }
    if (new Set(q.correct).size !== q.correct.length) ctx.addIssue({ code: 'custom', path: ['correct'], message: 'an option is listed twice', params: { fix: 'list each right option once' } });
  })
  .describe('One question.');

export const quizSchema = z
  .strictObject({
    id: slugId('quiz id', 'pods-basics').describe('Id of the quiz; the same as its file name (content/quizzes/<id>.yaml).'),
    title: localizedText.describe('Title of the quiz.').meta({ examples: [{ en: 'Pods', zh: 'Pod' }] }),
    questions: z.array(questionSchema).min(1).describe('The questions, in the order shown.'),
  })
  .superRefine((quiz, ctx) => {
    const seen = new Set<string>();
    quiz.questions.forEach((q, i) => {
      if (seen.has(q.id)) ctx.addIssue({ code: 'custom', path: ['questions', i, 'id'], message: `question id ${JSON.stringify(q.id)} is used twice`, params: { fix: 'give every question its own id' } });
      seen.add(q.id);
    });
  })
  .describe('A quiz of single- and multiple-choice questions.');

export type Quiz = z.output<typeof quizSchema>;
export type QuizQuestion = z.output<typeof questionSchema>;
export type QuizOption = z.output<typeof optionSchema>;

/** Whether `chosen` (option ids) is exactly the right answer to `question`. */
export function isCorrect(question: QuizQuestion, chosen: readonly string[]): boolean {
  const set = new Set(chosen);
  return set.size === question.correct.length && question.correct.every((id) => set.has(id));
}
