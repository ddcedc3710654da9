import type { KubeObject } from './object';
import { clone, keyOf, objectKey } from './object';
import type { ResourceType } from './registry';
import { apiVersionOf, resourceKey, typeForKey } from './registry';
import { ServedTypes } from './crd/served-types';
import type { ApiResult, ApiStatus, StatusCause } from './status';
import { alreadyExists, badRequest, conflict, conflictMessage, invalid, methodNotAllowed, notFound, tooLarge, unreasoned } from './status';
import type { ObjectStore, WatchEvent } from '../store/store';
import type { SimRuntime } from '../runtime';
import { deleteObject, finishDeletionIfDone, type DeleteOptions } from './deletion';
import { listMatches, listObjects, type ListOptions } from './list';
import { uuidOf } from '../uuid';
import { sameJson } from './json-equal';
import { CSR_RESOURCE, KUBEADM_ADMIN, prepareCsrForCreate, prepareCsrSubresource, type RequestUser } from './certificates/strategy';

export type { DeleteOptions } from './deletion';
export type { ListOptions } from './list';

export type FieldValidation = 'Strict' | 'Warn' | 'Ignore';

export interface WriteOptions {
  dryRun?: boolean;
  /**
   * How unknown fields are treated, as kubectl's `--validate`. Left out, the caller is an in-cluster
   * component writing well-typed objects (the typed clients of controllers): no decoding, no size
   * check. kubectl always states it.
   */
  fieldValidation?: FieldValidation;
  /**
   * The caller gives the object away (it was built for this request and the caller keeps no
   * reference it could change): the server works on it instead of on a private copy. Only for
   * in-cluster components (no `fieldValidation`).
   */
  handOver?: boolean;
  /** Namespace from the request path, used when the object names none. */
  namespace?: string;
  /**
   * Who makes the request, as authentication found (a CSR records its requester). Left out: the
   * admin of kubeadm's admin.conf.
   */
  user?: RequestUser;
}

/** The pieces of the API machinery that differ per kind; the cluster wires the real ones in. */
export interface ApiPlugins {
  /** Unknown fields and type errors; returns the BadRequest message, or warnings when not strict. */
  decode(obj: KubeObject, type: ResourceType, mode: FieldValidation): { error?: string; warnings: string[]; object: KubeObject };
  defaults(obj: KubeObject, type: ResourceType): void;
  /** The kind's create strategy, once name and uid exist (a Job's selector is built from its uid). */
  prepareForCreate(obj: KubeObject, type: ResourceType): void;
  /** The kind's update strategy (fields carried over from the stored object). */
  prepareForUpdate(obj: KubeObject, old: KubeObject, type: ResourceType): void;
  validateCreate(obj: KubeObject, type: ResourceType): RenderedErrors | undefined;
  /** `subresource`: the write came through one with its own rules (a CSR's status or approval). */
  validateUpdate(obj: KubeObject, old: KubeObject, type: ResourceType, subresource?: 'status' | 'approval'): RenderedErrors | undefined;
  /** Mutating and validating admission (namespace lifecycle, service accounts, quotas, IP allocation…). */
  admit(obj: KubeObject, old: KubeObject | undefined, type: ResourceType, api: ApiServer): ApiStatus | undefined;
}

export interface RenderedErrors {
  message: string;
  causes: StatusCause[];
}

/** Requests over this many bytes are refused before decoding (kube-apiserver's 3 MiB body limit). */
export const MAX_REQUEST_BYTES = 3 * 1024 * 1024;
/** etcd's default maximum value size: larger objects are refused by storage. */
export const MAX_OBJECT_BYTES = 1.5 * 1024 * 1024;

