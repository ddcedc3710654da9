// Who a request is from, as kube-apiserver's authenticators decide it (kubeadm's set: x509 client
// certificates signed by the cluster CA, then bearer tokens — service account tokens, whether
// requested through TokenRequest or mounted into a pod —, then anonymous when nothing was shown).
// Credentials that are shown and fail make the request 401 Unauthorized; basic auth is not
// served since v1.19.

import type { SimContext } from '../context';
import type { KubeObject } from '../api/object';
import { tokenSecret } from '../api/token-request';
import type { UserInfo } from './rbac';
import { API_AUDIENCE, podTokenClaims, verifyToken, type ObjectRef } from './tokens';

export interface Credentials {
  /** PEM of the client certificate (its key is the client's business: TLS proves possession). */
  clientCertificate?: string;
  token?: string;
  basicAuth?: boolean;
}

export type Authentication = { ok: true; user: UserInfo } | { ok: false };

/** The identity in a client certificate, when the cluster CA signed it (pki/identity.ts). */
export type CertificateAuthenticator = (certPem: string) => UserInfo | undefined;

export const ANONYMOUS: UserInfo = { name: 'system:anonymous', groups: ['system:unauthenticated'] };

export function serviceAccountUser(namespace: string, name: string): UserInfo {
  return { name: `system:serviceaccount:${namespace}:${name}`, groups: ['system:serviceaccounts', `system:serviceaccounts:${namespace}`, 'system:authenticated'] };
}

export function authenticate(ctx: SimContext, creds: Credentials, certificate: CertificateAuthenticator): Authentication {
  if (creds.clientCertificate) {
    const user = certificate(creds.clientCertificate);
    // An unverifiable certificate fails the x509 authenticator; a token may still authenticate.
    if (user) return { ok: true, user };
  }
  if (creds.token) {
    const user = tokenUser(ctx, creds.token);
    return user ? { ok: true, user } : { ok: false };
  }
  if (creds.clientCertificate || creds.basicAuth) return { ok: false };
  return { ok: true, user: ANONYMOUS };
}

/** The service account a bearer token stands for, if it is valid now. */
function tokenUser(ctx: SimContext, token: string): UserInfo | undefined {
  const alive = (resource: string, namespace: string | undefined, ref: ObjectRef | undefined): boolean => {
    if (!ref) return true;
    const obj = ctx.api.peek<KubeObject>(resource, namespace, ref.name);
    return !!obj && obj.metadata.uid === ref.uid && !obj.metadata.deletionTimestamp;
  };
  const claims = verifyToken(token, tokenSecret(ctx));
  if (claims) {
    const k = claims['kubernetes.io'];
    const nowSeconds = Math.floor(ctx.rt.clock.now() / 1000);
    if (claims.exp < nowSeconds || claims.nbf > nowSeconds || !claims.aud.includes(API_AUDIENCE)) return undefined;
    if (!alive('serviceaccounts', k.namespace, k.serviceaccount) || !alive('pods', k.namespace, k.pod) || !alive('secrets', k.namespace, k.secret)) return undefined;
    if (!k.pod && !alive('nodes', undefined, k.node)) return undefined;
    return serviceAccountUser(k.namespace, k.serviceaccount.name);
  }
  // A token a pod has mounted: good while that pod exists and its account does.
  const mounted = podTokenClaims(token);
  if (!mounted || !alive('pods', mounted.namespace, mounted.pod)) return undefined;
  if (!ctx.api.peek('serviceaccounts', mounted.namespace, mounted.serviceAccount)) return undefined;
  return serviceAccountUser(mounted.namespace, mounted.serviceAccount);
}
