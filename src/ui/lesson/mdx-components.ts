/**
 * Components every lesson may use without importing them (passed to the MDX content):
 *   <Run cmd="…" />      a runnable command (src/ui/code/Run.astro)
 *   <ClusterDiagram />   the parts of a cluster (diagrams/ClusterDiagram.astro)
 */
import Run from '../code/Run.astro';
import ClusterDiagram from './diagrams/ClusterDiagram.astro';

export const LESSON_COMPONENTS = { Run, ClusterDiagram };
