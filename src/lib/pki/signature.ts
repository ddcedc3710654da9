/**
 * Simulated RSA signatures. A real signature needs the private exponent of a real key; here a
 * signature is a deterministic function of the signed bytes and the signer's public modulus, sized
 * like an RSA signature. So "does this verify against that CA" has one consistent answer inside the
 * simulation: the issuer's key is the only one whose modulus reproduces the signature.
 */
import { sha256Bytes } from '../sha256';
import { bigintToBytes, type Bytes } from './der';
import { bitLength, type RsaPublicKey } from './rsa';

export function simulatedSignature(signed: Bytes, signer: RsaPublicKey): Bytes {
  const size = Math.ceil(bitLength(signer.n) / 8);
  const seed = sha256Bytes([...bigintToBytes(signer.n), ...sha256Bytes(signed)]);
  const out: Bytes = [];
  for (let counter = 0; out.length < size; counter++) out.push(...sha256Bytes([...seed, counter >> 8, counter & 0xff]));
  out.length = size;
  // Below the modulus, as an RSA signature is.
  const topBits = bitLength(signer.n) % 8 || 8;
  out[0] = (out[0] as number) & ((1 << (topBits - 1)) - 1);
  return out;
}

export function sameBytes(a: Bytes, b: Bytes): boolean {
  return a.length === b.length && a.every((x, i) => x === b[i]);
}
