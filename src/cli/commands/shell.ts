/**
 * `kubedojo shell [--lab ID] [--seed N] [--speed X]`: the sandbox in your terminal (on a lab's
 * starting state with --lab, its tasks listed first). A readline loop with the
 * sandbox's prompt (`controlplane:~$ `), history (↑/↓), Tab completion (commands, kubectl verbs,
 * resource types, live names, files) and continuation lines for unfinished input. The cluster
 * follows real time (src/sim/driver.ts, X virtual seconds per second); a command that waits
 * (`sleep`, `kubectl wait`) skips ahead at once instead of blocking the terminal.
 */
import { createInterface, type Completer } from 'node:readline';
import type { Lab } from '../../grading';
import { completeLine, type Sandbox } from '../../sandbox';
import { CONTINUATION_PROMPT } from '../../shell';
import { ClockDriver, MAX_TICK_VIRTUAL_MS } from '../../sim/driver';
import { intFlag, numberFlag, parseCli } from '../args';
import type { CliIO } from '../io';
import { LAB_FLAGS, LAB_OPTIONS, labOf, startingSandbox } from '../lab-flags';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

/** How often the cluster moves while the terminal waits for input (real ms). */
const IDLE_TICK_MS = 1000;

export const shellCommand: Subcommand = {
  name: 'shell',
  summary: 'Open an interactive shell on the control plane of a fresh simulated cluster.',
  usage: '[--lab ID] [--seed N] [--speed X]',
  options:
    '  --seed N       seed of the simulated cluster (default 1, or the lab\'s)\n' +
    '  --speed X      virtual seconds per real second (default 1); waits such as sleep always skip ahead\n' +
    LAB_OPTIONS,
  run(args, io) {
    const parsed = parseCli(args, { seed: { value: true }, speed: { value: true }, ...LAB_FLAGS });
    if ('error' in parsed) return usageFailure(io, 'shell', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(shellCommand));
      return 0;
    }
    const seed = intFlag(parsed, 'seed', 1);
    if (typeof seed !== 'number') return usageFailure(io, 'shell', seed.error);
    const speed = numberFlag(parsed, 'speed', 1);
    if (typeof speed !== 'number') return usageFailure(io, 'shell', speed.error);
    if (parsed.operands.length > 0) return usageFailure(io, 'shell', `unexpected argument "${parsed.operands[0]}"`);
    const lab = labOf(parsed, io, 'shell');
    if (lab === 1) return 1;
    const sandbox = startingSandbox(lab, parsed.flags.has('seed') ? seed : undefined, io, 'shell', io.stdout.columns || 80);
    if (sandbox === 1) return 1;
    if (lab) io.out(labBanner(lab));
    return interactive(sandbox, speed, io);
  },
};

/** The lab's title and tasks, shown before the first prompt. */
function labBanner(lab: Lab): string {
  const tasks = lab.tasks.map((t, i) => `  ${i + 1}. ${t.title.en} (${t.points} ${t.points === 1 ? 'point' : 'points'})\n`).join('');
  return `Lab ${lab.id}: ${lab.title.en}\n${tasks}Grade your work with: kubedojo grade --lab ${lab.id}\n\n`;
}

function interactive(sandbox: Sandbox, speed: number, io: CliIO): Promise<number> {
  const driver = new ClockDriver(sandbox.cluster, { speed });
  let last = performance.now();
  /** Moves the cluster by the real time since the last call, in steps the driver accepts. */
  const catchUp = () => {
    const now = performance.now();
    let wall = now - last;
    last = now;
    const step = MAX_TICK_VIRTUAL_MS / speed;
    for (; wall > 0; wall -= step) driver.tick(Math.min(wall, step));
  };
  const completer: Completer = (line) => {
    const c = completeLine(sandbox, line, line.length);
    const word = line.slice(c.replaceFrom);
    const only = c.candidates.length === 1 ? c.candidates[0] : undefined;
    return [only !== undefined && !only.endsWith('/') ? [`${only} `] : c.candidates, word];
  };
  const rl = createInterface({ input: io.stdin, output: io.stdout, completer, terminal: io.stdin.isTTY === true, historySize: 1000 });
  const idle = setInterval(catchUp, IDLE_TICK_MS);
  idle.unref();
  let pending: string[] = [];
  const prompt = () => {
    rl.setPrompt(pending.length > 0 ? CONTINUATION_PROMPT : sandbox.prompt());
    rl.prompt();
  };
  io.stdout.on('resize', () => {
    sandbox.columns = io.stdout.columns || 80;
  });
  return new Promise<number>((resolve) => {
    let code = 0;
    let ended = false;
    rl.on('line', (line) => {
      pending.push(line);
      const input = pending.join('\n');
      if (sandbox.needsMoreInput(input)) return prompt();
      pending = [];
      catchUp();
      const result = sandbox.run(input);
      io.out(result.output);
      code = result.exitCode;
      if (result.closed) {
        ended = true;
        return rl.close();
      }
      prompt();
    });
    rl.on('SIGINT', () => {
      // As bash: the line typed so far is dropped and a fresh prompt appears.
      rl.write(null, { ctrl: true, name: 'e' });
      rl.write(null, { ctrl: true, name: 'u' });
      io.out('^C\n');
      pending = [];
      prompt();
    });
    rl.on('close', () => {
      // Ctrl-D at a terminal: bash says `exit` as it leaves.
      if (!ended && io.stdin.isTTY) io.out('exit\n');
      clearInterval(idle);
      resolve(code);
    });
    prompt();
  });
}
