/** One shell the student types into: a login shell on a machine or a shell inside a container. */
import type { OutputChunk } from '../../shell';
import type { SessionJSON } from '../types';

export interface SessionRun {
  chunks: OutputChunk[];
  exitCode: number;
  /** The shell ended (`exit`): the sandbox returns to the session below. */
  exit?: { code: number };
}

export interface Session {
  prompt(): string;
  /** `live` sees the output as it is written (before run returns), for a terminal that shows it as it comes. */
  run(input: string, live?: (chunk: OutputChunk) => void): SessionRun;
  /** What the terminal prints when this session has ended (ssh's "Connection to … closed."). */
  farewell(code: number): OutputChunk[];
  toJSON(): SessionJSON;
}

/** Appends text to a chunk list, merging with the last chunk of the same stream. */
export function pushChunk(chunks: OutputChunk[], fd: 1 | 2, text: string): void {
  if (text === '') return;
  const last = chunks[chunks.length - 1];
  if (last && last.fd === fd) last.text += text;
  else chunks.push({ fd, text });
}
