/** Helpers the database entrypoints share. */
import { readFile } from '../fs';
import type { ToolCall } from '../machine';

/** `VAR` or the content of the file named by `VAR_FILE` (the entrypoints' file_env). */
export function fileEnv(c: ToolCall, name: string): string {
  const direct = c.env.get(name) ?? '';
  if (direct) return direct;
  const file = c.env.get(`${name}_FILE`);
  return file ? (readFile(c.m, file) ?? '').trim() : '';
}
