// The cluster as kubectl reaches it under --as: the same cluster, but every API request goes
// through the API server's impersonation filter and authorizer first, as it does for real. Each
// ApiServer call is one request whose verb follows from the call (get, list, watch, create,
// update, delete; the status, binding and finalize subresources from their calls); commands need
// no change. What the calls cannot tell is said where kubectl's request differs: a PATCH
// (`patching`), the requests that bypass the ApiServer object here — pods/log, pods/exec,
// pods/attach, pods/portforward, pods/eviction, the Metrics API, the kinds the server computes
// (`requestDenied`, `requestRefused`) — and the reads the API server does inside one request
// (`serverSide`).
// Without --as nothing is wrapped: the admin's requests are not checked (it is cluster-admin).
// Grading and the UI read the cluster directly and never see this.

import type { KubeObject } from '../../sim/api/object';
import type { ResourceType } from '../../sim/api/registry';
import type { ApiStatus, ApiResult } from '../../sim/api/status';
import type { ApiServer, DeleteOptions, ListOptions, WriteOptions } from '../../sim/api/apiserver';
import { nodeAuthorizerAllows, nodeRestriction } from '../../sim/auth/node-authorizer';
import { decide, type AccessRequest } from '../../sim/auth/rbac';
import type { Cluster } from '../../sim/cluster';
import type { WatchEvent } from '../../sim/store/store';
import { forbiddenBecause, forbiddenStatus } from './forbidden';
import { adminUser, type Impersonation, type RequestUser } from './impersonation';

type ResourceRequest = Extract<AccessRequest, { kind: 'resource' }>;

/** Decides one request: undefined when allowed, the Forbidden status otherwise. */
export interface RequestAccess {
  readonly user: RequestUser;
  check(req: AccessRequest): ApiStatus | undefined;
}

/** How a view's calls are sent: a PATCH instead of a PUT, and on which subresource. */
interface Sending {
  readonly patch: boolean;
  readonly subresource: string;
}

const ACCESS = Symbol('kubectl.requestAccess');
const BASE = Symbol('kubectl.baseApi');
const BASE_CLUSTER = Symbol('kubectl.baseCluster');

interface Authorizing {
  [ACCESS]?: RequestAccess;
  [BASE]?: ApiServer;
  [BASE_CLUSTER]?: Cluster;
}

/**
 * The attributes of a request on `type` (a cluster-scoped type has no namespace). A request on
 * one namespace (`/api/v1/namespaces/NAME…`) is in that namespace, as the API server's RequestInfo
 * reads the path; lists and watches of namespaces are not.
 */
export function resourceRequest(verb: string, type: ResourceType, namespace: string | undefined, name: string, subresource = ''): ResourceRequest {
  const onNamespace = type.group === '' && type.plural === 'namespaces' && name !== '' && verb !== 'list' && verb !== 'watch';
  const ns = onNamespace ? name : type.namespaced ? namespace ?? '' : '';
  return { kind: 'resource', verb, namespace: ns, group: type.group, resource: type.plural, subresource, name };
}

/** RequestInfo: a list or watch whose field selector requires one `metadata.name` is about that name. */
export function nameSelected(fieldSelector: string | undefined): string {
  for (const term of (fieldSelector ?? '').split(',')) {
    const m = /^\s*metadata\.name\s*==?\s*(.*?)\s*$/.exec(term);
    if (m) return m[1] ?? '';
  }
  return '';
}

const denied = (status: ApiStatus): { ok: false; status: ApiStatus } => ({ ok: false, status });

