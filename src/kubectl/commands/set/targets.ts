// The objects `kubectl set …` and `kubectl expose` work on, as their resource builders find them:
// `TYPE NAME…`, `TYPE/NAME…`, `TYPE -l SELECTOR` / `TYPE --all`, or `-f FILE` (fetched again from
// the server unless --local; expose uses the file's objects as they are).

import { clone, type KubeObject } from '../../../sim/api/object';
import type { ResourceType } from '../../../sim/api/registry';
import { matchesLabels, parseLabelSelector } from '../../../sim/api/labels';
import { aggregate, messageError, statusError, type KubectlError } from '../../cli/errors';
import type { Invocation } from '../../cli/command';
import { MISSING_RESOURCE, buildPlan, isPlan } from '../../resources/builder';
import { visitPlan } from '../../resources/visit';
import { readFileObjects } from '../create-files';
import { readManifests } from '../../input/manifests';

export interface Target {
  readonly type: ResourceType;
  readonly object: KubeObject;
}

export interface TargetOptions {
  /** --all: a lone type lists every object of it (kubectl passes it as allowEmptySelector only). */
  readonly all?: boolean;
  /** -l; undefined or '' when not given. */
  readonly selector?: string;
  /** --local: only -f files, nothing is read from the server. */
  readonly local?: boolean;
  /** Builder.Latest(): objects named in files are read again from the server. */
  readonly latest: boolean;
  /** set image / set resources refuse resource arguments with --local (LocalResourceError). */
  readonly refuseLocalArgs?: boolean;
}

/** The builder's LocalResourceError. */
const LOCAL_RESOURCE =
  "error: you must specify resources by --filename when --local is set.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'";

export type TargetResult = { targets: Target[]; errors: KubectlError[] } | { fatal: KubectlError };

function fromFiles(inv: Invocation, args: readonly string[], o: TargetOptions): TargetResult {
  if (args.some((a) => a.includes('/'))) return { fatal: messageError('resource/name arguments cannot be provided when a path is specified') };
  if (args.length > 0) return { fatal: messageError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well') };
  const items = readFileObjects(inv, { validate: true });
  if ('kind' in items) return { fatal: items };
  // With --local kubectl never applies -l (the selector is only given to a builder that asks the server).
  const sel = o.selector && !o.local ? parseLabelSelector(o.selector) : undefined;
  if (sel && !sel.ok) return { fatal: messageError(sel.message) };
  // A local object keeps the namespace its manifest gives (none: none), as kubectl's local builder.
  const originals = o.local ? readManifests(inv.flags.strings('filename'), inv.flags.bool('recursive'), inv.ctx) : undefined;
  const targets: Target[] = [];
  const errors: KubectlError[] = [];
  for (const [i, entry] of items.entries()) {
    if (!entry.ok) {
      errors.push(entry.error);
      continue;
    }
    const { item } = entry;
    if (sel?.ok && !matchesLabels(sel.selector, item.object.metadata.labels)) continue;
    if (o.local || !o.latest) {
      const original = originals?.ok ? originals.manifests[i]?.object : undefined;
      const object = clone(item.object);
      if (original && !original.metadata?.namespace) delete object.metadata.namespace;
      targets.push({ type: item.type, object });
      continue;
    }
    const live = inv.cluster.api.get(item.type, item.namespace, item.object.metadata.name ?? '');
    if (live.ok) targets.push({ type: item.type, object: { ...live.object, apiVersion: item.object.apiVersion, kind: item.object.kind } });
    else errors.push(statusError(live.status));
  }
  return { targets, errors };
}

/** The objects, plus the errors met finding some of them; `fatal` when nothing can be visited. */
export function findTargets(inv: Invocation, args: readonly string[], o: TargetOptions): TargetResult {
  if (inv.flags.spec('kustomize') && inv.flags.string('kustomize') !== '') return { fatal: messageError('-k (kustomize) is not available in this simulator yet') };
  if (inv.flags.strings('filename').length > 0) return fromFiles(inv, args, o);
  if (o.local) return { fatal: messageError(args.length > 0 && o.refuseLocalArgs ? LOCAL_RESOURCE : MISSING_RESOURCE) };
  const selector = o.selector?.trim() || undefined;
  const plan = buildPlan({
    types: inv.cluster.api.types.all(),
    args,
    namespace: inv.namespace,
    allNamespaces: false,
    ...(selector !== undefined ? { labelSelector: selector } : {}),
    allowEmptySelector: o.all ?? false,
  });
  if (!isPlan(plan)) return { fatal: plan };
  const visited = visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
  const targets = visited.infos.flatMap((info) => info.objects.map((object) => ({ type: info.type, object })));
  return { targets, errors: visited.errors };
}

/** Builder.Do().Infos(): any error met while finding the objects fails the whole command. */
export function findAllTargets(inv: Invocation, args: readonly string[], o: TargetOptions): Target[] | KubectlError {
  const found = findTargets(inv, args, o);
  if ('fatal' in found) return found.fatal;
  const err = aggregate(found.errors);
  return err ?? found.targets;
}
