/**
 * Schema knowledge of the simulated API server (Kubernetes v1.35 kinds it serves): strict decoding
 * of request bodies with the real error texts, the lenient (Warn/Ignore) variant, and field lookup
 * for `kubectl explain`.
 */
export { decodeStrict, dropUnknownFields, type DecodeResult } from './decode';
export { renderDecodeError, strictDecodingWarnings } from './messages';
export { lookupField, type FieldEntry, type FieldLookup } from './lookup';
export { knownKind, servedKinds, apiVersionOf, type GroupVersionKind } from './registry';
export type { FieldKind, FieldType } from './codes';
