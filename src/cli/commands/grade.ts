/**
 * `kubedojo grade --lab ID [FILE|-] [--json] [--lang en|zh]`: runs a script of shell lines from the
 * lab's starting state, lets the cluster settle (as time would pass in the browser), then grades
 * every task and prints a report: one line per task with its points, the checks of tasks not
 * passed, and the score. Exit 0 when every task passed, 1 otherwise, 2 for usage mistakes.
 */
import { grade, settle, type Language, type LabGrade, type Lab } from '../../grading';
import { runSandboxScript } from '../../sandbox';
import { intFlag, parseCli } from '../args';
import { GRADING_ENV } from '../content';
import { LAB_FLAGS, LAB_OPTIONS, labOf, startingSandbox } from '../lab-flags';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';
import { readScript } from './run';

const points = (n: number) => String(Math.round(n * 100) / 100);

/** The report as text, titles in `lang`. */
export function formatGradeReport(lab: Lab, result: LabGrade, lang: Language): string {
  const idWidth = Math.max(...result.tasks.map((t) => t.taskId.length));
  const score = (t: { earned: number; points: number }) => `${points(t.earned)}/${points(t.points)}`;
  const scoreWidth = Math.max(...result.tasks.map((t) => score(t).length));
  const lines = [`Lab ${lab.id}: ${lab.title[lang]}`];
  for (const t of result.tasks) {
    lines.push(`${t.passed ? '✓' : '✗'} ${t.taskId.padEnd(idWidth)}  ${score(t).padStart(scoreWidth)}  ${t.title[lang]}`);
    if (t.passed) continue;
    for (const c of t.checks) lines.push(`    ${c.pass ? '✓' : '✗'} ${c.check}: ${c.message.split('\n').join('\n      ')}`);
  }
  const done = result.tasks.filter((t) => t.passed).length;
  lines.push(`Score: ${points(result.earned)}/${points(result.points)} (${done} of ${result.tasks.length} tasks passed)`);
  return `${lines.join('\n')}\n`;
}

export const gradeCommand: Subcommand = {
  name: 'grade',
  summary: "Run a script from a lab's starting state, then grade the lab's tasks.",
  usage: '--lab ID [--seed N] [--json] [--lang en|zh] [FILE|-]',
  options:
    LAB_OPTIONS +
    "  --seed N       seed of the simulated cluster (default: the lab's)\n" +
    '  --json         print the grade as JSON\n' +
    '  --lang L       language of the task titles: en (default) or zh\n' +
    '  FILE           the script; - or nothing reads it from stdin\n',
  run(args, io) {
    const parsed = parseCli(args, { ...LAB_FLAGS, seed: { value: true }, json: { value: false }, lang: { value: true } });
    if ('error' in parsed) return usageFailure(io, 'grade', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(gradeCommand));
      return 0;
    }
    if (!parsed.flags.has('lab')) return usageFailure(io, 'grade', 'missing --lab ID');
    const seed = intFlag(parsed, 'seed', 1);
    if (typeof seed !== 'number') return usageFailure(io, 'grade', seed.error);
    const lang = parsed.flags.get('lang') ?? 'en';
    if (lang !== 'en' && lang !== 'zh') return usageFailure(io, 'grade', `invalid value "${lang}" for --lang: expected en or zh`);
    if (parsed.operands.length > 1) return usageFailure(io, 'grade', `expected one script, got ${parsed.operands.length}`);
    const lab = labOf(parsed, io, 'grade');
    if (lab === 1 || lab === undefined) return 1;
    const script = readScript(parsed.operands[0] ?? '-', io, 'grade');
    if (script === undefined) return 1;
    const sandbox = startingSandbox(lab, parsed.flags.has('seed') ? seed : undefined, io, 'grade');
    if (sandbox === 1) return 1;
    runSandboxScript(sandbox, script);
    settle(sandbox.cluster);
    const result = grade(lab, sandbox, GRADING_ENV);
    io.out(parsed.flags.has('json') ? `${JSON.stringify(result, null, 2)}\n` : formatGradeReport(lab, result, lang));
    return result.passed ? 0 : 1;
  },
};
