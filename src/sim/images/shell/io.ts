/** Where a command's stdout/stderr go: the container log, a capture buffer, a file, or nowhere. */
import type { Machine } from '../machine';
import type { LogStream } from '../types';

export interface Fd {
  write(text: string): void;
  /** Writes land directly in the container log (needed to recognise loops that log forever). */
  readonly toLog: boolean;
}

export interface Io {
  stdin: string | null;
  out: Fd;
  err: Fd;
}

export function logFd(m: Machine, stream: LogStream): Fd {
  return { toLog: true, write: (text) => m.emit(stream, text) };
}

export class CaptureFd implements Fd {
  readonly toLog = false;
  text = '';
  write(text: string): void {
    this.text += text;
  }
}

export const NULL_FD: Fd = { toLog: false, write: () => undefined };

export function fileFd(m: Machine, path: string, append: boolean): Fd {
  if (!append) m.written.set(path, '');
  return {
    toLog: false,
    write: (text) => m.written.set(path, (m.written.get(path) ?? '') + text),
  };
}
