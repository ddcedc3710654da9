/**
 * Grading: labs and quizzes as data (schema/), the read-only view checks read (view.ts), a lab's
 * starting sandbox (start.ts) and grading its tasks (grade.ts). The checks themselves are the
 * top-level checks/ library; the sandbox is passed in (sandbox.ts says why and how).
 */
export * from './schema';
export type { CheckDefinition, CheckLibrary, CheckResult, CommandRun, GradingView, PodState } from './types';
export { defineCheck } from './types';
export { gradingView, type GradingViewOptions } from './view';
export { sandboxHistory, type GradingEnv, type LabSandbox } from './sandbox';
export { startLab, labClusterOptions, SETTLE_LIMIT_MS, settle, type LabStart, type StartLabOptions } from './start';
export { grade, gradeTask, checkTask, runCheck, viewOf, type CheckGrade, type GradeEnv, type GradeTarget, type LabGrade, type TaskGrade, type TaskStatus } from './grade';
export { verifyLab, type TaskVerdict, type LabVerdict } from './verify';
