/**
 * The quiz files (content/quizzes/<id>.yaml), read at build time through Vite and validated by the
 * grading loader. A mistake stops `astro build` with the loader's message (file, field, fix).
 */
import { formatAuthoringErrors, hasErrors, loadQuiz, type Quiz } from '../../grading/schema';

/** File path (as the glob gives it) → YAML text. */
export type QuizSources = Record<string, string>;

export type QuizLookup = { quiz: Quiz } | { error: string };

/** The quiz `id` from `sources`, or why it cannot be shown. */
export function findQuiz(sources: QuizSources, id: string): QuizLookup {
  const ids = new Map<string, string>();
  for (const [path, text] of Object.entries(sources)) {
    const name = /([^/\\]+)\.ya?ml$/.exec(path)?.[1];
    if (name !== undefined) ids.set(name, text);
  }
  const text = ids.get(id);
  const file = `content/quizzes/${id}.yaml`;
  if (text === undefined) {
    const known = [...ids.keys()].sort();
    return { error: `<Quiz id="${id}" />: there is no ${file} — write one of ${known.join(', ') || '(no quizzes yet)'}` };
  }
  const loaded = loadQuiz(text, file);
  if (hasErrors(loaded)) return { error: formatAuthoringErrors(loaded.errors).trimEnd() };
  return { quiz: loaded };
}

const SOURCES: QuizSources = import.meta.glob<string>('../../../content/quizzes/*.yaml', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** The quiz `id`; throws the authoring error, which fails the build. */
export function quizForPage(id: string): Quiz {
  const found = findQuiz(SOURCES, id);
  if ('error' in found) throw new Error(found.error);
  return found.quiz;
}
