// `kubectl set env … --list`: each selected container's environment as `NAME=value` lines under a
// `# <Kind> <name>, container <c>` header; references are shown as `# NAME from configmap x, key y`,
// or with --resolve read from the ConfigMap / Secret / the object itself.

import type { Container, EnvVarSource } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../../sim/api/object';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import { decodeBase64 } from '../../../lib/base64';
import type { Invocation } from '../../cli/command';

/** envutil.GetEnvVarRefString. */
function refString(from: EnvVarSource): string {
  if (from.configMapKeyRef) return `configmap ${from.configMapKeyRef.name ?? ''}, key ${from.configMapKeyRef.key}`;
  if (from.secretKeyRef) return `secret ${from.secretKeyRef.name ?? ''}, key ${from.secretKeyRef.key}`;
  if (from.fieldRef) return `field path ${from.fieldRef.fieldPath}`;
  if (from.resourceFieldRef) {
    const prefix = from.resourceFieldRef.containerName ? `${from.resourceFieldRef.containerName}/` : '';
    return `resource field ${prefix}${from.resourceFieldRef.resource}`;
  }
  return 'invalid valueFrom';
}

/** The field paths a fieldRef may name that --resolve can read off the object. */
function fieldValue(obj: KubeObject, path: string): { value: string } | { error: string } {
  const meta = obj.metadata;
  const map = (m: Record<string, string> | undefined): string =>
    Object.keys(m ?? {})
      .sort()
      .map((k) => `${k}=${JSON.stringify((m ?? {})[k])}`)
      .join('\n');
  const sub = /^(metadata\.(?:labels|annotations))\['(.*)'\]$/.exec(path);
  if (sub) return { value: (sub[1] === 'metadata.labels' ? meta.labels : meta.annotations)?.[sub[2] as string] ?? '' };
  switch (path) {
    case 'metadata.annotations':
      return { value: map(meta.annotations) };
    case 'metadata.labels':
      return { value: map(meta.labels) };
    case 'metadata.name':
      return { value: meta.name ?? '' };
    case 'metadata.namespace':
      return { value: meta.namespace ?? '' };
    case 'metadata.uid':
      return { value: meta.uid ?? '' };
    default:
      return { error: `unsupported fieldPath: ${path}` };
  }
}

/** GetEnvVarRefValue for the references the simulator can resolve. */
function resolveRef(inv: Invocation, from: EnvVarSource, obj: KubeObject): { value: string } | { error: string } {
  const read = (key: string, name: string): { data: Record<string, string> } | { error: string } => {
    const res = inv.cluster.api.get(typeForKey(key) as ResourceType, inv.namespace, name);
    return res.ok ? { data: (res.object['data'] ?? {}) as Record<string, string> } : { error: res.status.message };
  };
  if (from.secretKeyRef) {
    const ref = from.secretKeyRef;
    const secret = read('secrets', ref.name ?? '');
    if ('error' in secret) return secret;
    const { data } = secret;
    if (ref.key in data) return { value: decodeBase64(data[ref.key] as string) };
    return { error: `key ${ref.key} not found in secret ${ref.name ?? ''}` };
  }
  if (from.configMapKeyRef) {
    const ref = from.configMapKeyRef;
    const cm = read('configmaps', ref.name ?? '');
    if ('error' in cm) return cm;
    const { data } = cm;
    if (ref.key in data) return { value: data[ref.key] as string };
    return { error: `key ${ref.key} not found in config map ${ref.name ?? ''}` };
  }
  if (from.fieldRef) return fieldValue(obj, from.fieldRef.fieldPath);
  return { error: 'invalid valueFrom' };
}

/** Prints one container's list; returns whether a reference could not be resolved. */
export function printEnvList(inv: Invocation, obj: KubeObject, container: Container, resolve: boolean): boolean {
  inv.out.out(`# ${obj.kind} ${obj.metadata.name ?? ''}, container ${container.name}\n`);
  const failures = new Map<string, string[]>();
  for (const env of container.env ?? []) {
    if (!env.valueFrom) {
      inv.out.out(`${env.name}=${env.value ?? ''}\n`);
      continue;
    }
    const resolved = resolve ? resolveRef(inv, env.valueFrom, obj) : undefined;
    if (resolved && 'value' in resolved) {
      inv.out.out(`${env.name}=${resolved.value}\n`);
      continue;
    }
    inv.out.out(`# ${env.name} from ${refString(env.valueFrom)}\n`);
    if (resolved) failures.set(resolved.error, [...(failures.get(resolved.error) ?? []), env.name]);
  }
  const lines = [...failures].map(([err, vars]) => `error retrieving reference for ${[...vars].sort().join(', ')}: ${err}`).sort();
  for (const line of lines) inv.out.err(`${line}\n`);
  return failures.size > 0;
}
