/**
 * RSA keys as files hold them: PKCS#1 (`RSA PRIVATE KEY`), PKCS#8 (`PRIVATE KEY`, what openssl 3
 * writes) and the public half (`PUBLIC KEY`, SubjectPublicKeyInfo). The numbers are drawn from a
 * seeded generator with the right sizes and shape (n = p·q of exactly `bits` bits, e = 65537) but
 * the primes are not prime: finding real 2048-bit primes takes too long in a browser, and nothing
 * here encrypts. What the simulation needs is that a key and its certificate share a modulus.
 */
import type { Random } from '../random';
import { DerError, TAG, bigintToBytes, bits, bytesToBigint, child, expectTag, int, nul, octets, oid, parseDer, readBits, readOid, readUint, seq, valueOf, type Bytes, type Der } from './der';
import { OID } from './oids';

export interface RsaPublicKey {
  n: bigint;
  e: bigint;
}

export interface RsaPrivateKey extends RsaPublicKey {
  d: bigint;
  p: bigint;
  q: bigint;
  dp: bigint;
  dq: bigint;
  qinv: bigint;
}

export function generateRsaKey(random: Random, size = 2048): RsaPrivateKey {
  const half = Math.ceil(size / 2);
  // Top two bits set on both factors: their product has exactly `size` bits.
  const factor = (k: number) => randomBits(random, k) | (3n << BigInt(k - 2)) | 1n;
  const p = factor(half);
  const q = factor(size - half);
  const n = p * q;
  const d = randomBits(random, size - 1) % n;
  return { n, e: 65537n, d, p, q, dp: d % (p - 1n), dq: d % (q - 1n), qinv: randomBits(random, half) % p };
}

function randomBits(random: Random, count: number): bigint {
  let v = 0n;
  for (let i = 0; i < count; i += 32) v = (v << 32n) | BigInt(random.nextUint32());
  return v & ((1n << BigInt(count)) - 1n);
}

export function bitLength(n: bigint): number {
  return n === 0n ? 0 : n.toString(2).length;
}

export const rsaAlgorithm = (): Bytes => seq(oid(OID.rsaEncryption), nul());

export function encodePkcs1(k: RsaPrivateKey): Bytes {
  return seq(int(0), int(k.n), int(k.e), int(k.d), int(k.p), int(k.q), int(k.dp), int(k.dq), int(k.qinv));
}

export function encodePkcs8(k: RsaPrivateKey): Bytes {
  return seq(int(0), rsaAlgorithm(), octets(encodePkcs1(k)));
}

export function encodeRsaPublicKey(k: RsaPublicKey): Bytes {
  return seq(int(k.n), int(k.e));
}

/** SubjectPublicKeyInfo: the `PUBLIC KEY` file and the key inside certificates and requests. */
export function encodeSpki(k: RsaPublicKey): Bytes {
  return seq(rsaAlgorithm(), bits(encodeRsaPublicKey(k)));
}

export function decodePkcs1(der: Bytes): RsaPrivateKey {
  const node = expectTag(parseDer(der), TAG.SEQUENCE);
  const n = (i: number) => bytesToBigint(readUint(child(node, i)));
  return { n: n(1), e: n(2), d: n(3), p: n(4), q: n(5), dp: n(6), dq: n(7), qinv: n(8) };
}

export function decodePkcs8(der: Bytes): RsaPrivateKey {
  const node = expectTag(parseDer(der), TAG.SEQUENCE);
  const alg = readOid(child(child(node, 1), 0));
  if (alg !== OID.rsaEncryption) throw new DerError('not an RSA key');
  return decodePkcs1(valueOf(expectTag(child(node, 2), TAG.OCTET_STRING)));
}

export function decodeSpki(node: Der): RsaPublicKey {
  const alg = readOid(child(child(node, 0), 0));
  if (alg !== OID.rsaEncryption) throw new DerError('not an RSA key');
  const inner = expectTag(parseDer(readBits(child(node, 1)).bytes), TAG.SEQUENCE);
  return { n: bytesToBigint(readUint(child(inner, 0))), e: bytesToBigint(readUint(child(inner, 1))) };
}

/** The modulus as openssl -modulus prints it: upper-case hex without a leading zero byte. */
export function modulusHex(k: RsaPublicKey): string {
  return bigintToBytes(k.n)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('')
    .toUpperCase();
}
