/**
 * The serviceaccounts/token subresource (authentication.k8s.io/v1 TokenRequest) as kube-apiserver
 * v1.35 serves it (pkg/registry/core/serviceaccount/storage/token.go): a token for the service
 * account, valid for the API server's audience unless others are asked for, for an hour unless
 * another duration is (10 minutes at least), optionally bound to a Pod, Secret or Node so that it
 * dies with that object.
 */
import { rfc3339 } from '../../lib/duration';
import type { SimContext } from '../context';
import { API_AUDIENCE, ISSUER, signToken, type ObjectRef, type TokenClaims } from '../auth/tokens';
import { uuidOf } from '../uuid';
import type { KubeObject } from './object';
import { typeForKey, type ResourceType } from './registry';
import { notFound, type ApiResult, type ApiStatus } from './status';

export interface TokenRequestSpec {
  audiences?: string[] | null;
  expirationSeconds?: number | null;
  boundObjectRef?: { kind?: string; apiVersion?: string; name?: string; uid?: string } | null;
}

const DEFAULT_SECONDS = 3600;
const MIN_SECONDS = 600;
const MAX_SECONDS = 2 ** 32;
const BOUND_KINDS: Record<string, string> = { Pod: 'pods', Secret: 'secrets', Node: 'nodes' };

const status = (code: number, reason: string, message: string, details?: Record<string, unknown>): ApiStatus => ({
  kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, ...(details ? { details } : {}), code,
} as ApiStatus);

function invalidExpiration(name: string, seconds: number, why: string): ApiStatus {
  const message = `Invalid value: ${seconds}: ${why}`;
  return status(422, 'Invalid', `TokenRequest.authentication.k8s.io "${name}" is invalid: spec.expirationSeconds: ${message}`, {
    name, group: 'authentication.k8s.io', kind: 'TokenRequest', causes: [{ reason: 'FieldValueInvalid', message, field: 'spec.expirationSeconds' }],
  });
}

/** The signing secret of this cluster's service account issuer (its sa.key, in effect). */
export function tokenSecret(ctx: SimContext): string {
  return `seed-${ctx.config.seed}`;
}

/** The bound object, checked as the registry checks it, or the refusal. */
function boundObject(ctx: SimContext, namespace: string, sa: string, ref: NonNullable<TokenRequestSpec['boundObjectRef']>): { kind: string; ref: ObjectRef; obj: KubeObject } | ApiStatus {
  const kind = ref.kind ?? '';
  const resource = BOUND_KINDS[kind];
  if (!resource) return status(400, 'BadRequest', `cannot bind token to object of type ${kind}`);
  const name = ref.name ?? '';
  const type = typeForKey(resource) as ResourceType;
  const obj = ctx.api.peek<KubeObject>(resource, kind === 'Node' ? undefined : namespace, name);
  if (!obj) return notFound(type, name);
  const uid = obj.metadata.uid ?? '';
  if (ref.uid && ref.uid !== uid) {
    return status(409, 'Conflict', `Operation cannot be fulfilled on ${kind} "${name}": the UID in the bound object reference (${ref.uid}) does not match the UID in record. The object might have been deleted and then recreated`, { name, kind });
  }
  if (kind === 'Pod' && ((obj['spec'] as { serviceAccountName?: string } | undefined)?.serviceAccountName ?? 'default') !== sa) {
    return status(400, 'BadRequest', `cannot bind token for serviceaccount "${sa}" to pod running with different serviceaccount name.`);
  }
  return { kind, ref: { name, uid }, obj };
}

/** POST serviceaccounts/NAME/token: the TokenRequest with its status (token and expiry) filled in. */
export function createServiceAccountToken(ctx: SimContext, namespace: string, name: string, spec: TokenRequestSpec): ApiResult<KubeObject> {
  const sa = ctx.api.peek<KubeObject>('serviceaccounts', namespace, name);
  if (!sa) return { ok: false, status: notFound(typeForKey('serviceaccounts') as ResourceType, name) };
  const seconds = spec.expirationSeconds ?? DEFAULT_SECONDS;
  if (seconds < MIN_SECONDS) return { ok: false, status: invalidExpiration(name, seconds, 'may not specify a duration less than 10 minutes') };
  if (seconds > MAX_SECONDS) return { ok: false, status: invalidExpiration(name, seconds, 'may not specify a duration larger than 2^32 seconds') };
  const claims: TokenClaims['kubernetes.io'] = { namespace, serviceaccount: { name, uid: sa.metadata.uid ?? '' } };
  if (spec.boundObjectRef) {
    const bound = boundObject(ctx, namespace, name, spec.boundObjectRef);
    if ('code' in bound) return { ok: false, status: bound };
    if (bound.kind === 'Pod') {
      claims.pod = bound.ref;
      // A pod-bound token names the pod's node too, when it has one.
      const nodeName = (bound.obj['spec'] as { nodeName?: string } | undefined)?.nodeName;
      const node = nodeName ? ctx.api.peek<KubeObject>('nodes', undefined, nodeName) : undefined;
      if (node) claims.node = { name: nodeName as string, uid: node.metadata.uid ?? '' };
    } else if (bound.kind === 'Secret') claims.secret = bound.ref;
    else claims.node = bound.ref;
  }
  const now = Math.floor(ctx.rt.clock.now() / 1000);
  const audiences = spec.audiences && spec.audiences.length > 0 ? [...spec.audiences] : [API_AUDIENCE];
  const token = signToken(
    { aud: audiences, exp: now + seconds, iat: now, iss: ISSUER, jti: uuidOf(ctx.rt.random), 'kubernetes.io': sortedKeys(claims), nbf: now, sub: `system:serviceaccount:${namespace}:${name}` },
    tokenSecret(ctx),
  );
  const r = spec.boundObjectRef;
  const boundRef = r ? { kind: r.kind, apiVersion: r.apiVersion, name: r.name, ...(r.uid ? { uid: r.uid } : {}) } : null;
  return {
    ok: true,
    object: {
      kind: 'TokenRequest',
      apiVersion: 'authentication.k8s.io/v1',
      metadata: { name, namespace },
      spec: { audiences, expirationSeconds: seconds, boundObjectRef: boundRef },
      status: { token, expirationTimestamp: rfc3339((now + seconds) * 1000) },
    },
  };
}

/** go-jose writes claims through a map: keys in sorted order. */
function sortedKeys<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).sort(([a], [b]) => (a < b ? -1 : 1))) as T;
}
