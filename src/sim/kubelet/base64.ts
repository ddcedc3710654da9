export { decodeBase64, encodeBase64Url } from '../../lib/base64';
