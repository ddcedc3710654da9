// How kubectl turns a failure into text (cmdutil.CheckErr): API status errors become
// `Error from server (Reason): message`, Invalid ones `The Kind "name" is invalid: field: detail`
// (one cause) or a header and `* field: detail` lines, aggregates one line per error, anything
// else `error: message`. Every failure is a value; the text always ends with a newline.

import type { ApiStatus } from '../../sim/api/status';

export type KubectlError =
  /** A metav1.Status from the API server. */
  | { readonly kind: 'status'; readonly status: ApiStatus }
  /** A client-side error; `error: ` is prefixed unless the text already starts with it. */
  | { readonly kind: 'message'; readonly message: string }
  /** Text printed exactly as given (multi-line texts kubectl builds itself). */
  | { readonly kind: 'raw'; readonly text: string }
  /** Several errors from one command (utilerrors.Aggregate), e.g. NotFound for each missing name. */
  | { readonly kind: 'aggregate'; readonly errors: readonly KubectlError[] }
  /** cmdutil.ErrExit: fail with exit code 1 (or `code`: an exec'd command's own status) and print nothing. */
  | { readonly kind: 'exit'; readonly code?: number };

export const statusError = (status: ApiStatus): KubectlError => ({ kind: 'status', status });
export const messageError = (message: string): KubectlError => ({ kind: 'message', message });
/** Ctrl-C: kubectl dies of SIGINT, silently; the shell reports status 128 + 2. */
export const INTERRUPTED: KubectlError = { kind: 'exit', code: 130 };

export const rawError = (text: string): KubectlError => ({ kind: 'raw', text });

/** cmdutil.UsageErrorf: the message plus `See 'kubectl get -h' for help and examples`. */
export const usageError = (commandPath: string, message: string): KubectlError =>
  messageError(`${message}\nSee '${commandPath} -h' for help and examples`);

/** Several errors as one; a single error stays itself, none is undefined. */
export function aggregate(errors: readonly KubectlError[]): KubectlError | undefined {
  const flat = errors.flatMap((e) => (e.kind === 'aggregate' ? e.errors : [e]));
  if (flat.length === 0) return undefined;
  return flat.length === 1 ? flat[0] : { kind: 'aggregate', errors: flat };
}

/** StandardErrorMessage for API errors; undefined for other kinds. */
function serverMessage(status: ApiStatus): string {
  if ((status.reason as string) === 'Unauthorized') return `error: You must be logged in to the server (${status.message})`;
  if (status.reason) return `Error from server (${status.reason}): ${status.message}`;
  return `Error from server: ${status.message}`;
}

/** messageForError: the line an error gets inside an aggregate (no `error: ` prefix added). */
function messageFor(err: KubectlError): string {
  switch (err.kind) {
    case 'status':
      return serverMessage(err.status);
    case 'message':
      return err.message;
    case 'raw':
      return err.text.replace(/\n$/, '');
    case 'aggregate':
      return err.errors.map(messageFor).join('\n');
    case 'exit':
      return 'exit';
  }
}

/** cmdutil's MultilineError for the causes of an Invalid status. */
function invalidText(status: ApiStatus): string {
  const details = status.details;
  if (!details) return `The request is invalid${status.message ? `: ${status.message}` : ''}`;
  let head = 'The request is invalid';
  if (details.kind || details.name) head = `The ${details.kind ?? ''} "${details.name ?? ''}" is invalid`;
  else if (status.message && !details.causes?.length) head += `: ${status.message}`;
  const seen = new Set<string>();
  const causes: string[] = [];
  for (const c of details.causes ?? []) {
    const line = `${c.field ?? ''}: ${c.message ?? ''}`;
    if (seen.has(line)) continue;
    seen.add(line);
    causes.push(line);
  }
  if (causes.length === 0) return head;
  if (causes.length === 1) return `${head}: ${causes[0]}`;
  return `${head}: \n${causes.map((c) => `* ${c}`).join('\n')}`;
}

/** The stderr text for an error, ending with a newline ('' for ErrExit). */
export function renderError(err: KubectlError): string {
  if (err.kind === 'aggregate' && err.errors.length === 1) return renderError(err.errors[0] as KubectlError);
  let text: string;
  switch (err.kind) {
    case 'exit':
      return '';
    case 'status':
      text = err.status.reason === 'Invalid' ? invalidText(err.status) : serverMessage(err.status);
      break;
    case 'message':
      text = err.message.startsWith('error: ') ? err.message : `error: ${err.message}`;
      break;
    case 'raw':
      text = err.text;
      break;
    case 'aggregate':
      text = err.errors.map((e) => `${messageFor(e)}\n`).join('');
      break;
  }
  return text.endsWith('\n') ? text : `${text}\n`;
}
