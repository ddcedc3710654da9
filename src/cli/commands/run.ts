/**
 * `kubedojo run [--seed N] [FILE|-]`: a script of shell lines in one fresh sandbox, printed as the
 * terminal shows it (`$ ` + each input, then its output, stdout and stderr in order). Virtual
 * time: `sleep 30` moves the cluster 30 s at once. Exit 0 when the script ran, whatever its
 * commands returned; 1 when the script cannot be read; 2 for usage mistakes.
 */
import { createSandbox, runSandboxScript } from '../../sandbox';
import { intFlag, parseCli } from '../args';
import type { CliIO } from '../io';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

export const runCommand: Subcommand = {
  name: 'run',
  summary: 'Run a script of shell lines in a fresh sandbox and print the terminal transcript.',
  usage: '[--seed N] [FILE|-]',
  options: '  --seed N   seed of the simulated cluster (default 1): same seed and script, same output\n  FILE       the script; - or nothing reads it from stdin\n',
  run(args, io) {
    const parsed = parseCli(args, { seed: { value: true } });
    if ('error' in parsed) return usageFailure(io, 'run', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(runCommand));
      return 0;
    }
    const seed = intFlag(parsed, 'seed', 1);
    if (typeof seed !== 'number') return usageFailure(io, 'run', seed.error);
    if (parsed.operands.length > 1) return usageFailure(io, 'run', `expected one script, got ${parsed.operands.length}`);
    const script = readScript(parsed.operands[0] ?? '-', io);
    if (typeof script !== 'string') return 1;
    const sandbox = createSandbox({ seed });
    runSandboxScript(sandbox, script, (text) => io.out(text));
    return 0;
  },
};

function readScript(file: string, io: CliIO): string | undefined {
  const text = file === '-' ? io.readStdin() : io.readFile(file);
  if (typeof text === 'string') return text;
  const why = 'code' in text && text.code === 'ENOENT' ? 'no such file' : text.message;
  io.err(`kubedojo run: cannot read ${file === '-' ? 'stdin' : file}: ${why}\n`);
  return undefined;
}
