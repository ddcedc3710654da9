// What the `kubectl rollout` subcommands share: their -f/-k/-R/-l flags, the builder step that turns
// arguments (or files) into live objects (ResourceTypeOrNameArgs, ContinueOnError, Latest), and the
// ways kubectl names a kind in its messages.

import type { KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';
import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { fetchObjects } from '../fetch-objects';

export const FILENAME_FLAG: FlagSpec = { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the objects to act on.' };
export const KUSTOMIZE_FLAG: FlagSpec = { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects (not together with -f or -R).' };
export const RECURSIVE_FLAG: FlagSpec = { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' };
export const SELECTOR_FLAG: FlagSpec = {
  name: 'selector',
  shorthand: 'l',
  type: 'string',
  usage: "Act only on objects whose labels match, e.g. -l app=web,tier!=db ('=', '==', '!=', 'in', 'notin').",
};
export const ROLLOUT_FIELD_MANAGER: FlagSpec = { name: 'field-manager', type: 'string', default: 'kubectl-rollout', usage: 'The name recorded as the owner of the fields written.' };

/** -f, -k, -R and -l, which every rollout subcommand takes. */
export const TARGET_FLAGS: readonly FlagSpec[] = [FILENAME_FLAG, KUSTOMIZE_FLAG, RECURSIVE_FLAG, SELECTOR_FLAG];

/** One live object a subcommand acts on. */
export interface Target {
  readonly type: ResourceType;
  readonly object: KubeObject;
}

export interface Targets {
  readonly items: Target[];
  /** Per-object failures (NotFound…), reported after the others ran. */
  readonly errors: KubectlError[];
}

export interface TargetOptions {
  /** ResourceTypeOrNameArgs(allowEmptySelector): a lone type means every object of it. */
  readonly allowEmptySelector: boolean;
  readonly allNamespaces?: boolean;
  readonly fieldSelector?: string;
}

/** -k, for commands that have it. */
const kustomizeOf = (inv: Invocation): string => (inv.flags.spec('kustomize') ? inv.flags.string('kustomize') : '');

/** The `required resource not specified` check of the rollout subcommands' Validate. */
export function requireResource(inv: Invocation): KubectlError | undefined {
  if (inv.args.length === 0 && inv.flags.strings('filename').length === 0 && kustomizeOf(inv) === '') {
    return messageError('required resource not specified');
  }
  return undefined;
}

/** The builder: arguments or -f files to live objects, with the builder's own errors first. */
export function findTargets(inv: Invocation, opts: TargetOptions): Targets | KubectlError {
  if (kustomizeOf(inv) !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  const allNamespaces = opts.allNamespaces ?? false;
  const fetched = fetchObjects(inv, {
    namespace: allNamespaces ? '' : inv.namespace,
    allNamespaces,
    fieldSelector: opts.fieldSelector?.trim() ?? '',
    allowEmptySelector: opts.allowEmptySelector,
  });
  if ('kind' in fetched) return fetched;
  const { result } = fetched;
  return { items: result.infos.flatMap((i) => i.objects.map((object) => ({ type: i.type, object }))), errors: result.errors };
}

export const isTargets = (t: Targets | KubectlError): t is Targets => 'items' in t;

/** schema.GroupKind.String(): `Pod`, `Deployment.apps`. */
export const groupKindString = (t: Pick<ResourceType, 'kind' | 'group'>): string => (t.group ? `${t.kind}.${t.group}` : t.kind);

/** `deployments.apps`, `pods`: the resource as the patch verbs name it in their errors. */
export const resourceString = (t: Pick<ResourceType, 'plural' | 'group'>): string => (t.group ? `${t.plural}.${t.group}` : t.plural);

/** `%v` of apps.GroupKindElement (a struct without String()): `{apps Deployment}`, `{ Service}`. */
export const groupKindStruct = (t: Pick<ResourceType, 'kind' | 'group'>): string => `{${t.group} ${t.kind}}`;

/** The kinds kubectl's KindVisitor knows; others fail with "no visitor method exists". */
export function isVisitableKind(t: Pick<ResourceType, 'kind' | 'group'>): boolean {
  const apps = t.group === 'apps' || t.group === 'extensions';
  const core = t.group === '' || t.group === 'core';
  switch (t.kind) {
    case 'DaemonSet':
    case 'Deployment':
    case 'ReplicaSet':
      return apps;
    case 'StatefulSet':
      return t.group === 'apps';
    case 'Job':
    case 'CronJob':
      return t.group === 'batch';
    case 'Pod':
    case 'ReplicationController':
      return core;
    default:
      return false;
  }
}

export type WorkloadKind = 'Deployment' | 'DaemonSet' | 'StatefulSet';

/** Deployments, daemon sets and stateful sets of apps/v1: the kinds with rollouts. */
export function workloadKind(t: Pick<ResourceType, 'kind' | 'group'>): WorkloadKind | undefined {
  if (t.group !== 'apps') return undefined;
  return t.kind === 'Deployment' || t.kind === 'DaemonSet' || t.kind === 'StatefulSet' ? t.kind : undefined;
}
