/**
 * What a lesson page does once loaded: Copy/Run buttons, remember the lesson as visited, then
 * show progress marks in the sidebar.
 */
import { installCodeActions } from '../code/code-actions';
import { markLessonVisited } from '../progress';
import { fillProgressSlots } from '../progress/progress-slots';

export function startLessonPage(): void {
  installCodeActions();
  const slug = document.querySelector<HTMLElement>('[data-lesson-slug]')?.dataset['lessonSlug'];
  if (slug) void markLessonVisited(slug).then(fillProgressSlots);
}