/** Kinds whose metadata.generation counts spec changes. */
const GENERATION_TRACKED = new Set([
  'pods', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'daemonsets.apps', 'jobs.batch', 'cronjobs.batch',
  'replicationcontrollers', 'ingresses.networking.k8s.io', 'networkpolicies.networking.k8s.io',
  'poddisruptionbudgets.policy', 'horizontalpodautoscalers.autoscaling', 'priorityclasses.scheduling.k8s.io',
  'customresourcedefinitions.apiextensions.k8s.io', 'mutatingwebhookconfigurations.admissionregistration.k8s.io',
  'validatingwebhookconfigurations.admissionregistration.k8s.io',
]);

/** Kinds with a status subresource: a main-resource update keeps the stored status. */
const HAS_STATUS = new Set([
  'pods', 'services', 'nodes', 'namespaces', 'persistentvolumes', 'persistentvolumeclaims', 'replicationcontrollers',
  'resourcequotas', 'deployments.apps', 'replicasets.apps', 'statefulsets.apps', 'daemonsets.apps', 'jobs.batch',
  'cronjobs.batch', 'horizontalpodautoscalers.autoscaling', 'ingresses.networking.k8s.io', 'poddisruptionbudgets.policy',
  'customresourcedefinitions.apiextensions.k8s.io', CSR_RESOURCE,
]);

/** Custom resources always count generations; their status is a subresource only when the CRD says so. */
const tracksGeneration = (type: ResourceType, resource: string): boolean => type.custom !== undefined || GENERATION_TRACKED.has(resource);
const hasStatus = (type: ResourceType, resource: string): boolean => type.custom?.statusSubresource ?? HAS_STATUS.has(resource);

/**
 * The simulated kube-apiserver: every read and write of cluster state goes through here, so
 * kubectl and the controllers see the same defaulting, validation, admission and errors.
 */
export class ApiServer {
  /** The served types, custom resources included: the one place kinds and resource names are looked up. */
  readonly types: ServedTypes;

  constructor(
    readonly store: ObjectStore,
    private readonly rt: SimRuntime,
    private readonly plugins: ApiPlugins,
  ) {
    this.types = new ServedTypes(store);
  }

  typeOf(obj: Pick<KubeObject, 'apiVersion' | 'kind'>): ResourceType | undefined {
    return this.types.forKind(obj.apiVersion, obj.kind);
  }

  get(type: ResourceType, namespace: string | undefined, name: string): ApiResult<KubeObject> {
    const obj = this.store.get(resourceKey(type), objectKey(type.namespaced ? namespace : undefined, name));
    return obj ? { ok: true, object: obj } : { ok: false, status: notFound(type, name) };
  }

  /** A stored object without a result wrapper, for controllers' reads. */
  peek<T = KubeObject>(resource: string, namespace: string | undefined, name: string): T | undefined {
    return this.store.get(resource, objectKey(namespace, name)) as T | undefined;
  }

  list(type: ResourceType, opts: ListOptions = {}): ApiResult<KubeObject[]> {
    return listObjects(this.store, type, opts);
  }

  /**
   * Watches one resource type (optionally one namespace and selectors): the events of objects
   * matching now or before the change. Returns a function that stops the watch.
   */
  watch(type: ResourceType, opts: ListOptions, listener: (event: WatchEvent) => void): ApiResult<() => void> {
    const probe = listObjects(this.store, type, { ...opts, namespace: opts.namespace });
    if (!probe.ok) return probe;
    const resource = resourceKey(type);
    const matches = (obj: KubeObject | undefined): boolean => {
      if (!obj) return false;
      if (type.namespaced && opts.namespace !== undefined && obj.metadata.namespace !== opts.namespace) return false;
      return listMatches(obj, resource, opts);
    };
    const stop = this.store.watch((e) => {
      if (e.resource !== resource) return;
      const now = matches(e.object);
      const before = e.old ? matches(e.old) : false;
      if (e.type === 'MODIFIED' && !now && before) listener({ ...e, type: 'DELETED' });
      else if (e.type === 'MODIFIED' && now && !before) listener({ ...e, type: 'ADDED' });
      else if (now) listener(e);
    });
    return { ok: true, object: stop };
  }

