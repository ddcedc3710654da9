/** Key material for the cluster's PKI: one seeded stream per named key, apart from the cluster's own random sequence. */
import { Random, type RandomState } from '../../lib/random';
import { sha256Bytes } from '../../lib/sha256';
import { utf8Bytes } from '../../lib/base64';
import { generateRsaKey, type RsaPrivateKey } from '../../lib/pki/rsa';

/** A generator for `name` on `seed`: the same key every time, whichever other keys were made first. */
export function streamFor(seed: number, name: string): Random {
  const h = sha256Bytes(utf8Bytes(`kubedojo-pki/${seed >>> 0}/${name}`));
  const word = (i: number) => (((h[i] as number) << 24) | ((h[i + 1] as number) << 16) | ((h[i + 2] as number) << 8) | (h[i + 3] as number)) >>> 0;
  return new Random([word(0), word(4), word(8), word(12)] as RandomState);
}

export function keyFor(seed: number, name: string, bits = 2048): RsaPrivateKey {
  return generateRsaKey(streamFor(seed, `key/${name}`), bits);
}

/** A serial as Go's crypto/rand.Int(MaxInt64) + 1 gives kubeadm: 1..2^63-1. */
export function int63Serial(random: Random): number[] {
  const hi = random.nextUint32() & 0x7fffffff;
  const lo = random.nextUint32();
  const bytes = [hi >>> 24, (hi >>> 16) & 0xff, (hi >>> 8) & 0xff, hi & 0xff, lo >>> 24, (lo >>> 16) & 0xff, (lo >>> 8) & 0xff, lo & 0xff];
  while (bytes.length > 1 && bytes[0] === 0) bytes.shift();
  return bytes.every((b) => b === 0) ? [1] : bytes;
}

/** A serial of `bytes` random bytes, top bit clear (openssl's 159-bit serials, the CSR signer's 128-bit ones). */
export function randomSerial(random: Random, bytes: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < bytes; i++) out.push(random.nextUint32() & 0xff);
  out[0] = (out[0] as number) & 0x7f;
  while (out.length > 1 && out[0] === 0) out.shift();
  return out;
}
