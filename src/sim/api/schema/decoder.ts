// What the API server's decode step uses from the schema (decode-source.ts loads it, lazily in the browser).
export { decodeStrict, dropUnknownFields } from './decode';
export { renderDecodeError, strictDecodingWarnings } from './messages';
