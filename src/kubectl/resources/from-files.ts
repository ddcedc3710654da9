// `-f` inputs as the builder visits them for commands that act on live objects (get, and later
// delete, describe…): each manifest is mapped to its resource type, given the command's namespace
// when it names none (or refused when -n names another), then fetched fresh from the API server.

import type { KubeObject } from '../../sim/api/object';
import { matchesLabels, parseLabelSelector } from '../../sim/api/labels';
import type { Cluster } from '../../sim/cluster';
import { messageError, statusError, type KubectlError } from '../cli/errors';
import type { Output } from '../context';
import type { Manifest } from '../input/manifests';
import type { Info, VisitResult } from './visit';
import { serverWarnings } from './warnings';

export interface FileVisitOptions {
  readonly namespace: string;
  /** -n was given: objects naming another namespace are refused (RequireNamespace). */
  readonly enforceNamespace: boolean;
  readonly ignoreNotFound?: boolean;
  readonly labelSelector?: string;
}

/** The builder's errors for mixing -f with resource arguments. */
export function filesWithArgsError(args: readonly string[]): KubectlError | undefined {
  if (args.length === 0) return undefined;
  if (args.every((a) => a.includes('/'))) return messageError('resource/name arguments cannot be provided when a path is specified');
  return messageError('when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well');
}

export function visitManifests(manifests: readonly Manifest[], cluster: Cluster, opts: FileVisitOptions, out: Output): VisitResult | KubectlError {
  let selector = null as ReturnType<typeof parseLabelSelector> | null;
  if (opts.labelSelector) {
    selector = parseLabelSelector(opts.labelSelector);
    if (!selector.ok) return messageError(`the provided selector "${opts.labelSelector}" is not valid: ${selector.message}`);
  }
  const infos: Info[] = [];
  const errors: KubectlError[] = [];
  for (const { source, object } of manifests) {
    const name = object.metadata.name ?? '';
    const type = cluster.api.typeOf(object);
    if (!type) {
      errors.push(
        messageError(
          `resource mapping not found for name: "${name}" namespace: "${object.metadata.namespace ?? ''}" from "${source}": no matches for kind "${object.kind}" in version "${object.apiVersion}"\nensure CRDs are installed first`,
        ),
      );
      continue;
    }
    let namespace: string | undefined;
    if (type.namespaced) {
      namespace = object.metadata.namespace || opts.namespace;
      if (opts.enforceNamespace && namespace !== opts.namespace) {
        errors.push(messageError(`the namespace from the provided object "${namespace}" does not match the namespace "${opts.namespace}". You must pass '--namespace=${namespace}' to perform this operation.`));
        continue;
      }
    }
    for (const w of serverWarnings(type)) out.warning(w);
    const res = cluster.api.get(type, namespace, name);
    if (!res.ok) {
      if (!(opts.ignoreNotFound && res.status.reason === 'NotFound')) errors.push(statusError(res.status));
      continue;
    }
    const live: KubeObject = res.object;
    if (selector?.ok && !matchesLabels(selector.selector, live.metadata.labels)) continue;
    infos.push({ type, objects: [live], named: true });
  }
  return { infos, errors };
}
