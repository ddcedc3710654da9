import { clone } from '../object';
import { DAEMONSET_TEMPLATE_GENERATION_ANNOTATION } from './create';
import { typeKey } from './dispatch';
import { prepareCsrForUpdate } from '../certificates/strategy';
import { isJsonObject, type KubeObject } from './types';

/**
 * The pure part of what the API server's update strategies carry over from the stored object,
 * for the kinds where it shows in the output. Call after `applyDefaults(next)`.
 */
export function prepareForUpdate(next: KubeObject, old: KubeObject): void {
  switch (typeKey(next)) {
    case 'v1/Namespace':
      keepNamespaceFinalizers(next, old);
      break;
    case 'apps/v1/DaemonSet':
      bumpTemplateGeneration(next, old);
      break;
    case 'certificates.k8s.io/v1/CertificateSigningRequest':
      prepareCsrForUpdate(next, old);
      break;
  }
}

/** Only the namespace controller (through the finalize subresource) changes `spec.finalizers`. */
function keepNamespaceFinalizers(next: KubeObject, old: KubeObject): void {
  const oldFinalizers = isJsonObject(old['spec']) ? old['spec']['finalizers'] : undefined;
  const spec = isJsonObject(next['spec']) ? next['spec'] : (next['spec'] = {});
  if (oldFinalizers === undefined) delete spec['finalizers'];
  else spec['finalizers'] = clone(oldFinalizers);
}

/** A DaemonSet's template generation counts changes of its pod template. */
function bumpTemplateGeneration(next: KubeObject, old: KubeObject): void {
  const previous = Number.parseInt(old.metadata.annotations?.[DAEMONSET_TEMPLATE_GENERATION_ANNOTATION] ?? '', 10) || 0;
  const changed = canonicalJson(templateOf(next)) !== canonicalJson(templateOf(old));
  (next.metadata.annotations ??= {})[DAEMONSET_TEMPLATE_GENERATION_ANNOTATION] = String(changed ? previous + 1 : previous);
}

function templateOf(obj: KubeObject): unknown {
  return isJsonObject(obj['spec']) ? obj['spec']['template'] : undefined;
}

/** JSON with object keys sorted, so that key order does not count as a change. */
function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (isJsonObject(value)) {
    const keys = Object.keys(value).filter((k) => value[k] !== undefined).sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(value[k])}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'null';
}
