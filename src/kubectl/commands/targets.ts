// The objects a changing verb (label, annotate, patch, edit) works on, found the way cli-runtime's
// builder finds them with ContinueOnError: `TYPE NAME…`, `TYPE/NAME…`, `TYPE -l SELECTOR` / `--all`,
// or `-f` files (fetched fresh from the server, or taken as written with --local). Every object or
// failure is kept in argument order, so a verb can print successes and report failures at the end
// as kubectl does.

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { Invocation } from '../cli/command';
import { messageError, statusError, type KubectlError } from '../cli/errors';
import { readManifests, type Manifest } from '../input/manifests';
import { buildPlan, isPlan, mixedArgsError, MISSING_RESOURCE, type Plan } from '../resources/builder';
import { filesWithArgsError, visitManifests } from '../resources/from-files';
import { visitPlan } from '../resources/visit';
import { urlInputError } from './create-shared';
import { getWithSubresource } from './patch/subresource';

export interface Target {
  readonly type: ResourceType;
  /** The object as read (from the server, or from the file with --local). */
  readonly object: KubeObject;
  /** The namespace requests for it go to (undefined when cluster-scoped). */
  readonly namespace: string | undefined;
}

export type TargetEntry = { ok: true; target: Target } | { ok: false; error: KubectlError };

export interface Targets {
  readonly entries: TargetEntry[];
  /** The builder's IntoSingleItemImplied: one named object, or one plain file. */
  readonly singleItemImplied: boolean;
}

export interface TargetOptions {
  /** The resource arguments (pairs such as `app=web` already taken off). */
  readonly args: readonly string[];
  /** --all: a type alone selects everything (ResourceTypeOrNameArgs(allowEmptySelector)). */
  readonly all?: boolean;
  readonly labelSelector?: string;
  readonly fieldSelector?: string;
  readonly allNamespaces?: boolean;
  /** --local: -f objects are used as written, nothing is read from the server. */
  readonly local?: boolean;
  /** --subresource: named objects are read through it. */
  readonly subresource?: string;
}

const namespaceOf = (type: ResourceType, obj: KubeObject, fallback: string): string | undefined =>
  type.namespaced ? obj.metadata.namespace || fallback : undefined;

function fromFiles(inv: Invocation, opts: TargetOptions): Targets | KubectlError {
  const paths = inv.flags.strings('filename');
  const argsError = mixedArgsError(opts.args) ?? filesWithArgsError(opts.args);
  if (argsError && !opts.local) return argsError;
  const urlError = urlInputError(paths);
  if (urlError) return urlError;
  const read = readManifests(paths, inv.flags.bool('recursive'), inv.ctx);
  if (!read.ok) return read.error;
  const entries: TargetEntry[] = [];
  for (const manifest of read.manifests) entries.push(...(opts.local ? localEntry(inv, manifest) : liveEntries(inv, manifest, opts)));
  return { entries, singleItemImplied: read.singleSource };
}

function localEntry(inv: Invocation, { source, object }: Manifest): TargetEntry[] {
  const type = inv.cluster.api.typeOf(object);
  if (!type) {
    const ns = object.metadata.namespace ?? '';
    const text = `resource mapping not found for name: "${object.metadata.name ?? ''}" namespace: "${ns}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`;
    return [{ ok: false, error: messageError(text) }];
  }
  // The object stays as written: kubectl prints a local object without the namespace it would go to.
  const copy: KubeObject = { ...object, metadata: { ...object.metadata } };
  return [{ ok: true, target: { type, object: copy, namespace: namespaceOf(type, object, inv.namespace) } }];
}

function liveEntries(inv: Invocation, manifest: Manifest, opts: TargetOptions): TargetEntry[] {
  const visited = visitManifests([manifest], inv.cluster, {
    namespace: inv.namespace,
    enforceNamespace: inv.explicitNamespace,
    ...(opts.labelSelector ? { labelSelector: opts.labelSelector } : {}),
  }, inv.out);
  if ('kind' in visited) return [{ ok: false, error: visited }];
  const entries: TargetEntry[] = visited.errors.map((error) => ({ ok: false, error }));
  for (const info of visited.infos) for (const object of info.objects) entries.push(withSubresource(inv, info.type, object, opts.subresource));
  return entries;
}

/** Re-reads an object through its subresource (the builder's Subresource()). */
function withSubresource(inv: Invocation, type: ResourceType, object: KubeObject, sub: string | undefined): TargetEntry {
  const namespace = namespaceOf(type, object, inv.namespace);
  if (!sub) return { ok: true, target: { type, object, namespace } };
  const res = getWithSubresource(inv.cluster, type, namespace, object.metadata.name ?? '', sub);
  return res.ok ? { ok: true, target: { type, object: res.object, namespace } } : { ok: false, error: statusError(res.status) };
}

function fromPlan(inv: Invocation, plan: Plan, opts: TargetOptions): TargetEntry[] {
  const allNamespaces = opts.allNamespaces === true;
  const visitOpts = { namespace: allNamespaces ? '' : inv.namespace, allNamespaces };
  // Named objects one at a time, so that failures keep their place among them.
  const steps: Plan[] = plan.kind === 'names' ? plan.items.map((item) => ({ kind: 'names', items: [item], singleItemImplied: false })) : [plan];
  const entries: TargetEntry[] = [];
  for (const step of steps) {
    const visited = visitPlan(step, inv.cluster, visitOpts, inv.out);
    for (const error of visited.errors) entries.push({ ok: false, error });
    for (const info of visited.infos) {
      for (const object of info.objects) entries.push(withSubresource(inv, info.type, object, info.named ? opts.subresource : undefined));
    }
  }
  return entries;
}

/** Finds the objects; a returned error stops the command before anything is changed. */
export function findTargets(inv: Invocation, opts: TargetOptions): Targets | KubectlError {
  if (inv.flags.strings('filename').length > 0) return fromFiles(inv, opts);
  if (opts.local) return messageError(MISSING_RESOURCE);
  const allNamespaces = opts.allNamespaces === true;
  const plan = buildPlan({
    types: inv.cluster.api.types.all(),
    args: opts.args,
    namespace: allNamespaces ? '' : inv.namespace,
    allNamespaces,
    ...(opts.labelSelector ? { labelSelector: opts.labelSelector } : {}),
    ...(opts.fieldSelector ? { fieldSelector: opts.fieldSelector } : {}),
    allowEmptySelector: opts.all === true,
  });
  if (!isPlan(plan)) return plan;
  return { entries: fromPlan(inv, plan, opts), singleItemImplied: plan.kind === 'names' && plan.singleItemImplied };
}

/** The builder's -k flag: accepted by name, not available here. */
export function kustomizeError(inv: Invocation): KubectlError | undefined {
  return inv.flags.string('kustomize') !== '' ? messageError('-k (kustomize) is not available in this simulator yet') : undefined;
}
