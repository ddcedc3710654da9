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
  const codes: number[] = [];
  for (let i = 0; i < n; i += 3) {
    const a = text.charCodeAt(i);
    const b = i + 1 < n ? text.charCodeAt(i + 1) : 0;
    const c = i + 2 < n ? text.charCodeAt(i + 2) : 0;
    if (a > 0xff || b > 0xff || c > 0xff) return encodeBase64Url(text);
    const v = (a << 16) | (b << 8) | c;
    codes.push(URL_CODES[(v >> 18) & 63] as number, URL_CODES[(v >> 12) & 63] as number);
    if (i + 1 < n) codes.push(URL_CODES[(v >> 6) & 63] as number);
    if (i + 2 < n) codes.push(URL_CODES[v & 63] as number);
  }
  let out = '';
  for (let i = 0; i < codes.length; i += 4096) out += String.fromCharCode(...codes.slice(i, i + 4096));
  return out;
}

let header: string | undefined;

/** A bound service account token: a JWT-shaped string, stable per pod. */
export function serviceAccountToken(pod: Pod): string {
  const ns = pod.metadata?.namespace ?? 'default';
  const sa = pod.spec?.serviceAccountName ?? 'default';
  header ??= base64Url(JSON.stringify({ alg: 'RS256', kid: hexFromKey(`kid`, 43) }));
  const payload = base64Url(
    JSON.stringify({
      aud: ['https://kubernetes.default.svc.cluster.local'],
      iss: 'https://kubernetes.default.svc.cluster.local',
      'kubernetes.io': { namespace: ns, pod: { name: pod.metadata?.name, uid: pod.metadata?.uid }, serviceaccount: { name: sa } },
      sub: `system:serviceaccount:${ns}:${sa}`,
    }),
  );
  const sig = base64Url(hexFromKey(`sig/${pod.metadata?.uid ?? ''}`, 256)).slice(0, 342);
  return `${header}.${payload}.${sig}`;
}

/** For tests: the fast encoder agrees with the general one. */
export const base64UrlForTest = base64Url;