  create<T extends KubeObject = KubeObject>(input: KubeObject, opts: WriteOptions = {}): ApiResult<T> {
    const type = this.typeOf(input);
    if (!type) return { ok: false, status: badRequest(`no kind "${input.kind}" is registered for version "${input.apiVersion}"`) };
    if (!type.verbs.includes('create')) return { ok: false, status: methodNotAllowed('the server does not allow this method on the requested resource') };
    const decoded = this.decodeRequest(input, type, opts);
    if ('status' in decoded) return { ok: false, status: decoded.status };
    const obj = decoded.object;
    obj.apiVersion = apiVersionOf(type);
    obj.metadata = obj.metadata ?? {};
    if (type.namespaced) obj.metadata.namespace = obj.metadata.namespace ?? opts.namespace ?? 'default';
    else delete obj.metadata.namespace;
    for (const f of ['uid', 'resourceVersion', 'creationTimestamp', 'deletionTimestamp', 'deletionGracePeriodSeconds', 'generation', 'selfLink', 'managedFields'] as const) {
      delete obj.metadata[f];
    }
    this.plugins.defaults(obj, type);
    // Admission runs before the name is generated, so its errors show the generateName prefix.
    const admission = this.plugins.admit(obj, undefined, type, this);
    if (admission) return { ok: false, status: admission };
    if (!obj.metadata.name && obj.metadata.generateName) {
      obj.metadata.name = obj.metadata.generateName.slice(0, 58) + this.rt.random.nameSuffix();
    }
    obj.metadata.uid = uuidOf(this.rt.random);
    this.plugins.prepareForCreate(obj, type);
    if (resourceKey(type) === CSR_RESOURCE) prepareCsrForCreate(obj, opts.user ?? KUBEADM_ADMIN);
    const errors = this.plugins.validateCreate(obj, type);
    const name = obj.metadata.name ?? '';
    if (errors) return { ok: false, status: invalid(type, name, errors.message, errors.causes) };
    const resource = resourceKey(type);
    if (this.store.get(resource, keyOf(obj))) return { ok: false, status: alreadyExists(type, name) };
    obj.metadata.creationTimestamp = this.rt.timestamp();
    if (tracksGeneration(type, resource)) obj.metadata.generation = 1;
    const result: ApiResult<T> = { ok: true, object: obj as T, ...(decoded.warnings.length ? { warnings: decoded.warnings } : {}) };
    if (opts.dryRun) return result;
    obj.metadata.resourceVersion = this.store.nextResourceVersion();
    this.store.put(resource, obj);
    return result;
  }

  /** Replaces an object (PUT). Status is kept unless the kind has no status subresource. */
  update<T extends KubeObject = KubeObject>(input: KubeObject, opts: WriteOptions = {}): ApiResult<T> {
    return this.write<T>(input, opts, 'main');
  }

  /**
   * Writes only `.status` (the status subresource controllers and kubelets use). With `handOver`
   * the caller gives the status object away (it keeps no reference it could change later): it is
   * stored as it is instead of as a private copy.
   */
  updateStatus<T extends KubeObject = KubeObject>(input: KubeObject, opts: { handOver?: boolean } = {}): ApiResult<T> {
    return this.write<T>(input, {}, opts.handOver ? 'status-handed-over' : 'status');
  }

  /**
   * The certificatesigningrequests/approval subresource (`kubectl certificate approve|deny`): only
   * the conditions change.
   */
  updateApproval<T extends KubeObject = KubeObject>(input: KubeObject, opts: { dryRun?: boolean } = {}): ApiResult<T> {
    return this.write<T>(input, opts, 'approval');
  }

