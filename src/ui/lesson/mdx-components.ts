/**
 * Components every lesson may use without importing them (passed to the MDX content):
 *   <Run cmd="…" />      a runnable command (src/ui/code/Run.astro)
 *   <ClusterDiagram />   the parts of a cluster (diagrams/ClusterDiagram.astro)
 *   <Quiz id="…" />      the questions of content/quizzes/<id>.yaml (src/ui/quiz/Quiz.astro)
 *   <Lab id="…" />       the graded tasks of content/labs/<id>.yaml, checked in the lesson's sandbox (src/ui/lab/Lab.astro)
 */
import Run from '../code/Run.astro';
import ClusterDiagram from './diagrams/ClusterDiagram.astro';
import Quiz from '../quiz/Quiz.astro';
import Lab from '../lab/Lab.astro';

export const LESSON_COMPONENTS = { Run, ClusterDiagram, Quiz, Lab };