/** An ApiServer whose every call is first authorized through `access`. */
function authorizingApi(base: ApiServer, access: RequestAccess, sending: Sending): ApiServer {
  const view = Object.create(base) as ApiServer & Authorizing;
  view[ACCESS] = access;
  view[BASE] = base;
  const sub = sending.subresource;
  const writeVerb = sending.patch ? 'patch' : 'update';
  const check = (verb: string, type: ResourceType, namespace: string | undefined, name: string, subresource = sub): ApiStatus | undefined =>
    access.check(resourceRequest(verb, type, namespace, name, subresource));
  /** The namespace a write lands in, as the API server's create and update compute it. */
  const writeNamespace = (input: KubeObject, opts: WriteOptions): string => input.metadata?.namespace ?? opts.namespace ?? 'default';

  view.get = (type: ResourceType, namespace: string | undefined, name: string): ApiResult<KubeObject> => {
    const no = check('get', type, namespace, name);
    return no ? denied(no) : base.get(type, namespace, name);
  };
  view.list = (type: ResourceType, opts: ListOptions = {}): ApiResult<KubeObject[]> => {
    const no = check('list', type, opts.namespace, nameSelected(opts.fieldSelector));
    return no ? denied(no) : base.list(type, opts);
  };
  view.watch = (type: ResourceType, opts: ListOptions, listener: (event: WatchEvent) => void): ApiResult<() => void> => {
    const no = check('watch', type, opts.namespace, nameSelected(opts.fieldSelector));
    return no ? denied(no) : base.watch(type, opts, listener);
  };
  view.create = <T extends KubeObject = KubeObject>(input: KubeObject, opts: WriteOptions = {}): ApiResult<T> => {
    const type = base.typeOf(input);
    const no = type && check(sending.patch ? 'patch' : 'create', type, writeNamespace(input, opts), sending.patch ? input.metadata?.name ?? '' : '');
    // The requester travels with the request (a CertificateSigningRequest records who asked).
    return no ? denied(no) : base.create<T>(input, opts.user ? opts : { ...opts, user: access.user });
  };
  view.update = <T extends KubeObject = KubeObject>(input: KubeObject, opts: WriteOptions = {}): ApiResult<T> => {
    const type = base.typeOf(input);
    const no = type && check(writeVerb, type, writeNamespace(input, opts), input.metadata?.name ?? '');
    return no ? denied(no) : base.update<T>(input, opts);
  };
  view.updateStatus = <T extends KubeObject = KubeObject>(input: KubeObject, opts: { handOver?: boolean } = {}): ApiResult<T> => {
    const type = base.typeOf(input);
    const no = type && check(writeVerb, type, input.metadata?.namespace ?? 'default', input.metadata?.name ?? '', 'status');
    return no ? denied(no) : base.updateStatus<T>(input, opts);
  };
  view.updateApproval = <T extends KubeObject = KubeObject>(input: KubeObject, opts: { dryRun?: boolean } = {}): ApiResult<T> => {
    const type = base.typeOf(input);
    const name = input.metadata?.name ?? '';
    const no = type && check(writeVerb, type, undefined, name, 'approval');
    if (no) return denied(no);
    // The approval plugin: whoever approves or denies must also be allowed to for its signer.
    const signer = String((input['spec'] as { signerName?: string } | undefined)?.signerName ?? '');
    const refused = access.check({ kind: 'resource', verb: 'approve', namespace: '', group: 'certificates.k8s.io', resource: 'signers', subresource: '', name: signer });
    if (refused) return denied(approvalForbidden(name, signer));
    return base.updateApproval<T>(input, opts);
  };
  view.delete = (type: ResourceType, namespace: string | undefined, name: string, opts: DeleteOptions = {}): ApiResult<KubeObject> => {
    const no = check('delete', type, namespace, name);
    return no ? denied(no) : base.delete(type, namespace, name, opts);
  };
  view.bind = (namespace: string, name: string, node: string): ApiResult<KubeObject> => {
    const no = access.check({ kind: 'resource', verb: 'create', namespace, group: '', resource: 'pods', subresource: 'binding', name });
    return no ? denied(no) : base.bind(namespace, name, node);
  };
  view.finalizeNamespace = (name: string, finalizers: string[]): ApiResult<KubeObject> => {
    const no = access.check({ kind: 'resource', verb: 'update', namespace: name, group: '', resource: 'namespaces', subresource: 'finalize', name });
    return no ? denied(no) : base.finalizeNamespace(name, finalizers);
  };
  return view;
}

/**
 * The impersonation filter, then the authorizer: who may do what, read from the cluster's stored
 * RBAC objects now. `requester` is who kubectl authenticated as (kubeadm's admin by default).
 */
function impersonationAccess(cluster: Cluster, imp: Impersonation, requester: RequestUser): RequestAccess {
  return {
    user: imp.user,
    check(req) {
      for (const may of imp.checks) {
        const d = decide(cluster.store, requester, may);
        if (!d.allowed) return forbiddenStatus(requester.name, may, d.reason);
      }
      const d = decide(cluster.store, imp.user, req);
      return d.allowed ? undefined : forbiddenStatus(imp.user.name, req, d.reason);
    },
  };
}

