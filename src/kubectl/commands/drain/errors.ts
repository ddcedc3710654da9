// Go errors as drain builds them: plain messages, API statuses, and utilerrors aggregates (whose
// Error() is the single message or "[a, b]", duplicates dropped, nested aggregates flattened), and
// how cmdutil.CheckErr finally prints what drain returns.

import type { ApiStatus } from '../../../sim/api/status';
import { rawError, statusError, type KubectlError } from '../../cli/errors';

export type GoError = { readonly text: string; readonly status?: ApiStatus } | { readonly errors: readonly GoError[] };

export const goError = (text: string): GoError => ({ text });
export const goStatus = (status: ApiStatus): GoError => ({ text: status.message, status });

/** utilerrors.NewAggregate: undefined when empty. */
export const goAggregate = (errors: readonly GoError[]): GoError | undefined => (errors.length === 0 ? undefined : { errors });

function leaves(e: GoError): GoError[] {
  return 'errors' in e ? e.errors.flatMap(leaves) : [e];
}

/** err.Error(). */
export function errorText(e: GoError): string {
  if (!('errors' in e)) return e.text;
  if (e.errors.length === 1) return errorText(e.errors[0] as GoError);
  const seen: string[] = [];
  for (const leaf of leaves(e)) {
    const msg = errorText(leaf);
    if (!seen.includes(msg)) seen.push(msg);
  }
  return seen.length === 1 ? (seen[0] as string) : `[${seen.join(', ')}]`;
}

/** StandardErrorMessage, or the error's own text. */
function messageFor(e: GoError): string {
  if (!('errors' in e) && e.status) {
    const s = e.status;
    return s.reason ? `Error from server (${s.reason}): ${s.message}` : `Error from server: ${s.message}`;
  }
  return errorText(e);
}

/** cmdutil.CheckErr(err): an aggregate of one is unwrapped once; an aggregate prints one line per error. */
export function checkErr(err: GoError | undefined): KubectlError | undefined {
  if (!err) return undefined;
  let e = err;
  if ('errors' in e && e.errors.length === 1) e = e.errors[0] as GoError;
  if ('errors' in e) return rawError(e.errors.map((x) => `${messageFor(x)}\n`).join(''));
  if (e.status) return statusError(e.status);
  return rawError(e.text.startsWith('error: ') ? `${e.text}\n` : `error: ${e.text}\n`);
}
