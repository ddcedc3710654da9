/**
 * Authoring mistakes in lab and quiz files, as values: the file, the field path, what is wrong and
 * what to write instead — `content/labs/pods.yaml: tasks[1].checks[0].params.replicas: expected a
 * number, got "three" — write replicas: 3`.
 */

export interface AuthoringError {
  /** The file as the author knows it, e.g. `content/labs/pods.yaml`. */
  file: string;
  /** The field, as `tasks[1].checks[0].params.replicas`; empty for the file as a whole. */
  path: string;
  /** What is wrong. */
  message: string;
  /** What to write instead, when it can be said. */
  fix?: string;
  /** 1-based line and column, for YAML syntax errors. */
  line?: number;
  column?: number;
}

/** Result of loading a file: the typed value, or every mistake found. */
export type Loaded<T> = T | { errors: AuthoringError[] };

export function hasErrors<T extends object>(loaded: Loaded<T>): loaded is { errors: AuthoringError[] } {
  return 'errors' in loaded && Array.isArray((loaded as { errors?: unknown }).errors);
}

/** One error as one line of text. */
export function formatAuthoringError(e: AuthoringError): string {
  const where = e.line !== undefined ? `${e.file}:${e.line}:${e.column ?? 1}` : e.file;
  return `${where}: ${e.path ? `${e.path}: ` : ''}${e.message}${e.fix ? ` — ${e.fix}` : ''}`;
}

/** Every error, one a line (each ends with a newline). */
export function formatAuthoringErrors(errors: readonly AuthoringError[]): string {
  return errors.map((e) => `${formatAuthoringError(e)}\n`).join('');
}

/** `['tasks', 1, 'checks', 0]` → `tasks[1].checks[0]`. */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const seg of path) {
    if (typeof seg === 'number') out += `[${seg}]`;
    else out += out === '' ? String(seg) : `.${String(seg)}`;
  }
  return out;
}
