// The builder step of the verbs that read objects (get, describe, the rollout subcommands, wait):
// `-f` files, whose objects are fetched fresh from the server, or `TYPE NAME…`, `TYPE/NAME…`,
// `TYPE -l SELECTOR` arguments, to the live objects plus the errors met on the way.

import type { Invocation } from '../cli/command';
import type { KubectlError } from '../cli/errors';
import { readManifests } from '../input/manifests';
import { buildPlan, isPlan, mixedArgsError } from '../resources/builder';
import { filesWithArgsError, visitManifests } from '../resources/from-files';
import { visitPlan, type VisitResult } from '../resources/visit';

export interface FetchOptions {
  readonly namespace: string;
  readonly allNamespaces: boolean;
  /** --ignore-not-found: a missing object is no error. */
  readonly ignoreNotFound?: boolean;
  /** --field-selector, for verbs that have it (trimmed; '' for none). */
  readonly fieldSelector?: string;
  /** ResourceTypeOrNameArgs(allowEmptySelector): a lone type means every object of it (default true). */
  readonly allowEmptySelector?: boolean;
}

/** Resolves the arguments (or -f files, with -l) and fetches the objects. */
export function fetchObjects(inv: Invocation, o: FetchOptions): { result: VisitResult; singleItemImplied: boolean } | KubectlError {
  const f = inv.flags;
  const labelSelector = f.string('selector').trim();
  const fieldSelector = o.fieldSelector ?? '';
  const { namespace, allNamespaces } = o;
  const ignoreNotFound = o.ignoreNotFound === true;
  const filenames = f.strings('filename');
  if (filenames.length > 0) {
    const argsError = mixedArgsError(inv.args) ?? filesWithArgsError(inv.args);
    if (argsError) return argsError;
    const read = readManifests(filenames, f.bool('recursive'), inv.ctx);
    if (!read.ok) return read.error;
    const opts = { namespace: allNamespaces ? inv.namespace : namespace, enforceNamespace: inv.explicitNamespace && !allNamespaces, ignoreNotFound, ...(labelSelector ? { labelSelector } : {}) };
    const result = visitManifests(read.manifests, inv.cluster, opts, inv.out);
    return 'infos' in result ? { result, singleItemImplied: read.singleSource } : result;
  }
  const plan = buildPlan({
    types: inv.cluster.api.types.all(),
    args: inv.args,
    namespace,
    allNamespaces,
    ...(labelSelector !== '' ? { labelSelector } : {}),
    ...(fieldSelector !== '' ? { fieldSelector } : {}),
    allowEmptySelector: o.allowEmptySelector ?? true,
  });
  if (!isPlan(plan)) return plan;
  const result = visitPlan(plan, inv.cluster, { namespace, allNamespaces, ignoreNotFound }, inv.out);
  return { result, singleItemImplied: plan.kind === 'names' && plan.singleItemImplied };
}
