/** Reading the files a command names, with coreutils' error lines (`cat: x: No such file or directory`). */
import { errorText, isFsError } from '../fs/errors';
import { resolvePath } from '../fs/paths';
import type { CommandIO } from '../types';
import type { Output } from './output';

/** The text of a file operand, or the error text to print after `cmd: name: `. */
export function readOperand(name: string, io: CommandIO): { text: string } | { error: string } {
  if (name === '-') return { text: io.stdin };
  const content = io.fs.readFile(resolvePath(io.cwd, name));
  if (isFsError(content)) return { error: errorText(content) };
  return { text: content };
}

/**
 * Calls `each` with the text of every operand (stdin when there are none, or for `-`);
 * a failing operand prints `cmd: name: error` and sets exit code 1 (or `failCode`).
 */
export function forEachInput(
  cmd: string,
  operands: readonly string[],
  io: CommandIO,
  out: Output,
  each: (text: string, name: string) => void,
  failCode = 1,
): void {
  const names = operands.length === 0 ? ['-'] : operands;
  for (const name of names) {
    const read = readOperand(name, io);
    if ('error' in read) out.fail(`${cmd}: ${name}: ${read.error}`, failCode);
    else each(read.text, name);
  }
}

/** Splits text into lines without their newlines; a final newline does not make an empty line. */
export function splitLines(text: string): string[] {
  if (text === '') return [];
  const lines = text.split('\n');
  if (text.endsWith('\n')) lines.pop();
  return lines;
}

/** Joins lines, each ended by a newline. */
export function joinLines(lines: readonly string[]): string {
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}
