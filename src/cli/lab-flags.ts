/**
 * `--lab ID` and `--content DIR`, shared by run, shell and grade: the sandbox a subcommand starts
 * from — a lab's starting state, or a fresh default cluster.
 */
import { formatAuthoringErrors, startLab, type Lab } from '../grading';
import { createSandbox, type Sandbox } from '../sandbox';
import type { ParsedCli } from './args';
import { DEFAULT_CONTENT_DIR, findLab, GRADING_ENV } from './content';
import type { CliIO } from './io';

export const LAB_FLAGS = { lab: { value: true }, content: { value: true } } as const;

export const LAB_OPTIONS =
  '  --lab ID       start from the starting state of the lab content/labs/ID.yaml\n' +
  '  --content DIR  the course content folder holding labs/ (default ./content)\n';

/** The lab named by --lab, or undefined without one; prints why and returns 1 when it cannot be loaded. */
export function labOf(parsed: ParsedCli, io: CliIO, cmd: string): Lab | undefined | 1 {
  const id = parsed.flags.get('lab');
  if (id === undefined) return undefined;
  const found = findLab(io, parsed.flags.get('content') ?? DEFAULT_CONTENT_DIR, id);
  if ('message' in found) {
    io.err(`kubedojo ${cmd}: ${found.message}\n${found.errors ? formatAuthoringErrors(found.errors) : ''}`);
    return 1;
  }
  return found;
}

/** The starting sandbox: the lab's (on --seed when given, else its own seed), or a fresh one. */
export function startingSandbox(lab: Lab | undefined, seed: number | undefined, io: CliIO, cmd: string, columns?: number): Sandbox | 1 {
  if (!lab) return createSandbox({ seed: seed ?? 1, ...(columns ? { columns } : {}) });
  const started = startLab(lab, GRADING_ENV, seed === undefined ? {} : { seed });
  if (!started.ok) {
    io.err(`kubedojo ${cmd}: the lab ${lab.id} cannot start: ${started.error}\n`);
    return 1;
  }
  if (columns) started.sandbox.columns = columns;
  return started.sandbox;
}
