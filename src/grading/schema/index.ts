/** The authoring schemas of labs and quizzes, their loaders, and authoring errors as text. */
export { labSchema, taskSchema, checkRefSchema, clusterSchema, manifestSchema } from './lab';
export type { Lab, LabSource, LabTask, LabCluster, LabManifest, CheckRef } from './lab';
export { quizSchema, questionSchema, optionSchema, isCorrect } from './quiz';
export type { Quiz, QuizQuestion, QuizOption } from './quiz';
export { localizedText, localized, type LocalizedText, type Language } from './text';
export { formatAuthoringError, formatAuthoringErrors, formatPath, hasErrors, type AuthoringError, type Loaded } from './errors';
export { loadLab, loadQuiz, type LoadLabOptions } from './load';
export { closest } from './suggest';
export { undescribedFields } from './schema-walk';
