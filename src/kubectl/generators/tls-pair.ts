import { pemFind } from '../../lib/pki/pem';
import { decodePkcs1, decodePkcs8, modulusHex } from '../../lib/pki/rsa';
import { parseCertificate } from '../../lib/pki/x509';

/**
 * The checks Go's `tls.X509KeyPair` makes before `kubectl create secret tls` builds the secret, or
 * kubectl sets up a client certificate: which PEM blocks the certificate and key inputs hold, then
 * whether the key is the certificate's (same RSA modulus). DER that does not parse as an RSA
 * certificate and key is let through rather than guessed at.
 */

/** The types of the well-formed PEM blocks in `text`, in order (as Go's pem.Decode finds them). */
export function pemBlockTypes(text: string): string[] {
  const types: string[] = [];
  const block = /-----BEGIN ([^\n]*?)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m = block.exec(text); m; m = block.exec(text)) {
    const body = withoutHeaders(m[2] ?? '').replace(/\s+/g, '');
    if (/^[A-Za-z0-9+/]*={0,2}$/.test(body) && body.length % 4 === 0) types.push(m[1] ?? '');
  }
  return types;
}

/** A block may start with `Key: value` header lines and a blank line (RFC 1421). */
function withoutHeaders(body: string): string {
  if (!/^[^\n]*:/.test(body)) return body;
  const end = body.search(/\r?\n\r?\n/);
  return end < 0 ? body : body.slice(end);
}

const isKey = (type: string): boolean => type === 'PRIVATE KEY' || type.endsWith(' PRIVATE KEY');

/** Go's error for a certificate and key that cannot be a pair, or undefined. */
export function keyPairError(cert: string, key: string): string | undefined {
  const certTypes = pemBlockTypes(cert);
  if (!certTypes.includes('CERTIFICATE')) {
    if (certTypes.length === 0) return 'tls: failed to find any PEM data in certificate input';
    if (certTypes.length === 1 && (certTypes[0] ?? '').endsWith('PRIVATE KEY')) {
      return 'tls: failed to find certificate PEM data in certificate input, but did find a private key; PEM inputs may have been switched';
    }
    return `tls: failed to find "CERTIFICATE" PEM block in certificate input after skipping PEM blocks of the following types: [${certTypes.join(' ')}]`;
  }
  const keyTypes = pemBlockTypes(key);
  const first = keyTypes.findIndex(isKey);
  if (first >= 0) return keysMatch(cert, key) ? undefined : 'tls: private key does not match public key';
  if (keyTypes.length === 0) return 'tls: failed to find any PEM data in key input';
  if (keyTypes.length === 1 && keyTypes[0] === 'CERTIFICATE') return 'tls: found a certificate rather than a key in the PEM for the private key';
  return `tls: failed to find PEM block with type ending in "PRIVATE KEY" in key input after skipping PEM blocks of the following types: [${keyTypes.join(' ')}]`;
}

/** False only when both parse and the key's modulus is not the certificate's. */
function keysMatch(certPem: string, keyPem: string): boolean {
  const cert = pemFind(certPem, 'CERTIFICATE');
  const key = pemFind(keyPem, 'RSA PRIVATE KEY', 'PRIVATE KEY');
  if (!cert || !key) return true;
  try {
    const priv = key.label === 'RSA PRIVATE KEY' ? decodePkcs1(key.der) : decodePkcs8(key.der);
    return modulusHex(parseCertificate(cert.der).publicKey) === modulusHex(priv);
  } catch {
    return true;
  }
}
