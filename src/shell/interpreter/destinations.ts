/**
 * Where a file descriptor's output goes: the terminal, a pipe or `$(...)` buffer, a file, or
 * nowhere. Commands return their output as strings; the executor routes each chunk through the
 * command's descriptor table, so `> f 2>&1` and `2>&1 |` keep the order of what was written.
 */
import { errorText } from '../fs/errors';
import type { VirtualFs } from '../fs/vfs';
import type { OutputChunk } from '../types';

export interface Destination {
  /** Writes text; returns an error text (e.g. `File too large`) when the write fails. */
  write(text: string): string | undefined;
  /** True for the terminal (`ls` prints columns, `$(...)` never sees it). */
  readonly terminal: boolean;
}

/**
 * Collects output in order, remembering whether it came through stdout or stderr: the screen
 * (terminal = true) or what a `source`d script or `bash -c` produced for its caller.
 */
export class OutputSink {
  readonly chunks: OutputChunk[] = [];
  readonly out: Destination;
  readonly err: Destination;

  /** `listener` sees every write as it happens (the browser terminal shows output as it comes). */
  constructor(
    terminal: boolean,
    private readonly listener?: (chunk: OutputChunk) => void,
  ) {
    this.out = { terminal, write: (text) => this.add(1, text) };
    this.err = { terminal, write: (text) => this.add(2, text) };
  }

  private add(fd: 1 | 2, text: string): undefined {
    if (text === '') return undefined;
    this.listener?.({ fd, text });
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.fd === fd) last.text += text;
    else this.chunks.push({ fd, text });
    return undefined;
  }

  text(fd?: 1 | 2): string {
    return this.chunks
      .filter((c) => fd === undefined || c.fd === fd)
      .map((c) => c.text)
      .join('');
  }
}

/** A pipe or a command substitution: everything written, in order. */
export class BufferDestination implements Destination {
  readonly terminal = false;
  private parts: string[] = [];

  write(text: string): undefined {
    this.parts.push(text);
    return undefined;
  }

  text(): string {
    if (this.parts.length > 1) this.parts = [this.parts.join('')];
    return this.parts[0] ?? '';
  }
}

export const NULL_DESTINATION: Destination = { terminal: false, write: () => undefined };

/** A file opened by `>` (already truncated) or `>>`: each write appends. */
export class FileDestination implements Destination {
  readonly terminal = false;
  constructor(
    private readonly fs: VirtualFs,
    readonly path: string,
  ) {}

  write(text: string): string | undefined {
    if (text === '') return undefined;
    const error = this.fs.writeFile(this.path, text, { append: true });
    return error ? errorText(error) : undefined;
  }
}

/** The descriptors a command writes to: 1 and 2 (0 is the stdin text, kept apart). */
export class FdTable {
  constructor(private readonly table: Map<number, Destination>) {}

  static of(out: Destination, err: Destination): FdTable {
    return new FdTable(
      new Map([
        [1, out],
        [2, err],
      ]),
    );
  }

  get(fd: number): Destination | undefined {
    return this.table.get(fd);
  }

  set(fd: number, destination: Destination): void {
    this.table.set(fd, destination);
  }

  close(fd: number): void {
    this.table.delete(fd);
  }

  copy(): FdTable {
    return new FdTable(new Map(this.table));
  }

  get out(): Destination {
    return this.table.get(1) ?? NULL_DESTINATION;
  }

  get err(): Destination {
    return this.table.get(2) ?? NULL_DESTINATION;
  }
}
