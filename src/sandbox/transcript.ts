/**
 * A script run in a sandbox as `kubedojo run` prints it: each input echoed after `$ ` (its
 * continuation lines after `> `), then what the terminal showed. Inputs are split as the terminal
 * would send them, by whichever shell is current at that point (after `ssh node01` the next lines
 * go to node01).
 */
import type { Sandbox } from './sandbox';

export interface SandboxTranscript {
  text: string;
  /** Exit status of the last input. */
  exitCode: number;
  /** The student's own shell was ended by `exit` before the script did. */
  closed: boolean;
}

export function runSandboxScript(sandbox: Sandbox, script: string, onText?: (text: string) => void): SandboxTranscript {
  const lines = script.split('\n');
  if (lines[lines.length - 1] === '') lines.pop();
  let text = '';
  let exitCode = 0;
  const emit = (piece: string) => {
    text += piece;
    onText?.(piece);
  };
  for (let i = 0; i < lines.length; ) {
    const group = [lines[i++] ?? ''];
    while (i < lines.length && sandbox.needsMoreInput(group.join('\n'))) group.push(lines[i++] ?? '');
    emit(group.map((line, n) => `${n === 0 ? '$ ' : '> '}${line}\n`).join(''));
    const result = sandbox.run(group.join('\n'));
    emit(result.output);
    exitCode = result.exitCode;
    if (result.closed) return { text, exitCode, closed: true };
  }
  return { text, exitCode, closed: false };
}
