// What `kubectl label` and `kubectl annotate` share: splitting the arguments into resources and
// `key=value` / `key-` changes (cmdutil.GetResourcesAndPairs), their common flags and the checks
// of them, finding the objects, applying the changes to a map, the --list output and the
// merge-patch request that carries the change to the server.

import type { KubeObject } from '../../sim/api/object';
import type { ApiResult } from '../../sim/api/status';
import type { FlagSpec } from '../cli/flags';
import type { Invocation } from '../cli/command';
import { messageError, type KubectlError } from '../cli/errors';
import { toCompactJson } from '../printers';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, isError, type DryRun } from './create-shared';
import { RECORD_FLAG } from './record';
import { createMergePatch } from './patch/merge-patch';
import { serverPatch } from './patch/server-patch';
import { findTargets, kustomizeError, type Target, type Targets } from './targets';

/** GetResourcesAndPairs: resources first, then changes; a resource after a change is an error. */
export function splitResourcesAndPairs(args: readonly string[], pairType: string): { resources: string[]; pairs: string[] } | KubectlError {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && !s.startsWith('=')) || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length > 0) return messageError(`all resources must be specified before ${pairType} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** The flags label and annotate both have; `what` is "labels" or "annotations". */
export function metadataFlags(manager: string, what: string): FlagSpec[] {
  return [
    ...PRINT_FLAGS,
    { name: 'all', type: 'bool', usage: 'Change every object of the given types in the namespace.' },
    { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: 'Look for the objects in every namespace.' },
    DRY_RUN_FLAG,
    FIELD_MANAGER_FLAG(manager),
    { name: 'field-selector', type: 'string', usage: 'Change only objects whose fields match, e.g. status.phase=Running.' },
    { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: `Files or directories naming the objects whose ${what} to change.` },
    { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the objects (not with -f or -R).' },
    { name: 'list', type: 'bool', usage: `Print the ${what} of the objects instead of changing them.` },
    { name: 'local', type: 'bool', usage: 'Change the objects of the -f files as written, without the server.' },
    { name: 'overwrite', type: 'bool', usage: `Allow replacing the value of ${what} that are already set.` },
    RECORD_FLAG,
    { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
    { name: 'resource-version', type: 'string', usage: 'Only change the object if it is still at this resourceVersion (one object only).' },
    { name: 'selector', shorthand: 'l', type: 'string', usage: 'Change the objects whose labels match, e.g. app=web,tier!=db.' },
  ];
}

/** The `key=value` and `key-` changes of one command. */
export interface PairChanges {
  readonly set: Map<string, string>;
  readonly remove: string[];
}

/** The labels or annotations after the changes (a new map, even when there were none). */
export function changedPairs(current: Record<string, string> | undefined, changes: PairChanges): Record<string, string> {
  const pairs = { ...current };
  for (const [k, v] of changes.set) pairs[k] = v;
  for (const k of changes.remove) delete pairs[k];
  return pairs;
}

/** The flags label and annotate check alike, in kubectl's order; `file` is the example their --local errors name (pod, rsrc). */
export function checkMetadataFlags(inv: Invocation, resources: readonly string[], dryRun: DryRun, file: string): { list: boolean; local: boolean } | KubectlError {
  const f = inv.flags;
  const list = f.bool('list');
  if (list && f.string('output') !== '') return messageError('--list and --output may not be specified together');
  const all = f.bool('all');
  if (all && f.string('selector') !== '') return messageError('cannot set --all and --selector at the same time');
  if (all && f.string('field-selector') !== '') return messageError('cannot set --all and --field-selector at the same time');
  const local = f.bool('local');
  const hasFiles = f.strings('filename').length > 0 || f.string('kustomize') !== '';
  if (local) {
    if (dryRun === 'server') return messageError('cannot specify --local and --dry-run=server - did you mean --dry-run=client?');
    if (resources.length > 0) return messageError(`can only use local files by -f ${file}.yaml or --filename=${file}.json when --local=true is set`);
    if (!hasFiles) return messageError(`one or more files must be specified as -f ${file}.yaml or --filename=${file}.json`);
  } else if (resources.length === 0 && !hasFiles) {
    return messageError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  }
  return { list, local };
}

/** The objects to change (-k refused first); --resource-version needs a single one. */
export function findMetadataTargets(inv: Invocation, resources: readonly string[], local: boolean): { targets: Targets; resourceVersion: string } | KubectlError {
  const f = inv.flags;
  const kustomize = kustomizeError(inv);
  if (kustomize) return kustomize;
  const targets = findTargets(inv, {
    args: resources,
    all: f.bool('all'),
    ...(local ? { local } : { labelSelector: f.string('selector').trim(), fieldSelector: f.string('field-selector').trim(), allNamespaces: f.bool('all-namespaces') }),
  });
  if (isError(targets)) return targets;
  const resourceVersion = f.string('resource-version');
  if (!targets.singleItemImplied && resourceVersion !== '') return messageError('--resource-version may only be used with a single resource');
  return { targets, resourceVersion };
}

/** The --list output of one object: `key=value` lines, under a heading when several objects are listed. */
export function listPairs(obj: KubeObject, pairs: Record<string, string> | undefined, heading: string | undefined): string {
  // kubectl walks a Go map here, so its order varies run to run; sorted keys keep ours stable.
  const indent = heading === undefined ? '' : ' ';
  const lines = Object.keys(pairs ?? {})
    .sort()
    .map((k) => `${indent}${k}=${(pairs ?? {})[k]}\n`);
  return (heading === undefined ? '' : `Listing ${heading} for ${obj.kind}.${groupOf(obj.apiVersion)}/${obj.metadata.name ?? ''}:\n`) + lines.join('');
}

const groupOf = (apiVersion: string): string => (apiVersion.includes('/') ? apiVersion.slice(0, apiVersion.indexOf('/')) : '');

/** The object's JSON as kubectl marshals it before and after the change (resourceVersion cleared with --resource-version). */
export function beforeChange(obj: KubeObject, resourceVersion: string): KubeObject {
  const copy = JSON.parse(JSON.stringify(obj)) as KubeObject;
  if (resourceVersion !== '') delete copy.metadata.resourceVersion;
  return copy;
}

/** Sends the merge patch between `before` and `after` (label/annotate's PATCH request). */
export function sendMetadataPatch(inv: Invocation, target: Target, before: KubeObject, after: KubeObject, dryRun: boolean): ApiResult<KubeObject> {
  const patch = createMergePatch(before as unknown as Record<string, unknown>, after as unknown as Record<string, unknown>);
  return serverPatch(inv.cluster, {
    type: target.type,
    namespace: target.namespace,
    name: target.object.metadata.name ?? '',
    patchType: 'merge',
    body: toCompactJson(patch),
    dryRun,
  });
}