/** `cluster` as kubectl reaches it when impersonating: the same cluster behind an authorizing API. */
export function impersonatingCluster(cluster: Cluster, imp: Impersonation, requester: RequestUser = adminUser()): Cluster {
  return authorizingCluster(cluster, impersonationAccess(cluster, imp, requester));
}

/** `cluster` as a user other than kubeadm's admin reaches it (a kubeconfig user of their own): every request authorized as them. */
export function authenticatedCluster(cluster: Cluster, user: RequestUser): Cluster {
  return authorizingCluster(cluster, {
    user,
    check(req) {
      if (nodeAuthorizerAllows(cluster.store, user, req)) {
        const refused = nodeRestriction(cluster.store, user, req);
        return refused ? forbiddenBecause(req, refused) : undefined;
      }
      const d = decide(cluster.store, user, req);
      return d.allowed ? undefined : forbiddenStatus(user.name, req, d.reason);
    },
  });
}

function authorizingCluster(cluster: Cluster, access: RequestAccess): Cluster {
  const view = Object.create(cluster) as Cluster & Authorizing;
  Object.defineProperty(view, 'api', { value: authorizingApi(cluster.api, access, { patch: false, subresource: '' }), enumerable: true });
  view[ACCESS] = access;
  view[BASE_CLUSTER] = cluster;
  return view;
}

/**
 * The cluster as the API server itself works on it, for emulating what happens inside one request
 * once it has been authorized (a PATCH reads the object it patches; that read is no request).
 */
export const serverSide = (cluster: Cluster): Cluster => (cluster as Cluster & Authorizing)[BASE_CLUSTER] ?? cluster;

/** Who the cluster's requests are made as when it is an impersonating view; undefined for the admin's plain cluster. */
export const requestAccessOf = (target: Cluster | ApiServer): RequestAccess | undefined => (target as Authorizing)[ACCESS];

/**
 * A request that does not go through the ApiServer calls (pods/log, pods/exec, a computed kind's
 * list): undefined when allowed (always, for the admin), the Forbidden status otherwise.
 */
export function requestDenied(cluster: Cluster, req: AccessRequest): ApiStatus | undefined {
  return requestAccessOf(cluster)?.check(req);
}

/** A request on a pod's subresource that reaches the kubelet (log, exec, attach, portforward) or eviction. */
export function podRequestDenied(cluster: Cluster, verb: 'get' | 'create', subresource: string, namespace: string, pod: string): ApiStatus | undefined {
  return requestDenied(cluster, { kind: 'resource', verb, namespace, group: '', resource: 'pods', subresource, name: pod });
}

/** requestDenied for a request on `type`, as an ApiResult failure; undefined when allowed. */
export function requestRefused(cluster: Cluster, verb: string, type: ResourceType, namespace: string | undefined, name: string, subresource = ''): { ok: false; status: ApiStatus } | undefined {
  const status = requestDenied(cluster, resourceRequest(verb, type, namespace, name, subresource));
  return status ? denied(status) : undefined;
}

/**
 * The API as kubectl's PATCH requests reach it: writes are authorized as `patch` (on
 * `subresource` when given, e.g. scale or status), reads on that subresource. kubectl patches
 * for apply, edit, label, annotate, set, scale, taint, cordon, rollout and patch itself.
 */
export function patching(api: ApiServer, subresource = ''): ApiServer {
  const a = api as ApiServer & Authorizing;
  const access = a[ACCESS];
  const base = a[BASE];
  return access && base ? authorizingApi(base, access, { patch: true, subresource }) : api;
}

/** The CertificateApproval admission plugin's refusal (a 403 naming the signer). */
function approvalForbidden(name: string, signer: string): ApiStatus {
  return {
    kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', reason: 'Forbidden', code: 403,
    message: `certificatesigningrequests.certificates.k8s.io "${name}" is forbidden: user not permitted to approve requests with signerName "${signer}"`,
    details: { name, group: 'certificates.k8s.io', kind: 'certificatesigningrequests' },
  };
}
