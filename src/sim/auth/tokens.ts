// Service account tokens as the API server issues (TokenRequest) and checks them: JWTs whose claims
// are what kube-apiserver v1.35 writes (keys sorted, as go-jose marshals them), signed with a
// stand-in for RS256 — 256 bytes derived from the signing input and the cluster's signing secret,
// so a token verifies only in the cluster that issued it and any change to it breaks it.

import { decodeBase64Bytes, encodeBase64Url, utf8Decode } from '../../lib/base64';
import { sha256Hex } from '../../lib/sha256';
import { hexFromKey } from '../images/hash';

export const API_AUDIENCE = 'https://kubernetes.default.svc.cluster.local';
export const ISSUER = 'https://kubernetes.default.svc.cluster.local';

export interface ObjectRef {
  name: string;
  uid: string;
}

export interface TokenClaims {
  aud: string[];
  exp: number;
  iat: number;
  iss: string;
  jti: string;
  'kubernetes.io': {
    namespace: string;
    node?: ObjectRef;
    pod?: ObjectRef;
    secret?: ObjectRef;
    serviceaccount: ObjectRef;
  };
  nbf: number;
  sub: string;
}

const HEADER = { alg: 'RS256', kid: hexFromKey('kid', 43) };

/** The signature part for `signingInput` (header.payload) under the cluster's secret. */
function signature(signingInput: string, secret: string): string {
  return encodeBase64Url(hexFromKey(`sig/${secret}/${sha256Hex(signingInput)}`, 256)).slice(0, 342);
}

/** A signed token for these claims. */
export function signToken(claims: TokenClaims, secret: string): string {
  const input = `${encodeBase64Url(JSON.stringify(HEADER))}.${encodeBase64Url(JSON.stringify(claims))}`;
  return `${input}.${signature(input, secret)}`;
}

/** The claims of a token this cluster signed, or undefined for anything else (malformed, forged, altered). */
export function verifyToken(token: string, secret: string): TokenClaims | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  const [header, payload, sig] = parts as [string, string, string];
  if (sig !== signature(`${header}.${payload}`, secret)) return undefined;
  try {
    const claims = JSON.parse(utf8Decode(decodeBase64Bytes(payload.replace(/-/g, '+').replace(/_/g, '/')))) as TokenClaims;
    return typeof claims.sub === 'string' && typeof claims['kubernetes.io']?.namespace === 'string' ? claims : undefined;
  } catch {
    return undefined;
  }
}

/**
 * The claims of a pod's projected token as the kubelet mounts it (kubelet/sa-token.ts), if `token`
 * is one: those carry the pod and are checked against it rather than against a signing secret.
 */
export function podTokenClaims(token: string): { namespace: string; serviceAccount: string; pod: ObjectRef } | undefined {
  const parts = token.split('.');
  if (parts.length !== 3) return undefined;
  try {
    const claims = JSON.parse(utf8Decode(decodeBase64Bytes((parts[1] as string).replace(/-/g, '+').replace(/_/g, '/')))) as Partial<TokenClaims>;
    const k = claims['kubernetes.io'];
    const pod = k?.pod;
    if (!k || !pod || typeof pod.uid !== 'string' || typeof pod.name !== 'string') return undefined;
    if (parts[2] !== encodeBase64Url(hexFromKey(`sig/${pod.uid}`, 256)).slice(0, 342)) return undefined;
    return { namespace: k.namespace, serviceAccount: k.serviceaccount?.name ?? '', pod };
  } catch {
    return undefined;
  }
}