  /** The pods/binding subresource: the scheduler's way to set `spec.nodeName` on an otherwise immutable spec. */
  bind(namespace: string, name: string, node: string): ApiResult<KubeObject> {
    const pods = typeForKey('pods') as ResourceType;
    const key = objectKey(namespace, name);
    const pod = this.store.get('pods', key);
    if (!pod) return { ok: false, status: notFound(pods, name) };
    const spec = (pod['spec'] ?? {}) as { nodeName?: string };
    if (spec.nodeName) return { ok: false, status: conflictMessage(pods, name, `pod ${name} is already assigned to node "${spec.nodeName}"`) };
    const status = (pod['status'] ?? {}) as { conditions?: { type: string }[] };
    const conditions = [
      ...(status.conditions ?? []).filter((c) => c.type !== 'PodScheduled'),
      { type: 'PodScheduled', status: 'True', lastProbeTime: null, lastTransitionTime: this.rt.timestamp() },
    ];
    // Object.assign rather than spreads: a spread copy that gains a key (nodeName, often conditions)
    // takes a slow path in V8, and every pod is bound once.
    const next: KubeObject = { ...pod, spec: Object.assign({}, spec, { nodeName: node }), status: Object.assign({}, status, { conditions }) };
    next.metadata = { ...pod.metadata, resourceVersion: this.store.nextResourceVersion() };
    this.store.put('pods', next, key);
    return { ok: true, object: next };
  }

  /** The namespaces/finalize subresource: the only way to change a namespace's `spec.finalizers`. */
  finalizeNamespace(name: string, finalizers: string[]): ApiResult<KubeObject> {
    const namespaces = typeForKey('namespaces') as ResourceType;
    const ns = this.store.get('namespaces', name);
    if (!ns) return { ok: false, status: notFound(namespaces, name) };
    const next: KubeObject = { ...ns, spec: { ...(ns['spec'] as object), finalizers } };
    next.metadata = { ...ns.metadata, resourceVersion: this.store.nextResourceVersion() };
    this.store.put('namespaces', next);
    finishDeletionIfDone(this.store, 'namespaces', next);
    return { ok: true, object: next };
  }

  delete(type: ResourceType, namespace: string | undefined, name: string, opts: DeleteOptions = {}): ApiResult<KubeObject> {
    return deleteObject(this.store, this.rt, type, type.namespaced ? namespace : undefined, name, opts);
  }

