/** `hostname` and `whoami`. */
import type { Command } from '../types';

export const hostname: Command = { execute: (_args, io) => ({ stdout: `${io.host.hostName}\n`, stderr: '', exitCode: 0 }) };
export const whoami: Command = { execute: (_args, io) => ({ stdout: `${io.host.user}\n`, stderr: '', exitCode: 0 }) };
