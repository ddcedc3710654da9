// What `kubectl delete` prints: the per-object line (`pod "web" deleted from default namespace`,
// `node "node02" deleted`, `… force deleted …`, dry-run suffixes, `-o name`), and the --interactive
// confirmation read from stdin.

import type { ApiStatus } from '../../sim/api/status';
import type { Invocation } from '../cli/command';
import { aggregate, type KubectlError } from '../cli/errors';
import type { DryRun } from './create-shared';
import type { DeleteTarget, TargetItem } from './delete-targets';

/** `pod`, `deployment.apps`: the kind as delete names it. */
function kindString(t: DeleteTarget): string {
  const kind = t.type.kind.toLowerCase();
  return t.type.group ? `${kind}.${t.type.group}` : kind;
}

/** DeleteOptions.PrintObj (v1.34+ wording: namespaced objects say which namespace). */
export function deletedLine(t: DeleteTarget, grace: number, dryRun: DryRun, output: string): string {
  if (output === 'name') return `${kindString(t)}/${t.name}\n`;
  let operation = grace === 0 ? 'force deleted' : 'deleted';
  if (t.type.namespaced) operation += ` from ${t.namespace ?? ''} namespace`;
  if (dryRun === 'client') operation += ' (dry run)';
  else if (dryRun === 'server') operation += ' (server dry run)';
  return `${kindString(t)} "${t.name}" ${operation}\n`;
}

export function isNotFoundError(err: KubectlError): boolean {
  return err.kind === 'status' && err.status.reason === 'NotFound';
}

/** The API server's answer for a verb a resource does not serve. */
export function methodNotAllowed(): KubectlError {
  const status: ApiStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', code: 405 };
  return { kind: 'status', status };
}

/** fmt.Fscanln into one string: the first line must hold exactly one word. */
function firstAnswer(stdin: string | undefined): string | undefined {
  if (stdin === undefined || stdin === '') return undefined;
  const end = stdin.indexOf('\n');
  const line = end < 0 ? stdin : stdin.slice(0, end);
  const words = line.trim().split(/\s+/).filter((w) => w !== '');
  return words.length === 1 ? words[0] : undefined;
}

/**
 * --interactive: list the objects, ask, and read the answer from stdin. 'yes' goes on; 'no' means
 * the command is over (it printed why); an error is the preview's own failure.
 */
export function confirmDeletion(inv: Invocation, items: readonly TargetItem[], ignoreNotFound: boolean): 'yes' | 'no' | KubectlError {
  const errors = items.flatMap((i) => (i.ok ? [] : [i.error])).filter((e) => !(ignoreNotFound && isNotFoundError(e)));
  const err = aggregate(errors);
  if (err) return err;
  const targets = items.flatMap((i) => (i.ok ? [i.target] : []));
  if (targets.length === 0) {
    inv.out.out('No resources found\n');
    return 'no';
  }
  inv.out.out(`You are about to delete the following ${targets.length} resource(s):\n`);
  for (const t of targets) inv.out.out(`${kindString(t)}/${t.name}\n`);
  inv.out.out('Do you want to continue? (y/N): ');
  const answer = firstAnswer(inv.ctx.stdin);
  if (answer?.toLowerCase() === 'y') return 'yes';
  inv.out.out('deletion is cancelled\n');
  return 'no';
}
