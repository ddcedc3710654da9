import type { Pod } from 'kubernetes-types/core/v1';
import { encodeBase64Url } from '../../lib/base64';
import { hexFromKey } from '../images/hash';

const URL_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';
const URL_CODES = Array.from(URL_ALPHABET, (ch) => ch.charCodeAt(0));

/**
 * `encodeBase64Url` for text of single-byte characters, without building a byte array: every pod
 * start signs a token. Other text goes to the general function. The output is made from its
 * character codes in one go (a string grown a character at a time stays a chain of hundreds of
 * pieces in memory, and tokens live as long as their containers).
 */
function base64Url(text: string): string {
  const n = text.length;
  // Unpadded length: four characters per whole group of three, two or three for a last partial one.
  const codes = new Uint16Array(Math.floor(n / 3) * 4 + (n % 3 === 0 ? 0 : (n % 3) + 1));
  let o = 0;
  for (let i = 0; i < n; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    if (a > 0xff || b > 0xff || c > 0xff) return encodeBase64Url(text);
    const v = (a << 16) | (b << 8) | c;
    codes[o++] = URL_CODES[(v >> 18) & 63] as number;
    codes[o++] = URL_CODES[(v >> 12) & 63] as number;
    if (i + 1 < n) codes[o++] = URL_CODES[(v >> 6) & 63] as number;
    if (i + 2 < n) codes[o++] = URL_CODES[v & 63] as number;
  }
  return fromCodes(codes);
}

/** The text of these character codes, in chunks small enough to pass as arguments. */
export function fromCodes(codes: Uint16Array): string {
  if (codes.length <= CHUNK) return String.fromCharCode.apply(null, codes as unknown as number[]);
  let out = '';
  for (let i = 0; i < codes.length; i += CHUNK) out += String.fromCharCode.apply(null, codes.subarray(i, i + CHUNK) as unknown as number[]);
  return out;
}

const CHUNK = 4096;

let header: string | undefined;

/** A bound service account token: a JWT-shaped string, stable per pod. */
export function serviceAccountToken(pod: Pod): string {
  const ns = pod.metadata?.namespace ?? 'default';
  const sa = pod.spec?.serviceAccountName ?? 'default';
  header ??= base64Url(JSON.stringify({ alg: 'RS256', kid: hexFromKey(`kid`, 43) }));
  const name = pod.metadata?.name;
  const uid = pod.metadata?.uid;
  // The shortcut counts characters as bytes: only for text of single-byte characters (all valid names are).
  const payload = typeof name === 'string' && typeof uid === 'string' && singleBytes(ns) && singleBytes(name) && singleBytes(uid) && singleBytes(sa) ? payloadFast(ns, name, uid, sa) : base64Url(payloadJson(ns, name, uid, sa));
  const sig = base64Url(hexFromKey(`sig/${uid ?? ''}`, 256)).slice(0, 342);
  return `${header}.${payload}.${sig}`;
}

function payloadJson(ns: string, name: string | undefined, uid: string | undefined, sa: string): string {
  return JSON.stringify({
    aud: ['https://kubernetes.default.svc.cluster.local'],
    iss: 'https://kubernetes.default.svc.cluster.local',
    'kubernetes.io': { namespace: ns, pod: { name, uid }, serviceaccount: { name: sa } },
    sub: `system:serviceaccount:${ns}:${sa}`,
  });
}

/**
 * payloadJson's text encoded, with the part before the pod's name (the same for a whole
 * namespace) encoded once: base64 works in groups of three characters, so the longest prefix
 * that is a whole number of groups is kept encoded and the rest is encoded per pod.
 */
function payloadFast(ns: string, name: string, uid: string, sa: string): string {
  let prefix = PREFIXES.get(ns);
  if (!prefix) {
    const text = `{"aud":["https://kubernetes.default.svc.cluster.local"],"iss":"https://kubernetes.default.svc.cluster.local","kubernetes.io":{"namespace":${JSON.stringify(ns)},"pod":{"name":`;
    const whole = text.length - (text.length % 3);
    prefix = { encoded: base64Url(text.slice(0, whole)), rest: text.slice(whole) };
    if (PREFIXES.size >= 256) PREFIXES.clear();
    PREFIXES.set(ns, prefix);
  }
  const tail = `${JSON.stringify(name)},"uid":${JSON.stringify(uid)}},"serviceaccount":{"name":${JSON.stringify(sa)}}},"sub":${JSON.stringify(`system:serviceaccount:${ns}:${sa}`)}}`;
  return prefix.encoded + base64Url(prefix.rest + tail);
}

function singleBytes(text: string): boolean {
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0xff) return false;
  return true;
}

const PREFIXES = new Map<string, { encoded: string; rest: string }>();

/** For tests: the per-namespace shortcut writes what the whole text would encode to. */
export function payloadForTest(ns: string, name: string, uid: string, sa: string): { fast: string; whole: string } {
  return { fast: payloadFast(ns, name, uid, sa), whole: base64Url(payloadJson(ns, name, uid, sa)) };
}

/** For tests: the fast encoder agrees with the general one. */
export const base64UrlForTest = base64Url;
