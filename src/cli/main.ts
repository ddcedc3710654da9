/**
 * The `kubedojo` command line (bin/kubedojo.mjs runs this through tsx): finds the subcommand and
 * runs it. `main` takes its arguments and IO so tests can run it in-process.
 */
import { SUBCOMMANDS } from './commands';
import { processIO, type CliIO } from './io';
import { subcommandHelp } from './subcommand';

export function rootHelp(): string {
  const width = Math.max(...SUBCOMMANDS.map((c) => c.name.length));
  const lines = SUBCOMMANDS.map((c) => `  ${c.name.padEnd(width)}   ${c.summary}`);
  return (
    'kubedojo runs the Kubedojo Kubernetes simulator in your terminal: the same engine as the website.\n\n' +
    'Usage:\n  kubedojo COMMAND [options]\n\n' +
    `Commands:\n${lines.join('\n')}\n\n` +
    "Run 'kubedojo COMMAND --help' for a command's options.\n"
  );
}

export async function main(argv: readonly string[], io: CliIO = processIO()): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    const topic = name === 'help' ? SUBCOMMANDS.find((c) => c.name === rest[0]) : undefined;
    io.out(topic ? subcommandHelp(topic) : rootHelp());
    return 0;
  }
  const cmd = SUBCOMMANDS.find((c) => c.name === name);
  if (!cmd) {
    io.err(`kubedojo: unknown command "${name}"\nRun 'kubedojo --help' for usage.\n`);
    return 2;
  }
  return cmd.run(rest, io);
}
