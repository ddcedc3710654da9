// The decode step for a custom object: no Go struct to decode into, so unknown fields are the
// ones structural pruning removes — refused with strict field validation, reported as warnings
// with Warn, silently dropped with Ignore — in the same words as a built-in kind's decoder.
// metadata is a real ObjectMeta, decoded as the built-in kinds' is.

import type { FieldValidation } from '../apiserver';
import { loadedDecoder } from '../decode-source';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import { goQuote } from '../field-errors';
import { pruneCustomObject } from './prune';
import type { JSONSchemaProps } from './shapes';

/** Any built-in kind's decoder sees the same ObjectMeta: a ConfigMap carries it here. */
const META_CARRIER = { group: '', version: 'v1', kind: 'ConfigMap' };

function decodeMetadata(metadata: unknown): { unknownFields: string[]; typeError?: string; metadata: unknown } {
  const decoder = loadedDecoder();
  if (!decoder || metadata === undefined) return { unknownFields: [], metadata };
  const carrier = { apiVersion: 'v1', kind: 'ConfigMap', metadata };
  const result = decoder.decodeStrict(carrier, META_CARRIER);
  const typeError = result.typeErrors[0]?.replace('Go struct field ConfigMap.metadata', 'Go struct field ObjectMeta.metadata');
  const cleaned = result.unknownFields.length > 0 ? (decoder.dropUnknownFields(carrier, META_CARRIER) as { metadata: unknown }).metadata : metadata;
  return { unknownFields: result.unknownFields, ...(typeError ? { typeError } : {}), metadata: cleaned };
}

export function decodeCustomObject(obj: KubeObject, type: ResourceType, mode: FieldValidation): { error?: string; warnings: string[]; object: KubeObject } {
  const lead = `${type.kind} in version ${goQuote(type.version)} cannot be handled as a ${type.kind}: `;
  const meta = decodeMetadata(obj.metadata);
  if (meta.typeError) return { error: lead + meta.typeError, warnings: [], object: obj };
  const { object, unknownFields } = pruneCustomObject({ ...obj, metadata: meta.metadata }, type.custom?.schema as JSONSchemaProps | undefined);
  const texts = [...meta.unknownFields, ...unknownFields].sort().map((path) => `unknown field ${goQuote(path)}`);
  if (mode === 'Strict' && texts.length > 0) return { error: `${lead}strict decoding error: ${texts.join(', ')}`, warnings: [], object: obj };
  return { warnings: mode === 'Warn' ? texts : [], object: object as KubeObject };
}
