/**
 * What the API server checks in a CSR's bytes: spec.request must be a PEM CERTIFICATE REQUEST
 * whose self-signature verifies (certificates.ParseCSR then CheckSignature), status.certificate
 * only CERTIFICATE blocks without headers. Errors are Go's texts; a request whose DER cannot be
 * parsed gets encoding/asn1's most common complaint (modelled: Go's exact text depends on the
 * bytes).
 */
import { decodeBase64Bytes } from '../../../lib/base64';
import { parseRequest, requestSignatureValid, type CertificateRequest } from '../../../lib/pki/csr';
import { pemBlocks } from '../../../lib/pki/pem';
import { parseCertificate } from '../../../lib/pki/x509';

/** The bytes of a []byte field as the JSON carries them (base64), as text for the PEM reader. */
function latin1(base64: string): string {
  return String.fromCharCode(...decodeBase64Bytes(base64));
}

/** The parsed request, or Go's error text. */
export function parseCsr(requestBase64: string): CertificateRequest | string {
  const block = pemBlocks(latin1(requestBase64))[0];
  if (!block || block.label !== 'CERTIFICATE REQUEST') return 'PEM block type must be CERTIFICATE REQUEST';
  try {
    return parseRequest(block.der);
  } catch {
    return 'asn1: syntax error: data truncated';
  }
}

export function csrRequestError(requestBase64: string): string | undefined {
  const parsed = parseCsr(requestBase64);
  if (typeof parsed === 'string') return parsed;
  return requestSignatureValid(parsed) ? undefined : 'crypto/rsa: verification error';
}

export function certificateContentError(certificateBase64: string): string | undefined {
  if (certificateBase64 === '') return undefined;
  const blocks = pemBlocks(latin1(certificateBase64));
  if (blocks.length === 0) return 'must contain at least one CERTIFICATE PEM block';
  for (const block of blocks) {
    if (block.label !== 'CERTIFICATE') return `only CERTIFICATE PEM blocks are allowed, found "${block.label}"`;
    try {
      parseCertificate(block.der);
    } catch {
      return 'x509: malformed certificate';
    }
  }
  return undefined;
}
