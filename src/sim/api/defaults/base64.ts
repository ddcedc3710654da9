export { encodeBase64 as base64OfUtf8 } from '../../../lib/base64';
