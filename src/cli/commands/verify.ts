/**
 * `kubedojo verify [--content DIR] [--json]`: every lab and quiz validates, and every task of
 * every lab is proven from the lab's starting state (src/grading/verify.ts): its checks fail
 * before its reference solution, every solution line exits 0, and its checks pass after. One line
 * per task and quiz, then `N passed, N failed`; exit 1 when anything failed.
 */
import { formatAuthoringError, hasErrors, verifyLab, type AuthoringError } from '../../grading';
import { parseCli } from '../args';
import { DEFAULT_CONTENT_DIR, GRADING_ENV, loadContent } from '../content';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

/** One line of the report: a task, a quiz, a lab that could not start, or an authoring error. */
export type VerifyResult =
  | { kind: 'task'; lab: string; task: string; ok: boolean; checks: number; problems: string[] }
  | { kind: 'quiz'; quiz: string; ok: true; questions: number }
  | { kind: 'lab'; lab: string; ok: false; problems: string[] }
  | { kind: 'authoring'; file: string; ok: false; error: AuthoringError };

export interface VerifyReport {
  results: VerifyResult[];
  passed: number;
  failed: number;
}

/** The proof of all content under `contentDir`, or the message when the folder cannot be read. */
export function verifyContent(content: Exclude<ReturnType<typeof loadContent>, Error>): VerifyReport {
  const results: VerifyResult[] = [];
  for (const { file, loaded } of content.labs) {
    if (hasErrors(loaded)) {
      results.push(...loaded.errors.map((error) => ({ kind: 'authoring' as const, file, ok: false as const, error })));
      continue;
    }
    const verdict = verifyLab(loaded, GRADING_ENV);
    if (verdict.startError !== undefined) results.push({ kind: 'lab', lab: loaded.id, ok: false, problems: [`starting state: ${verdict.startError}`] });
    for (const t of verdict.tasks) results.push({ kind: 'task', lab: loaded.id, task: t.taskId, ok: t.ok, checks: t.checks, problems: t.problems });
  }
  for (const { file, loaded } of content.quizzes) {
    if (hasErrors(loaded)) results.push(...loaded.errors.map((error) => ({ kind: 'authoring' as const, file, ok: false as const, error })));
    else results.push({ kind: 'quiz', quiz: loaded.id, ok: true, questions: loaded.questions.length });
  }
  const passed = results.filter((r) => r.ok).length;
  return { results, passed, failed: results.length - passed };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** One problem after the name; several as a list below it, each problem's own lines indented under it. */
function problemsText(problems: readonly string[]): string {
  if (problems.length === 1) return `: ${problems[0]}`;
  return `: ${plural(problems.length, 'problem')}${problems.map((p) => `\n    - ${p.split('\n').join('\n    ')}`).join('')}`;
}

/** The report as text: `✓ pods/run-pod  (3 checks)`, `✗ pods/fix-pod: <reason>`, then the counts. */
export function formatVerifyReport(report: VerifyReport): string {
  const lines = report.results.map((r) => {
    switch (r.kind) {
      case 'task':
        return r.ok ? `✓ ${r.lab}/${r.task}  (${plural(r.checks, 'check')})` : `✗ ${r.lab}/${r.task}${problemsText(r.problems)}`;
      case 'quiz':
        return `✓ quiz ${r.quiz}  (${plural(r.questions, 'question')})`;
      case 'lab':
        return `✗ ${r.lab}${problemsText(r.problems)}`;
      case 'authoring':
        return `✗ ${formatAuthoringError(r.error)}`;
    }
  });
  return `${lines.join('\n')}${lines.length > 0 ? '\n' : ''}${report.passed} passed, ${report.failed} failed\n`;
}

export const verifyCommand: Subcommand = {
  name: 'verify',
  summary: 'Validate all content and prove every lab task fails before and passes after its solution.',
  usage: '[--content DIR] [--json]',
  options: '  --content DIR  the course content folder holding labs/ and quizzes/ (default ./content)\n  --json         print the report as JSON\n',
  run(args, io) {
    const parsed = parseCli(args, { content: { value: true }, json: { value: false } });
    if ('error' in parsed) return usageFailure(io, 'verify', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(verifyCommand));
      return 0;
    }
    if (parsed.operands.length > 0) return usageFailure(io, 'verify', `unexpected argument "${parsed.operands[0]}"`);
    const content = loadContent(io, parsed.flags.get('content') ?? DEFAULT_CONTENT_DIR);
    if (content instanceof Error) {
      io.err(`kubedojo verify: ${content.message}\n`);
      return 1;
    }
    const report = verifyContent(content);
    io.out(parsed.flags.has('json') ? `${JSON.stringify(report, null, 2)}\n` : formatVerifyReport(report));
    return report.failed > 0 ? 1 : 0;
  },
};
