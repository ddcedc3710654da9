/**
 * Runs each golden script in real bash (interactive, in a pseudo-terminal 80 columns wide, C.UTF-8,
 * home /tmp/kdjg/home) and compares every command's output with our transcript. Commands whose
 * first line carries a `# virtual` comment are where the simulated world must differ (clock,
 * kubectl, the environment...): bash does not run them and they are not compared.
 * Opt-in: KUBEDOJO_BASH_COMPARE=1 (needs bash 5.2, GNU coreutils/grep/sed, mawk and `script`).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GOLDEN_HOME, goldenShell } from './testing/golden-host';
import { runTranscript, splitCommands } from './transcript';

const DIR = join(import.meta.dirname, '__golden__');
const ROOT = '/tmp/kdjg';
const DRIVER = '/tmp/kdjg-driver.sh';

const quote = (text: string) => `'${text.replace(/'/g, "'\\''")}'`;
const echo = (command: string) =>
  command
    .split('\n')
    .map((line, i) => `${i === 0 ? '$ ' : '> '}${line}\n`)
    .join('');

/**
 * Runs the commands in an interactive bash without line editing (so it echoes nothing itself);
 * before each command the driver prints the echo, keeping `$?` intact around it.
 */
function realBash(commands: string[]): string {
  rmSync(ROOT, { recursive: true, force: true });
  mkdirSync(GOLDEN_HOME, { recursive: true });
  const driver = ["PS1=''; PS2=''; set +H"];
  for (const command of commands) {
    driver.push(`__s=$?; printf %s ${quote(echo(command))}; (exit $__s)`);
    // Simulated-only commands (sleep, the clock...) are not run at all, only echoed.
    if (!isVirtual(command)) driver.push(command);
  }
  writeFileSync(DRIVER, `${driver.join('\n')}\n`);
  const env = `env -i HOME=${GOLDEN_HOME} PATH=/usr/bin:/bin LANG=C.UTF-8 TERM=xterm`;
  const run = spawnSync('script', ['-qc', `stty cols 80; ${env} bash --norc --noprofile --noediting -i < ${DRIVER}`, '/dev/null'], {
    cwd: GOLDEN_HOME,
    encoding: 'utf8',
    timeout: 20_000,
  });
  return run.stdout
    .replace(/\r\n/g, '\n')
    .replace(/exit\n$/, '')
    .replace(/here-document at line \d+/g, 'here-document at line N');
}

const isVirtual = (command: string) => /# virtual\b/.test(command.split('\n')[0] ?? '');

/** Splits a transcript into each command's output, given the commands in order. */
function outputs(transcript: string, commands: string[]): string[] {
  const echoes = commands.map(echo);
  const result: string[] = [];
  let pos = 0;
  echoes.forEach((text, i) => {
    const start = transcript.indexOf(text, pos);
    if (start < 0) throw new Error(`command not found in transcript: ${text}`);
    const from = start + text.length;
    const nextEcho = echoes[i + 1];
    const end = nextEcho === undefined ? transcript.length : transcript.indexOf(nextEcho, from);
    result.push(transcript.slice(from, end < 0 ? transcript.length : end));
    pos = from;
  });
  return result;
}

const scripts = readdirSync(DIR).filter((f) => f.endsWith('.sh')).sort();

describe.runIf(process.env.KUBEDOJO_BASH_COMPARE)('golden scripts against real bash', () => {
  for (const name of scripts) {
    it(name, () => {
      const script = readFileSync(join(DIR, name), 'utf8');
      if (script.startsWith('# virtual-only')) return;
      const shell = goldenShell();
      const commands = splitCommands(script, (text) => shell.needsMoreInput(text));
      // Interactive bash numbers lines over the whole session (the driver's extra lines included).
      const ours = outputs(runTranscript(goldenShell(), script).text.replace(/here-document at line \d+/g, 'here-document at line N'), commands);
      const theirs = outputs(realBash(commands), commands);
      const differences = commands
        .map((command, i) => ({ command, ours: ours[i], bash: theirs[i] }))
        .filter((c) => !isVirtual(c.command) && c.ours !== c.bash);
      expect(differences).toEqual([]);
    });
  }
});
