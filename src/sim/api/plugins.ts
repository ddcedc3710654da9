import type { ApiPlugins, FieldValidation } from './apiserver';
import type { KubeObject } from './object';
import type { ResourceType } from './registry';
import { admit, type AdmissionConfig } from './admission';
import { applyDefaults, prepareForCreate, prepareForUpdate } from './defaults';
import { renderedErrors, type FieldError } from './field-errors';
import { loadedDecoder } from './decode-source';
import { loadedValidation } from './validate-source';
import type { ObjectStore } from '../store/store';
import type { Random } from '../../lib/random';
import { withCustomResources } from './crd/plugins';

/** A write refused, rather than let through unvalidated. */
const NOT_LOADED: FieldError[] = [{ type: 'Internal', field: 'metadata', detail: 'the API server\'s validation is not loaded yet' }];

/** The real API machinery: strict decoding, defaulting, validation and the admission chain. */
export function realApiPlugins(store: ObjectStore, random: Random, config: AdmissionConfig): ApiPlugins {
  return withCustomResources({
    decode(obj: KubeObject, type: ResourceType, mode: FieldValidation) {
      const decoder = loadedDecoder();
      // Only in the browser, and only if its chunk could not be fetched (the worker loads it before any command runs).
      if (!decoder) return { error: 'the API schema is not loaded yet', warnings: [], object: obj };
      const { decodeStrict, dropUnknownFields, renderDecodeError, strictDecodingWarnings } = decoder;
      const gvk = { group: type.group, version: type.version, kind: type.kind };
      const result = decodeStrict(obj, gvk);
      if (result.typeErrors.length > 0 || (mode === 'Strict' && result.unknownFields.length > 0)) {
        return { error: renderDecodeError(type.kind, type.version, result), warnings: [], object: obj };
      }
      if (result.unknownFields.length === 0) return { warnings: [], object: obj };
      const warnings = mode === 'Warn' ? strictDecodingWarnings(result) : [];
      return { warnings, object: dropUnknownFields(obj, gvk) as KubeObject };
    },
    defaults: applyDefaults,
    prepareForCreate: (obj) => prepareForCreate(obj, { uid: obj.metadata.uid ?? '' }),
    prepareForUpdate,
    // Only in the browser, and only before its chunk arrived: the worker lets no write through until then.
    validateCreate: (obj) => renderedErrors(loadedValidation()?.validateCreate(obj) ?? NOT_LOADED),
    validateUpdate: (obj, old, _type, subresource) => renderedErrors(loadedValidation()?.validateUpdate(obj, old, subresource) ?? NOT_LOADED),
    admit: (obj, old, type) => admit(obj, old, type, store, random, config),
  });
}

