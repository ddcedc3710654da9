/**
 * A quiz as one page shows it: its texts in the page's language, rendered to HTML at build time.
 * The right answers travel with the page (a static site has nowhere to hide them); grading is a
 * comparison in the browser.
 */
import { localized, type Language, type Quiz } from '../../grading/schema';
import { inlineHtml, markdownHtml } from '../lesson/markdown';

export interface QuizOptionView {
  id: string;
  html: string;
}

export interface QuizQuestionView {
  id: string;
  type: 'single' | 'multiple';
  promptHtml: string;
  options: QuizOptionView[];
  /** Ids of the right options. */
  correct: string[];
  explanationHtml: string;
}

export interface QuizView {
  id: string;
  title: string;
  questions: QuizQuestionView[];
}

/**
 * The quiz in `lang`. Every text of a quiz file has both languages (the schema requires en and
 * zh), so there is nothing to fall back to: a Chinese page shows the Chinese text even when the
 * lesson around it is the English fallback.
 */
export async function quizView(quiz: Quiz, lang: Language): Promise<QuizView> {
  return {
    id: quiz.id,
    title: localized(quiz.title, lang),
    questions: await Promise.all(
      quiz.questions.map(async (q) => ({
        id: q.id,
        type: q.type,
        promptHtml: await inlineHtml(localized(q.prompt, lang)),
        options: await Promise.all(q.options.map(async (o) => ({ id: o.id, html: await inlineHtml(localized(o.text, lang)) }))),
        correct: [...q.correct],
        explanationHtml: await markdownHtml(localized(q.explanation, lang)),
      })),
    ),
  };
}
