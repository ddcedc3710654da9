/**
 * `--append-hash`: kubectl names a generated ConfigMap or Secret `NAME-HASH`, the hash taken over
 * the object's content so that a changed content gets a new name (and the pods that use it roll).
 * The hash is SHA-256 of a small JSON document (kind, name, data, …; Go map order, HTML-safe
 * escapes), its first ten hex digits with 0, 1, 3, a and e replaced so that no word can be spelled.
 */
import { sha256Hex } from '../../lib/sha256';
import type { KubeObject } from '../../sim/api/object';
import { toCompactJson } from '../printers/json';

const SAFE: Record<string, string> = { '0': 'g', '1': 'h', '3': 'k', a: 'm', e: 't' };

function encodeHash(hex: string): string {
  return [...hex.slice(0, 10)].map((c) => SAFE[c] ?? c).join('');
}

/** What the hash covers, per kind (kubectl's encodeConfigMap / encodeSecret). */
function hashedContent(obj: KubeObject): Record<string, unknown> {
  const o = obj as KubeObject & { data?: Record<string, string>; binaryData?: Record<string, string>; immutable?: boolean; type?: string };
  const name = obj.metadata.name ?? '';
  const doc: Record<string, unknown> =
    obj.kind === 'Secret' ? { kind: 'Secret', type: o.type ?? '', name, data: o.data ?? {} } : { kind: 'ConfigMap', name, data: o.data ?? {} };
  if (o.immutable !== undefined) doc['immutable'] = o.immutable;
  if (obj.kind === 'ConfigMap' && o.binaryData && Object.keys(o.binaryData).length > 0) doc['binaryData'] = o.binaryData;
  return doc;
}

/** The object renamed `NAME-HASH`. */
export function withNameHash(obj: KubeObject): KubeObject {
  const hash = encodeHash(sha256Hex(toCompactJson(hashedContent(obj))));
  return { ...obj, metadata: { ...obj.metadata, name: `${obj.metadata.name ?? ''}-${hash}` } };
}