  private write<T extends KubeObject>(input: KubeObject, opts: WriteOptions, how: 'main' | 'status' | 'status-handed-over' | 'approval'): ApiResult<T> {
    const part = how === 'main' ? 'main' : 'status';
    const type = this.typeOf(input);
    if (!type) return { ok: false, status: badRequest(`no kind "${input.kind}" is registered for version "${input.apiVersion}"`) };
    const resource = resourceKey(type);
    const namespace = type.namespaced ? input.metadata?.namespace ?? opts.namespace ?? 'default' : undefined;
    const name = input.metadata?.name ?? '';
    const key = objectKey(namespace, name);
    const old = this.store.get(resource, key);
    if (!old) return { ok: false, status: notFound(type, name) };
    const rv = input.metadata?.resourceVersion;
    if (rv !== undefined && rv !== old.metadata.resourceVersion) return { ok: false, status: conflict(type, name) };
    let obj: KubeObject;
    let warnings: string[] = [];
    if (part === 'status') {
      // Stored objects are immutable, so only what this write changes needs copying.
      const status = how === 'status-handed-over' ? input['status'] : clone(input['status']);
      obj = { ...old, metadata: { ...old.metadata }, status };
    } else {
      const decoded = this.decodeRequest(input, type, opts);
      if ('status' in decoded) return { ok: false, status: decoded.status };
      warnings = decoded.warnings;
      obj = decoded.object;
      obj.apiVersion = apiVersionOf(type);
      if (hasStatus(type, resource)) {
        if (old['status'] === undefined) delete obj['status'];
        else obj['status'] = clone(old['status']);
      }
      this.plugins.defaults(obj, type);
      this.plugins.prepareForUpdate(obj, old, type);
    }
    const m = obj.metadata;
    m.namespace = namespace;
    if (!type.namespaced) delete m.namespace;
    m.uid = old.metadata.uid;
    m.creationTimestamp = old.metadata.creationTimestamp;
    if (old.metadata.deletionTimestamp) {
      m.deletionTimestamp = old.metadata.deletionTimestamp;
      if (old.metadata.deletionGracePeriodSeconds !== undefined) m.deletionGracePeriodSeconds = old.metadata.deletionGracePeriodSeconds;
    } else {
      delete m.deletionTimestamp;
      delete m.deletionGracePeriodSeconds;
    }
    // A CSR's subresources have their own strategies and validation, unlike other kinds' status.
    const csrSubresource = resource === CSR_RESOURCE && part === 'status' ? (how === 'approval' ? 'approval' : 'status') : undefined;
    if (csrSubresource) {
      prepareCsrSubresource(obj, old, csrSubresource, this.rt.timestamp());
      const errors = this.plugins.validateUpdate(obj, old, type, csrSubresource);
      if (errors) return { ok: false, status: invalid(type, name, errors.message, errors.causes) };
    } else if (how === 'approval') return { ok: false, status: notFound(type, name) };
    if (part === 'main') {
      const admission = this.plugins.admit(obj, old, type, this);
      if (admission) return { ok: false, status: admission };
      const errors = this.plugins.validateUpdate(obj, old, type);
      if (errors) return { ok: false, status: invalid(type, name, errors.message, errors.causes) };
    }
    if (tracksGeneration(type, resource)) {
      const gen = old.metadata.generation ?? 1;
      m.generation = part === 'main' && specChanged(obj, old) ? gen + 1 : gen;
    }
    const result: ApiResult<T> = { ok: true, object: obj as T, ...(warnings.length ? { warnings } : {}) };
    if (opts.dryRun) {
      m.resourceVersion = old.metadata.resourceVersion;
      return result;
    }
    if (part === 'status' ? sameJson(obj['status'], old['status']) : sameObject(obj, old)) {
      return { ok: true, object: old as T, ...(warnings.length ? { warnings } : {}) };
    }
    m.resourceVersion = this.store.nextResourceVersion();
    this.store.put(resource, obj, key);
    finishDeletionIfDone(this.store, resource, obj);
    return result;
  }

  /** The request body as the server decodes it: a private copy, checked for size and fields when it comes from a user. */
  private decodeRequest(input: KubeObject, type: ResourceType, opts: WriteOptions): { object: KubeObject; warnings: string[] } | { status: ApiStatus } {
    if (opts.fieldValidation === undefined) return { object: opts.handOver ? input : clone(input), warnings: [] };
    const sizeError = checkSize(input);
    if (sizeError) return { status: sizeError };
    const decoded = this.plugins.decode(clone(input), type, opts.fieldValidation);
    if (decoded.error) return { status: badRequest(decoded.error) };
    return { object: decoded.object, warnings: decoded.warnings };
  }

  resourceOf(key: string): ResourceType | undefined {
    return this.types.forKey(key);
  }
}

function checkSize(obj: KubeObject): ApiStatus | undefined {
  const bytes = JSON.stringify(obj).length;
  if (bytes > MAX_REQUEST_BYTES) return tooLarge(`Request entity too large: limit is ${MAX_REQUEST_BYTES}`);
  if (bytes > MAX_OBJECT_BYTES) return unreasoned(500, 'etcdserver: request is too large');
  return undefined;
}

/** Everything but metadata and status: what `generation` counts. */
function specChanged(a: KubeObject, b: KubeObject): boolean {
  const { metadata: _ma, status: _sa, ...restA } = a;
  const { metadata: _mb, status: _sb, ...restB } = b;
  return !sameJson(restA, restB);
}

function sameObject(a: KubeObject, b: KubeObject): boolean {
  const ma = { ...a.metadata, resourceVersion: undefined };
  const mb = { ...b.metadata, resourceVersion: undefined };
  return sameJson({ ...a, metadata: ma }, { ...b, metadata: mb });
}
