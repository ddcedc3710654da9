/**
 * Seeded pseudo-random numbers (sfc32). The whole state is four 32-bit words, so a cluster snapshot
 * can carry it and a restored cluster continues the exact same sequence.
 */
export type RandomState = [number, number, number, number];

/** Characters Kubernetes uses for generated name suffixes: no vowels, no 0/1/3 (avoids words and look-alikes). */
export const NAME_SUFFIX_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

export class Random {
  // The four state words as plain fields: a cluster draws over a million times in a large
  // scale-up, and a state array rebuilt per draw showed up in its profile.
  private a: number;
  private b: number;
  private c: number;
  private d: number;

  constructor(seed: number | RandomState) {
    const s: RandomState = typeof seed === 'number' ? [0x9e3779b9, 0x243f6a88, 0xb7e15162, seed >>> 0] : seed;
    this.a = s[0] >>> 0;
    this.b = s[1] >>> 0;
    this.c = s[2] >>> 0;
    this.d = s[3] >>> 0;
    // Warm up so that nearby seeds give unrelated sequences.
    if (typeof seed === 'number') for (let i = 0; i < 15; i++) this.nextUint32();
  }

  get state(): RandomState {
    return [this.a, this.b, this.c, this.d];
  }

  /** Continues from `s` instead (a side stream borrowed for a while, then the saved state given back). */
  setState(s: RandomState): void {
    [this.a, this.b, this.c, this.d] = s.map((w) => w >>> 0) as RandomState;
  }

  nextUint32(): number {
    const { a, b, c, d } = this;
    const t = (((a + b) | 0) + d) | 0;
    this.d = (d + 1) >>> 0;
    this.a = (b ^ (b >>> 9)) >>> 0;
    this.b = (c + (c << 3)) >>> 0;
    this.c = (((c << 21) | (c >>> 11)) + t) >>> 0;
    return t >>> 0;
  }

  /** A float in [0, 1). */
  float(): number {
    return this.nextUint32() / 4294967296;
  }

  /** An integer in [0, n). */
  int(n: number): number {
    return Math.floor(this.float() * n);
  }

  /** An integer in [min, max], both inclusive. */
  between(min: number, max: number): number {
    return min + this.int(max - min + 1);
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('pick from an empty list');
    return items[this.int(items.length)] as T;
  }

  string(length: number, alphabet: string): string {
    let out = '';
    for (let i = 0; i < length; i++) out += alphabet[this.int(alphabet.length)];
    return out;
  }

  /** The 5-character suffix the API server appends to `metadata.generateName`. */
  nameSuffix(): string {
    return this.string(5, NAME_SUFFIX_ALPHABET);
  }

  hex(length: number): string {
    return this.string(length, '0123456789abcdef');
  }

  /** An RFC 4122 version-4 UUID, as the API server assigns to `metadata.uid`. */
  uuid(): string {
    const h = this.hex(32).split('');
    h[12] = '4';
    h[16] = '89ab'[this.int(4)] as string;
    const s = h.join('');
    return `${s.slice(0, 8)}-${s.slice(8, 12)}-${s.slice(12, 16)}-${s.slice(16, 20)}-${s.slice(20)}`;
  }
}
