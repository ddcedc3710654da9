import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { main, rootHelp } from './main';
import { recordingIO } from './testing';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

describe('kubedojo main', () => {
  it('prints the command list for --help, help and no arguments', async () => {
    for (const argv of [['--help'], ['help'], []]) {
      const io = recordingIO();
      expect(await main(argv, io)).toBe(0);
      expect(io.stdoutText).toBe(rootHelp());
    }
    expect(rootHelp()).toBe(
      [
        'kubedojo runs the Kubedojo Kubernetes simulator in your terminal: the same engine as the website.',
        '',
        'Usage:',
        '  kubedojo COMMAND [options]',
        '',
        'Commands:',
        '  shell    Open an interactive shell on the control plane of a fresh simulated cluster.',
        '  run      Run a script of shell lines in a fresh sandbox and print the terminal transcript.',
        '  verify   Validate all content and prove every lab task fails before and passes after its solution.',
        "  grade    Run a script from a lab's starting state, then grade the lab's tasks.",
        "  bench    Print the engine's performance figures (boot, 5,000 pods, snapshots, kubectl on 1,000 pods, the browser).",
        '',
        "Run 'kubedojo COMMAND --help' for a command's options.",
        '',
      ].join('\n'),
    );
  });

  it('rejects an unknown subcommand with exit code 2', async () => {
    const io = recordingIO();
    expect(await main(['deploy'], io)).toBe(2);
    expect([io.stdoutText, io.stderrText]).toEqual(['', 'kubedojo: unknown command "deploy"\nRun \'kubedojo --help\' for usage.\n']);
  });

  it('explains run and its usage mistakes', async () => {
    let io = recordingIO();
    expect(await main(['run', '--help'], io)).toBe(0);
    expect(io.stdoutText).toBe(
      'Run a script of shell lines in a fresh sandbox and print the terminal transcript.\n\nUsage:\n  kubedojo run [--lab ID] [--seed N] [FILE|-]\n\nOptions:\n' +
        "  --seed N       seed of the simulated cluster (default 1, or the lab's): same seed and script, same output\n" +
        '  --lab ID       start from the starting state of the lab content/labs/ID.yaml\n' +
        '  --content DIR  the course content folder holding labs/ (default ./content)\n' +
        '  FILE           the script; - or nothing reads it from stdin\n',
    );
    io = recordingIO();
    expect(await main(['run', '--seed', 'x'], io)).toBe(2);
    expect(io.stderrText).toBe('kubedojo run: invalid value "x" for --seed: expected a whole number\nRun \'kubedojo run --help\' for usage.\n');
    io = recordingIO();
    expect(await main(['run', '--fast'], io)).toBe(2);
    expect(io.stderrText).toBe("kubedojo run: unknown flag: --fast\nRun 'kubedojo run --help' for usage.\n");
    io = recordingIO();
    expect(await main(['run', 'missing.sh'], io)).toBe(1);
    expect(io.stderrText).toBe('kubedojo run: cannot read missing.sh: no such file\n');
  });

  it('reads the script from stdin and honours --seed', async () => {
    const io = recordingIO({}, 'hostname\nkubectl get pods\n');
    expect(await main(['run', '--seed=7', '-'], io)).toBe(0);
    expect(io.stdoutText).toBe('$ hostname\ncontrolplane\n$ kubectl get pods\nNo resources found in default namespace.\n');
  });

  it('checks bench usage before measuring anything', async () => {
    let io = recordingIO();
    expect(await main(['bench', '--only', 'disk'], io)).toBe(2);
    expect(io.stderrText).toBe('kubedojo bench: unknown suite "disk": expected sim, kubectl or browser\nRun \'kubedojo bench --help\' for usage.\n');
    io = recordingIO();
    expect(await main(['bench', '--help'], io)).toBe(0);
    expect(io.stdoutText).toBe(
      "Print the engine's performance figures (boot, 5,000 pods, snapshots, kubectl on 1,000 pods, the browser).\n\nUsage:\n  kubedojo bench [--only sim|kubectl|browser]\n\nOptions:\n" +
        '  --only NAME    run one suite: sim (cluster boot, scale-up, snapshots), kubectl (commands on 1,000 pods)\n' +
        "                 or browser (the scale-up in Chromium's worker)\n",
    );
  });

  // A child process compiles the TypeScript sources through tsx first: seconds, more on a busy machine.
  it('runs as a program: node bin/kubedojo.mjs run -', { timeout: 60_000 }, () => {
    const result = spawnSync(process.execPath, ['bin/kubedojo.mjs', 'run', '-'], { cwd: ROOT, input: 'echo hello\nkubectl get ns default\nexit 3\necho never\n', encoding: 'utf8' });
    expect({ status: result.status, stdout: result.stdout, stderr: result.stderr }).toEqual({
      status: 0,
      stdout: '$ echo hello\nhello\n$ kubectl get ns default\nNAME      STATUS   AGE\ndefault   Active   10d\n$ exit 3\nexit\n',
      stderr: '',
    });
  });
});
