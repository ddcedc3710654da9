/**
 * The API server's texts for a failed or lenient decode of a request body.
 */
import type { DecodeResult } from './decode';
import { goQuote } from './goScalars';

/** `strict decoding error: unknown field "a", unknown field "b"` — one entry per unknown field. */
function unknownFieldTexts(result: DecodeResult): string[] {
  return result.unknownFields.map((path) => `unknown field ${goQuote(path)}`);
}

/**
 * The message of the BadRequest status the API server answers with, or undefined when the body
 * decodes cleanly: `Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown
 * field "spec.foo"`, or the same lead-in followed by the JSON type error. A type error wins over
 * unknown fields. Use it with field validation Strict; with Warn/Ignore pass a result whose
 * unknownFields are ignored (see strictDecodingWarnings).
 */
export function renderDecodeError(kind: string, version: string, result: DecodeResult): string | undefined {
  const lead = `${kind} in version ${goQuote(version)} cannot be handled as a ${kind}: `;
  const typeError = result.typeErrors[0];
  if (typeError !== undefined) return lead + typeError;
  if (result.unknownFields.length === 0) return undefined;
  return `${lead}strict decoding error: ${unknownFieldTexts(result).join(', ')}`;
}

/**
 * The warnings the API server returns with field validation Warn (none with Ignore): one
 * `unknown field "spec.foo"` per unknown field. kubectl prints each on stderr as
 * `Warning: unknown field "spec.foo"`.
 */
export function strictDecodingWarnings(result: DecodeResult): string[] {
  return result.typeErrors.length > 0 ? [] : unknownFieldTexts(result);
}
