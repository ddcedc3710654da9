export { encodeBase64 } from '../../lib/base64';
