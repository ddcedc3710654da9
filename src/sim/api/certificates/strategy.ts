/**
 * The CertificateSigningRequest strategies of kube-apiserver (pkg/registry/certificates/
 * certificates/strategy.go, v1.35): on create the requester's identity replaces whatever the
 * request said and the status starts empty (no pre-approved requests); a plain update changes
 * only metadata; the status subresource (signers) keeps the spec and the Approved/Denied
 * conditions; the approval subresource (`kubectl certificate approve|deny`) keeps the spec, the
 * certificate and any Failed condition. Condition timestamps the writer left out are filled in.
 */
import { clone, type KubeObject } from '../object';
import { isJsonObject } from '../defaults/types';

export const CSR_RESOURCE = 'certificatesigningrequests.certificates.k8s.io';

/** Who made a request, as authentication decided (user.Info). */
export interface RequestUser {
  name: string;
  uid?: string;
  groups: readonly string[];
  extra?: Readonly<Record<string, readonly string[]>>;
}

/**
 * The requester when the caller names none: kubectl with kubeadm's admin.conf (its client
 * certificate's CN and O, plus the group every authenticated user has).
 */
export const KUBEADM_ADMIN: RequestUser = { name: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] };

type Obj = Record<string, unknown>;
const objectAt = (o: Obj, key: string): Obj => (isJsonObject(o[key]) ? (o[key] as Obj) : {});
const conditionsOf = (o: Obj): Obj[] => (Array.isArray(objectAt(o, 'status')['conditions']) ? (objectAt(o, 'status')['conditions'] as unknown[]).filter(isJsonObject) as Obj[] : []);

export function prepareCsrForCreate(csr: KubeObject, user: RequestUser): void {
  const spec = isJsonObject(csr['spec']) ? (csr['spec'] as Obj) : (csr['spec'] = {});
  for (const f of ['username', 'uid', 'groups', 'extra']) delete spec[f];
  spec['username'] = user.name;
  if (user.uid) spec['uid'] = user.uid;
  if (user.groups.length > 0) spec['groups'] = [...user.groups];
  if (user.extra && Object.keys(user.extra).length > 0) spec['extra'] = clone(user.extra) as Obj;
  // Spec fields in the order Go's encoder writes them, as every later read shows them.
  const order = ['request', 'signerName', 'expirationSeconds', 'usages', 'username', 'uid', 'groups', 'extra'];
  csr['spec'] = Object.fromEntries([...order.filter((k) => k in spec).map((k) => [k, spec[k]]), ...Object.entries(spec).filter(([k]) => !order.includes(k))]);
  csr['status'] = {};
}

/** A plain update: requests are immutable but for metadata. */
export function prepareCsrForUpdate(next: KubeObject, old: KubeObject): void {
  if (old['spec'] === undefined) delete next['spec'];
  else next['spec'] = clone(old['spec']);
}

/**
 * The status or approval subresource: `next` carries the request's status on the stored object's
 * spec and metadata; `now` is the server's RFC 3339 time.
 */
export function prepareCsrSubresource(next: KubeObject, old: KubeObject, subresource: 'status' | 'approval', now: string): void {
  const status: Obj = isJsonObject(next['status']) ? (next['status'] as Obj) : {};
  next['status'] = status;
  const conditions = conditionsOf(next);
  // preserveConditionInstances: the old instances of a type replace the new ones in place, unless
  // the request added or removed some (which validation then refuses).
  const keep = (type: string) => {
    const before = conditionsOf(old).filter((c) => c['type'] === type);
    const at = conditions.flatMap((c, i) => (c['type'] === type ? [i] : []));
    if (before.length === at.length) at.forEach((i, n) => (conditions[i] = before[n] as Obj));
  };
  if (subresource === 'status') {
    keep('Approved');
    keep('Denied');
  } else {
    const certificate = objectAt(old, 'status')['certificate'];
    if (certificate === undefined) delete status['certificate'];
    else status['certificate'] = certificate;
    keep('Failed');
  }
  const previous = conditionsOf(old);
  status['conditions'] = conditions.map((c) => {
    const out: Obj = { ...c };
    if (!out['lastUpdateTime']) out['lastUpdateTime'] = now;
    if (!out['lastTransitionTime']) {
      const before = previous.find((p) => p['type'] === c['type']);
      out['lastTransitionTime'] = before && before['status'] === c['status'] && before['lastTransitionTime'] ? before['lastTransitionTime'] : now;
    }
    return out;
  });
  if (conditions.length === 0) delete status['conditions'];
  next['status'] = ordered(status);
}

/** Status fields in Go's order (conditions, certificate); condition fields sorted as Go declares them. */
function ordered(status: Obj): Obj {
  const out: Obj = {};
  if (status['conditions'] !== undefined) {
    const fields = ['type', 'status', 'reason', 'message', 'lastUpdateTime', 'lastTransitionTime'];
    out['conditions'] = (status['conditions'] as Obj[]).map((c) => Object.fromEntries([...fields.filter((f) => f in c).map((f) => [f, c[f]]), ...Object.entries(c).filter(([f]) => !fields.includes(f))]));
  }
  if (status['certificate'] !== undefined) out['certificate'] = status['certificate'];
  for (const [k, v] of Object.entries(status)) if (!(k in out)) out[k] = v;
  return out;
}
