import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { fnv32a, safeEncodeDecimal, stableStringify } from '../../../lib/hash';
import { POD_TEMPLATE_HASH } from './types';

const FNV_PRIME = 0x01000193;
/** Longest object name (a DNS-1123 subdomain). */
const MAX_NAME_LENGTH = 253;

/**
 * The pod-template-hash of a Deployment's template. Upstream hashes a Go deep dump of the
 * PodTemplateSpec with FNV-32a, feeds the collisionCount in as 8 little-endian bytes, and writes the
 * decimal through SafeEncodeString. We cannot reproduce Go's dump, so we hash a stable JSON text;
 * the digits map the same way, and the value is lifted into ten decimal digits so every hash has
 * the ten-character look of real ones (`5869d7778c`).
 */
const templateTextCache = new WeakMap<object, string>();

export function podTemplateHash(template: PodTemplateSpec, collisionCount?: number): string {
  let text = templateTextCache.get(template);
  if (text === undefined) templateTextCache.set(template, (text = stableStringify(template)));
  let hash = fnv32a(text);
  if (collisionCount !== undefined) {
    const bytes = [0, 0, 0, 0, 0, 0, 0, 0];
    for (let i = 0; i < 4; i++) bytes[i] = (collisionCount >>> (8 * i)) & 0xff;
    for (const b of bytes) hash = Math.imul(hash ^ b, FNV_PRIME) >>> 0;
  }
  if (hash < 1_000_000_000) hash += 1_000_000_000;
  return safeEncodeDecimal(hash);
}

/** `<deployment>-<hash>`, the deployment part cut so the whole stays a valid object name. */
export function replicaSetName(deployment: string, hash: string): string {
  const room = MAX_NAME_LENGTH - 1 - hash.length;
  return `${deployment.length > room ? deployment.slice(0, room) : deployment}-${hash}`;
}

/**
 * EqualIgnoreHash: the two templates are equal once the pod-template-hash label is dropped, with
 * apimachinery's semantic equality (a missing map or list equals an empty one).
 */
export function equalIgnoreHash(a: PodTemplateSpec | undefined, b: PodTemplateSpec | undefined): boolean {
  return comparable(a) === comparable(b);
}

/**
 * Stored objects are never mutated, so a template object always compares the same: remembering
 * the text per object spares re-serialising every template on every sync.
 */
const comparableCache = new WeakMap<object, string>();

function comparable(template: PodTemplateSpec | undefined): string {
  if (!template) return computeComparable(template);
  let text = comparableCache.get(template);
  if (text === undefined) comparableCache.set(template, (text = computeComparable(template)));
  return text;
}

function computeComparable(template: PodTemplateSpec | undefined): string {
  const labels = template?.metadata?.labels;
  if (!labels || !(POD_TEMPLATE_HASH in labels)) return stableStringify(pruneEmpty(template ?? {}));
  const { [POD_TEMPLATE_HASH]: _hash, ...rest } = labels;
  return stableStringify(pruneEmpty({ ...template, metadata: { ...template.metadata, labels: rest } }));
}

/** Drops nulls and empty maps/lists at every depth (nil and empty compare equal upstream). */
function pruneEmpty(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(pruneEmpty);
  if (value === null || typeof value !== 'object') return value;
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(value)) {
    if (v === null || v === undefined) continue;
    const pruned = pruneEmpty(v);
    if (Array.isArray(pruned) && pruned.length === 0) continue;
    if (pruned !== null && typeof pruned === 'object' && !Array.isArray(pruned) && Object.keys(pruned).length === 0) continue;
    out[k] = pruned;
  }
  return out;
}
