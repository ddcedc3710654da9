/** Building a command's result: stdout and stderr in the order written, and the exit code. */
import type { CommandResult, OutputChunk } from '../types';

export class Output {
  private readonly chunks: OutputChunk[] = [];
  exitCode = 0;

  out(text: string): this {
    this.add(1, text);
    return this;
  }

  err(text: string): this {
    this.add(2, text);
    return this;
  }

  /** Writes an error line (a newline is added) and records a failure exit code. */
  fail(line: string, exitCode = 1): this {
    this.add(2, `${line}\n`);
    this.exitCode = exitCode;
    return this;
  }

  result(exitCode = this.exitCode): CommandResult {
    const stdout = this.chunks.filter((c) => c.fd === 1).map((c) => c.text).join('');
    const stderr = this.chunks.filter((c) => c.fd === 2).map((c) => c.text).join('');
    const result: CommandResult = { stdout, stderr, exitCode };
    if (this.chunks.length > 1) result.interleaved = this.chunks;
    return result;
  }

  private add(fd: 1 | 2, text: string): void {
    if (text === '') return;
    const last = this.chunks[this.chunks.length - 1];
    if (last && last.fd === fd) last.text += text;
    else this.chunks.push({ fd, text });
  }
}

export function ok(stdout = ''): CommandResult {
  return { stdout, stderr: '', exitCode: 0 };
}

export function failure(stderr: string, exitCode = 1): CommandResult {
  return { stdout: '', stderr, exitCode };
}
