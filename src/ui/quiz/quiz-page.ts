/**
 * What a quiz does in the browser: on "Check answers" it grades the chosen options, shows right or
 * wrong with the explanation under each question and the score, and saves the answers; on load it
 * shows saved answers graded again; "Try again" clears them. The right answers are in the markup
 * (data-correct on each fieldset).
 */
import { fillProgressSlots } from '../progress/progress-slots';
import { deleteQuizRecord, getQuizRecord, putQuizRecord } from '../progress/quizzes';
import { answersFromRecord, gradeQuiz, quizRecord, unanswered, type QuizAnswers, type QuizResult } from './grade';
import { QUIZ_STRINGS } from './strings';

interface QuestionNode {
  id: string;
  correct: string[];
  fieldset: HTMLFieldSetElement;
  options: { id: string; item: HTMLElement; input: HTMLInputElement }[];
}

export function startQuizzes(): void {
  for (const section of document.querySelectorAll<HTMLElement>('section[data-quiz]')) void setUpQuiz(section);
}

function questionNodes(form: HTMLFormElement): QuestionNode[] {
  return [...form.querySelectorAll<HTMLFieldSetElement>('fieldset[data-question]')].map((fieldset) => ({
    id: fieldset.dataset['question'] ?? '',
    correct: (fieldset.dataset['correct'] ?? '').split(' ').filter(Boolean),
    fieldset,
    options: [...fieldset.querySelectorAll<HTMLElement>('[data-option]')].flatMap((item) => {
      const input = item.querySelector('input');
      return input ? [{ id: item.dataset['option'] ?? '', item, input }] : [];
    }),
  }));
}

async function setUpQuiz(section: HTMLElement): Promise<void> {
  const form = section.querySelector<HTMLFormElement>('form.quiz-form');
  const check = section.querySelector<HTMLButtonElement>('.quiz-check');
  const again = section.querySelector<HTMLButtonElement>('.quiz-again');
  const status = section.querySelector<HTMLElement>('.quiz-status');
  const quizId = section.dataset['quiz'];
  if (!form || !check || !again || !status || !quizId) return;
  const words = QUIZ_STRINGS[section.dataset['quizLang'] === 'zh' ? 'zh' : 'en'];
  const lesson = document.querySelector<HTMLElement>('[data-lesson-slug]')?.dataset['lessonSlug'] ?? '';
  const questions = questionNodes(form);

  const chosen = (): QuizAnswers =>
    Object.fromEntries(questions.map((q) => [q.id, q.options.filter((o) => o.input.checked).map((o) => o.id)]));

  const show = (result: QuizResult): void => {
    for (const [i, q] of questions.entries()) {
      const graded = result.questions[i];
      if (!graded) continue;
      q.fieldset.disabled = true;
      q.fieldset.dataset['result'] = graded.right ? 'right' : 'wrong';
      delete q.fieldset.dataset['missing'];
      for (const o of q.options) {
        const mark = graded.marks[o.id];
        const label = o.item.querySelector<HTMLElement>('.quiz-mark');
        if (mark) o.item.dataset['mark'] = mark;
        else delete o.item.dataset['mark'];
        if (label) label.textContent = mark ? words.marks[mark] : '';
      }
      const feedback = q.fieldset.querySelector<HTMLElement>('.quiz-feedback');
      const verdict = q.fieldset.querySelector<HTMLElement>('.quiz-verdict');
      if (verdict) verdict.textContent = graded.right ? words.right : words.wrong;
      if (feedback) feedback.hidden = false;
    }
    section.dataset['graded'] = '';
    status.textContent = words.score(result.correct, result.total);
    check.hidden = true;
    again.hidden = false;
  };

  const clear = (): void => {
    for (const q of questions) {
      q.fieldset.disabled = false;
      delete q.fieldset.dataset['result'];
      delete q.fieldset.dataset['missing'];
      for (const o of q.options) {
        o.input.checked = false;
        delete o.item.dataset['mark'];
        const label = o.item.querySelector<HTMLElement>('.quiz-mark');
        if (label) label.textContent = '';
      }
      const feedback = q.fieldset.querySelector<HTMLElement>('.quiz-feedback');
      if (feedback) feedback.hidden = true;
    }
    delete section.dataset['graded'];
    status.textContent = '';
    check.hidden = false;
    again.hidden = true;
  };

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const answers = chosen();
    const open = new Set(unanswered(questions, answers));
    for (const q of questions) {
      if (open.has(q.id)) q.fieldset.dataset['missing'] = '';
      else delete q.fieldset.dataset['missing'];
    }
    if (open.size > 0) {
      status.textContent = words.unanswered(open.size);
      questions.find((q) => open.has(q.id))?.options[0]?.input.focus();
      return;
    }
    const result = gradeQuiz(questions, answers);
    show(result);
    // The check button is gone: the score takes the focus, so the keyboard stays in the quiz.
    status.focus();
    void putQuizRecord(quizRecord(quizId, lesson, answers, result, new Date().toISOString())).then(fillProgressSlots);
  });

  again.addEventListener('click', () => {
    clear();
    questions[0]?.options[0]?.input.focus();
    void deleteQuizRecord(quizId).then(fillProgressSlots);
  });

  // Checking works from here on (a click before this would have submitted the form to the page itself).
  section.dataset['ready'] = '';

  // A learner who already started answering keeps their choices over the saved ones.
  const saved = answersFromRecord(questions, await getQuizRecord(quizId));
  if (!saved || questions.some((q) => q.options.some((o) => o.input.checked))) return;
  for (const q of questions) for (const o of q.options) o.input.checked = (saved[q.id] ?? []).includes(o.id);
  show(gradeQuiz(questions, saved));
}
