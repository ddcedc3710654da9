/**
 * `kubedojo run [--lab ID] [--seed N] [FILE|-]`: a script of shell lines in one fresh sandbox (or
 * the starting state of a lab), printed as the
 * terminal shows it (`$ ` + each input, then its output, stdout and stderr in order). Virtual
 * time: `sleep 30` moves the cluster 30 s at once. Exit 0 when the script ran, whatever its
 * commands returned; 1 when the script cannot be read; 2 for usage mistakes.
 */
import { runSandboxScript } from '../../sandbox';
import { intFlag, parseCli } from '../args';
import type { CliIO } from '../io';
import { LAB_FLAGS, LAB_OPTIONS, labOf, startingSandbox } from '../lab-flags';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

export const runCommand: Subcommand = {
  name: 'run',
  summary: 'Run a script of shell lines in a fresh sandbox and print the terminal transcript.',
  usage: '[--lab ID] [--seed N] [FILE|-]',
  options:
    '  --seed N       seed of the simulated cluster (default 1, or the lab\'s): same seed and script, same output\n' +
    LAB_OPTIONS +
    '  FILE           the script; - or nothing reads it from stdin\n',
  run(args, io) {
    const parsed = parseCli(args, { seed: { value: true }, ...LAB_FLAGS });
    if ('error' in parsed) return usageFailure(io, 'run', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(runCommand));
      return 0;
    }
    const seed = intFlag(parsed, 'seed', 1);
    if (typeof seed !== 'number') return usageFailure(io, 'run', seed.error);
    if (parsed.operands.length > 1) return usageFailure(io, 'run', `expected one script, got ${parsed.operands.length}`);
    const lab = labOf(parsed, io, 'run');
    if (lab === 1) return 1;
    const script = readScript(parsed.operands[0] ?? '-', io);
    if (typeof script !== 'string') return 1;
    const sandbox = startingSandbox(lab, parsed.flags.has('seed') ? seed : undefined, io, 'run');
    if (sandbox === 1) return 1;
    runSandboxScript(sandbox, script, (text) => io.out(text));
    return 0;
  },
};

/** The script named by FILE, or stdin for `-`; prints why and returns undefined when it cannot be read. */
export function readScript(file: string, io: CliIO, cmd = 'run'): string | undefined {
  const text = file === '-' ? io.readStdin() : io.readFile(file);
  if (typeof text === 'string') return text;
  const why = 'code' in text && text.code === 'ENOENT' ? 'no such file' : text.message;
  io.err(`kubedojo ${cmd}: cannot read ${file === '-' ? 'stdin' : file}: ${why}\n`);
  return undefined;
}
