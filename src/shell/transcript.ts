/**
 * Running a script of shell lines the way the terminal shows them: each command echoed after a
 * `$ ` prompt (continuation lines after `> `), then its output. `kubedojo run` prints this, and
 * the golden tests compare it byte for byte with real bash.
 */
import type { Shell } from './interpreter/shell';

export interface Transcript {
  text: string;
  /** Exit status of the last command run. */
  exitCode: number;
  /** Set when `exit` ended the shell before the script did. */
  exited: boolean;
}

export function runTranscript(shell: Shell, script: string): Transcript {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let text = '';
  let exitCode = 0;
  for (let i = 0; i < lines.length; ) {
    const group = [lines[i++] ?? ''];
    while (i < lines.length && shell.needsMoreInput(group.join('\n'))) group.push(lines[i++] ?? '');
    text += group.map((line, n) => `${n === 0 ? '$ ' : '> '}${line}\n`).join('');
    const result = shell.run(group.join('\n'));
    text += result.output;
    exitCode = result.exitCode;
    if (result.exit) return { text, exitCode, exited: true };
  }
  return { text, exitCode, exited: false };
}

/** Splits a script into the inputs a terminal would send (a command with its here-document is one). */
export function splitCommands(script: string, needsMore: (text: string) => boolean): string[] {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  const commands: string[] = [];
  for (let i = 0; i < lines.length; ) {
    const group = [lines[i++] ?? ''];
    while (i < lines.length && needsMore(group.join('\n'))) group.push(lines[i++] ?? '');
    commands.push(group.join('\n'));
  }
  return commands;
}
