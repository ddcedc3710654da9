/**
 * The outside world as the `kubedojo` subcommands see it, so that tests can run them in-process:
 * two output streams, files, stdin, and (for `shell`) the real terminal.
 */
import { readFileSync, readdirSync } from 'node:fs';

export interface CliIO {
  out(text: string): void;
  err(text: string): void;
  /** A file's text, or an Error saying why it cannot be read. */
  readFile(path: string): string | Error;
  /** The entry names of a directory (files and folders), or an Error saying why it cannot be read. */
  listDir(path: string): string[] | Error;
  /** All of stdin (for `run -` and scripts piped in). */
  readStdin(): string | Error;
  /** The process's own streams, for the interactive shell. */
  stdin: NodeJS.ReadStream;
  stdout: NodeJS.WriteStream;
}

export function processIO(): CliIO {
  // `kubedojo run script | head`: the reader left, so there is nobody to write for any more.
  process.stdout.on('error', (e: NodeJS.ErrnoException) => {
    if (e.code === 'EPIPE') process.exit(0);
    throw e;
  });
  return {
    out: (text) => void process.stdout.write(text),
    err: (text) => void process.stderr.write(text),
    readFile: (path) => attempt(() => readFileSync(path, 'utf8')),
    listDir: (path) => attempt(() => readdirSync(path)),
    readStdin: () => attempt(() => readFileSync(0, 'utf8')),
    stdin: process.stdin,
    stdout: process.stdout,
  };
}

function attempt<T>(read: () => T): T | Error {
  try {
    return read();
  } catch (e) {
    return e instanceof Error ? e : new Error(String(e));
  }
}
