/**
 * A lab as the page shows it, in one language: what Lab.astro renders (Markdown still as source;
 * the component turns it into HTML) and the little the browser needs to know per task. Pure.
 */
import type { Lab } from '../../grading';
import type { Lang } from '../i18n/lang';

export interface TaskView {
  id: string;
  /** Markdown, one line. */
  title: string;
  /** Markdown. */
  description: string;
  points: number;
  /** Markdown, shown one at a time, the gentlest first. */
  hints: string[];
  /** Shell inputs, in order. */
  solution: string[];
}

export interface LabView {
  id: string;
  title: string;
  description?: string;
  /** The lab's points: every task's. */
  points: number;
  tasks: TaskView[];
}

/** What the browser needs of a task, carried in the markup's data attributes. */
export interface TaskMeta {
  id: string;
  points: number;
  hints: number;
}

export function labView(lab: Lab, lang: Lang): LabView {
  const view: LabView = {
    id: lab.id,
    title: lab.title[lang],
    points: lab.tasks.reduce((sum, t) => sum + t.points, 0),
    tasks: lab.tasks.map((t) => ({
      id: t.id,
      title: t.title[lang],
      description: t.description[lang],
      points: t.points,
      hints: t.hints.map((h) => h[lang]),
      solution: [...t.solution],
    })),
  };
  if (lab.description) view.description = lab.description[lang];
  return view;
}

/** The DOM id of a task's element (ids are slugs, unique in the lab). */
export function taskDomId(labId: string, taskId: string): string {
  return `lab-${labId}-${taskId}`;
}
