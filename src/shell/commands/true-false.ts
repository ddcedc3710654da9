/** `true` and `false`. */
import type { Command } from '../types';

export const trueCommand: Command = { execute: () => ({ stdout: '', stderr: '', exitCode: 0 }) };
export const falseCommand: Command = { execute: () => ({ stdout: '', stderr: '', exitCode: 1 }) };
