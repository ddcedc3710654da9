// The builder step of `kubectl delete`: which objects to delete. Delete's builder does not fetch
// named objects first (RequireObject(false)): `TYPE NAME` and `-f` objects go straight to the
// DELETE request, which is where a missing one fails; selectors and --all list the types.

import { matchesLabels, parseLabelSelector } from '../../sim/api/labels';
import type { ResourceType } from '../../sim/api/registry';
import type { Invocation } from '../cli/command';
import { messageError, type KubectlError } from '../cli/errors';
import { buildPlan, isPlan, mixedArgsError } from '../resources/builder';
import { filesWithArgsError } from '../resources/from-files';
import { visitPlan } from '../resources/visit';
import { readFileObjects } from './create-files';
import { isError } from './create-shared';

export interface DeleteTarget {
  readonly type: ResourceType;
  /** Undefined for cluster-scoped kinds. */
  readonly namespace: string | undefined;
  readonly name: string;
  /** The -f file the object came from ('' for arguments): `error when deleting "<file>": …`. */
  readonly source: string;
}

/** A visited item: something to delete, or the error the builder hit for it (delete goes on). */
export type TargetItem = { ok: true; target: DeleteTarget } | { ok: false; error: KubectlError };

export interface TargetQuery {
  /** -l, or '' for --all (labels.Everything); undefined when neither was given. */
  readonly labelSelector: string | undefined;
  /** --field-selector; undefined when not given. */
  readonly fieldSelector: string | undefined;
  readonly allNamespaces: boolean;
  readonly ignoreNotFound: boolean;
}

/** The items to delete in visiting order, or the builder error that stops the command. */
export function deleteTargets(inv: Invocation, q: TargetQuery): TargetItem[] | KubectlError {
  if (inv.flags.strings('filename').length > 0) return fileTargets(inv, q);
  const namespace = q.allNamespaces ? '' : inv.namespace;
  const plan = buildPlan({
    types: inv.cluster.api.types.all(),
    args: inv.args,
    namespace,
    allNamespaces: q.allNamespaces,
    ...(q.labelSelector !== undefined ? { labelSelector: q.labelSelector } : {}),
    ...(q.fieldSelector !== undefined ? { fieldSelector: q.fieldSelector } : {}),
    allowEmptySelector: false,
  });
  if (!isPlan(plan)) return plan;
  if (plan.kind === 'names') {
    return plan.items.map((item) => ({
      ok: true,
      target: { type: item.type, namespace: item.type.namespaced ? namespace : undefined, name: item.name, source: '' },
    }));
  }
  const visited = visitPlan(plan, inv.cluster, { namespace, allNamespaces: q.allNamespaces, ignoreNotFound: q.ignoreNotFound }, inv.out);
  const items: TargetItem[] = visited.errors.map((error) => ({ ok: false, error }));
  for (const info of visited.infos) {
    for (const obj of info.objects) {
      const target = { type: info.type, namespace: info.type.namespaced ? obj.metadata.namespace : undefined, name: obj.metadata.name ?? '', source: '' };
      items.push({ ok: true, target });
    }
  }
  return items;
}

/** `-f`: the objects as the files describe them (not fetched), filtered by -l on their own labels. */
function fileTargets(inv: Invocation, q: TargetQuery): TargetItem[] | KubectlError {
  const argsError = mixedArgsError(inv.args) ?? filesWithArgsError(inv.args);
  if (argsError) return argsError;
  let selector: ReturnType<typeof parseLabelSelector> | undefined;
  if (q.labelSelector !== undefined && q.labelSelector !== '') {
    selector = parseLabelSelector(q.labelSelector);
    if (!selector.ok) return messageError(`the provided selector "${q.labelSelector}" is not valid: ${selector.message}`);
  }
  const read = readFileObjects(inv, { validate: false });
  if (isError(read)) return read;
  const items: TargetItem[] = [];
  for (const entry of read) {
    if (!entry.ok) {
      items.push(entry);
      continue;
    }
    const { item } = entry;
    if (selector?.ok && !matchesLabels(selector.selector, item.object.metadata.labels)) continue;
    items.push({ ok: true, target: { type: item.type, namespace: item.namespace, name: item.object.metadata.name ?? '', source: item.source } });
  }
  return items;
}
