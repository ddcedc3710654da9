/**
 * commandOutput: a shell line, run in a throwaway copy of the student's sandbox (a fresh login on
 * the control plane), prints what is expected — exactly, matching a pattern, or so many lines.
 */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { exactlyOne, regexParam } from './support/params';
import { count } from './support/words';

const MAX_SHOWN_LINES = 10;

/** The output as a message shows it: indented on the lines below, at most ten lines. */
function printed(output: string): string {
  const lines = output.replace(/\n$/, '').split('\n');
  if (output === '') return ' nothing';
  const shownLines = lines.slice(0, MAX_SHOWN_LINES).map((l) => `    ${l}`);
  if (lines.length > MAX_SHOWN_LINES) shownLines.push(`    ... (${lines.length - MAX_SHOWN_LINES} more lines)`);
  return `:\n${shownLines.join('\n')}`;
}

export const commandOutput = defineCheck({
  name: 'commandOutput',
  description:
    'Runs a shell line in a throwaway copy of the sandbox (the student sees nothing of it) and passes when its output (stdout and stderr) equals the text, matches the pattern, or has the number of lines given; and, with exitCode, when it exits with that status.',
  params: z
    .strictObject({
      run: z.string().min(1).describe('The shell line to run, e.g. kubectl get pods -l app=web --no-headers.').meta({ examples: ['kubectl get pods -l app=web --no-headers'] }),
      equals: z.string().optional().describe('The exact output expected (a trailing newline or spaces do not matter).').meta({ examples: ['nginx:1.27'] }),
      matches: regexParam.optional().describe('A regular expression the output must match (multi-line: ^ and $ match at each line).'),
      lines: z.int().min(0).optional().describe('How many lines the output must have.').meta({ examples: [3] }),
      exitCode: z.int().min(0).max(255).optional().describe('The exit status expected; omitted: any.').meta({ examples: [0] }),
    })
    .superRefine(exactlyOne(['equals', 'matches', 'lines']))
    .describe('The line to run, and one of equals, matches or lines.'),
  run(view, p) {
    if (!view.runInCopy) return { pass: false, message: 'this check needs the sandbox to run a command, and grading was given only a view of the cluster' };
    const r = view.runInCopy(p.run);
    const cmd = `\`${p.run}\``;
    const found = { output: r.output, exitCode: r.exitCode };
    if (p.exitCode !== undefined && r.exitCode !== p.exitCode) {
      return { pass: false, message: `expected ${cmd} to exit with status ${p.exitCode}, it exited with ${r.exitCode} and printed${printed(r.output)}`, found };
    }
    if (p.equals !== undefined) {
      if (r.output.trimEnd() === p.equals.trimEnd()) return { pass: true, message: `${cmd} printed the expected output`, found };
      return { pass: false, message: `expected ${cmd} to print ${JSON.stringify(p.equals.trimEnd())}, it printed${printed(r.output)}`, found };
    }
    if (p.matches !== undefined) {
      if (new RegExp(p.matches, 'm').test(r.output)) return { pass: true, message: `the output of ${cmd} matches /${p.matches}/`, found };
      return { pass: false, message: `expected the output of ${cmd} to match /${p.matches}/, it printed${printed(r.output)}`, found };
    }
    const n = r.output === '' ? 0 : r.output.replace(/\n$/, '').split('\n').length;
    if (n === p.lines) return { pass: true, message: `${cmd} printed ${count(n, 'line')}`, found };
    return { pass: false, message: `expected ${cmd} to print ${count(p.lines ?? 0, 'line')}, it printed ${n}${printed(r.output)}`, found };
  },
});
