// The decode step for a custom object: no Go struct to decode into, so unknown fields are the
// ones structural pruning removes — refused with strict field validation, reported as warnings
// with Warn, silently dropped with Ignore — in the same words as a built-in kind's decoder.

import type { FieldValidation } from '../apiserver';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import { goQuote } from '../field-errors';
import { pruneCustomObject } from './prune';
import type { JSONSchemaProps } from './shapes';

export function decodeCustomObject(obj: KubeObject, type: ResourceType, mode: FieldValidation): { error?: string; warnings: string[]; object: KubeObject } {
  const { object, unknownFields } = pruneCustomObject(obj, type.custom?.schema as JSONSchemaProps | undefined);
  const texts = unknownFields.map((path) => `unknown field ${goQuote(path)}`);
  if (mode === 'Strict' && texts.length > 0) {
    const error = `${type.kind} in version ${goQuote(type.version)} cannot be handled as a ${type.kind}: strict decoding error: ${texts.join(', ')}`;
    return { error, warnings: [], object: obj };
  }
  return { warnings: mode === 'Warn' ? texts : [], object: object as KubeObject };
}
