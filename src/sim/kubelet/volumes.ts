import type { ConfigMap, Container, KeyToPath, PersistentVolumeClaim, Pod, Secret, Volume } from 'kubernetes-types/core/v1';
import type { ObjectStore } from '../store/store';
import { decodeBase64 } from '../../lib/base64';
import { serviceAccountToken } from './sa-token';
import { fieldValue, type EnvFacts } from './env';

export interface VolumeFailure {
  volume: string;
  /** `setup`: the reconciler's MountVolume.SetUp error; `pvc`: the claim cannot be used yet. */
  kind: 'setup' | 'pvc';
  message: string;
}

export interface PodVolumes {
  /** Volume name → files inside it (relative path → content). A Map: volume names differ per pod (`kube-api-access-xxxxx`), and objects keyed by them would each need a shape of their own. */
  files: Map<string, Record<string, string>>;
  failures: VolumeFailure[];
}

/**
 * What the volume manager would mount for a pod, or why it cannot: a missing ConfigMap/Secret (or
 * key) of a non-optional source, or a PersistentVolumeClaim that is missing or not Bound.
 * Without `contents` only the failures are right (file contents are left empty): checking whether
 * a pod can mount costs no token signing or base64 decoding.
 */
export function podVolumes(store: ObjectStore, pod: Pod, facts: EnvFacts, contents = true): PodVolumes {
  const ns = pod.metadata?.namespace ?? 'default';
  const files = new Map<string, Record<string, string>>();
  const failures: VolumeFailure[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    const res = volumeFiles(store, ns, pod, v, contents ? facts : undefined);
    if (typeof res === 'string') failures.push({ volume: v.name, kind: 'setup', message: `MountVolume.SetUp failed for volume "${v.name}" : ${res}` });
    else if ('pvc' in res) failures.push({ volume: v.name, kind: 'pvc', message: res.pvc });
    else files.set(v.name, res);
  }
  return { files, failures };
}

/** Without `facts` (see podVolumes) values are left empty. */
function volumeFiles(store: ObjectStore, ns: string, pod: Pod, v: Volume, facts: EnvFacts | undefined): Record<string, string> | string | { pvc: string } {
  const decode = facts ? decodeBase64 : noDecode;
  if (v.configMap) return configMapFiles(store, ns, v.configMap.name ?? '', v.configMap.items, v.configMap.optional, decode);
  if (v.secret) return secretFiles(store, ns, v.secret.secretName ?? '', v.secret.items, v.secret.optional, decode);
  if (v.downwardAPI) {
    const out: Record<string, string> = {};
    for (const item of v.downwardAPI.items ?? []) if (item.fieldRef) out[item.path] = facts ? fieldValue(item.fieldRef.fieldPath, pod, facts) : '';
    return out;
  }
  if (v.projected) {
    const out: Record<string, string> = {};
    for (const src of v.projected.sources ?? []) {
      let part: Record<string, string> | string = {};
      if (src.configMap) part = configMapFiles(store, ns, src.configMap.name ?? '', src.configMap.items, src.configMap.optional, decode);
      else if (src.secret) part = secretFiles(store, ns, src.secret.name ?? '', src.secret.items, src.secret.optional, decode);
      // The token is signed when first read (see containerMounts): most never are.
      else if (src.serviceAccountToken) part = { [src.serviceAccountToken.path]: facts ? UNSIGNED_TOKEN : '' };
      else if (src.downwardAPI) {
        for (const item of src.downwardAPI.items ?? []) if (item.fieldRef) out[item.path] = facts ? fieldValue(item.fieldRef.fieldPath, pod, facts) : '';
      }
      if (typeof part === 'string') return part;
      Object.assign(out, part);
    }
    return out;
  }
  if (v.persistentVolumeClaim) {
    const name = v.persistentVolumeClaim.claimName;
    const pvc = store.get('persistentvolumeclaims', `${ns}/${name}`) as PersistentVolumeClaim | undefined;
    const prefix = `error processing PVC ${ns}/${name}: `;
    if (!pvc) return { pvc: `${prefix}failed to fetch PVC from API server: persistentvolumeclaims "${name}" not found` };
    if (pvc.metadata?.deletionTimestamp && !(pvc.metadata.finalizers ?? []).includes('kubernetes.io/pvc-protection')) return { pvc: `${prefix}PVC is being deleted` };
    if (pvc.status?.phase !== 'Bound') return { pvc: `${prefix}PVC is not bound` };
    if (!pvc.spec?.volumeName) return { pvc: `${prefix}PVC has empty pvc.Spec.VolumeName` };
    return {};
  }
  return {};
}

type Decode = (base64: string) => string;

const noDecode: Decode = () => '';

function configMapFiles(store: ObjectStore, ns: string, name: string, items: readonly KeyToPath[] | undefined, optional: boolean | undefined, decode: Decode): Record<string, string> | string {
  const cm = store.get('configmaps', `${ns}/${name}`) as ConfigMap | undefined;
  if (!cm) return optional ? {} : `configmap "${name}" not found`;
  const data: Record<string, string> = { ...(cm.data ?? {}) };
  for (const [k, v] of Object.entries(cm.binaryData ?? {})) data[k] = decode(v);
  if (!items) return data;
  const out: Record<string, string> = {};
  for (const it of items) {
    const v = data[it.key];
    if (v === undefined) {
      if (optional) continue;
      return `configmap references non-existent config key: ${it.key}`;
    }
    out[it.path] = v;
  }
  return out;
}

function secretFiles(store: ObjectStore, ns: string, name: string, items: readonly KeyToPath[] | undefined, optional: boolean | undefined, decode: Decode): Record<string, string> | string {
  const s = store.get('secrets', `${ns}/${name}`) as Secret | undefined;
  if (!s) return optional ? {} : `secret "${name}" not found`;
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.data ?? {})) data[k] = decode(v);
  if (!items) return data;
  const out: Record<string, string> = {};
  for (const it of items) {
    const v = data[it.key];
    if (v === undefined) {
      if (optional) continue;
      return `references non-existent secret key: ${it.key}`;
    }
    out[it.path] = v;
  }
  return out;
}

/** podVolumes' stand-in for the pod's service-account token until a container's mounts are made. */
const UNSIGNED_TOKEN = '\u0000unsigned service-account token\u0000';

/**
 * A container's view of the pod's volumes: absolute path → content, honouring subPath. The
 * service-account token of `pod` is a property that signs it when first read (and then holds it
 * as a plain value): it reads, enumerates and serialises as the text it is, and thousands of
 * replicas start without signing a token nobody reads.
 */
export function containerMounts(c: Container, volumes: PodVolumes['files'], pod?: Pod): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of c.volumeMounts ?? []) {
    const files = volumes.get(m.name);
    if (!files) continue;
    const base = trimTrailingSlashes(m.mountPath);
    if (m.subPath) {
      const v = files[m.subPath];
      if (v !== undefined) put(out, base, v, pod);
      continue;
    }
    for (const rel in files) put(out, `${base}/${rel}`, files[rel] as string, pod);
  }
  return out;
}

function put(out: Record<string, string>, path: string, content: string, pod: Pod | undefined): void {
  if (content !== UNSIGNED_TOKEN) out[path] = content;
  else if (!pod) out[path] = '';
  else lazyToken(out, path, pod);
}

/** Mounts whose token is not signed yet → the identity it will be signed for (snapshots save that instead). */
const UNSIGNED = new WeakMap<Record<string, string>, Map<string, Pod>>();

/** The unsigned tokens of `mounts`: path → the service account they are for. */
export function unsignedTokens(mounts: Record<string, string>): ReadonlyMap<string, string> | undefined {
  const lazy = UNSIGNED.get(mounts);
  if (!lazy || lazy.size === 0) return undefined;
  const out = new Map<string, string>();
  for (const [path, pod] of lazy) out.set(path, pod.spec?.serviceAccountName ?? 'default');
  return out;
}

/** A saved stand-in for an unsigned token (see saved-state.ts): marker, then the service account. */
export const UNSIGNED_TOKEN_SAVED = '\u0000unsigned-token\u0000';

/** Mounts from a snapshot: saved stand-ins become unsigned tokens of pod `namespace/name` (uid `uid`) again. */
export function restoreUnsignedTokens(mounts: Record<string, string>, namespace: string, name: string, uid: string): void {
  for (const path of Object.keys(mounts)) {
    const v = mounts[path] as string;
    if (!v.startsWith(UNSIGNED_TOKEN_SAVED)) continue;
    const serviceAccountName = v.slice(UNSIGNED_TOKEN_SAVED.length);
    lazyToken(mounts, path, { metadata: { namespace, name, uid }, spec: { containers: [], serviceAccountName } });
  }
}

function lazyToken(out: Record<string, string>, path: string, whole: Pod): void {
  // Only what the token is made of is kept, not the pod (its status changes; this lives as long as the container).
  const pod: Pod = {
    metadata: { namespace: whole.metadata?.namespace, name: whole.metadata?.name, uid: whole.metadata?.uid },
    spec: { containers: [], serviceAccountName: whole.spec?.serviceAccountName },
  };
  let lazy = UNSIGNED.get(out);
  if (!lazy) UNSIGNED.set(out, (lazy = new Map()));
  lazy.set(path, pod);
  Object.defineProperty(out, path, { enumerable: true, configurable: true, get: tokenGetter(out, path, pod), set: tokenSetter(out, path) });
}

// The accessors come from factories: a closure stored under a name of its own gets a name given at
// run time by some compilers (esbuild's keepNames, as tsx runs the benchmarks), once per pod.
function tokenGetter(out: Record<string, string>, path: string, pod: Pod): () => string {
  return () => settleToken(out, path, serviceAccountToken(pod));
}

function tokenSetter(out: Record<string, string>, path: string): (value: string) => void {
  return (value: string) => void settleToken(out, path, value);
}

function settleToken(out: Record<string, string>, path: string, value: string): string {
  Object.defineProperty(out, path, { value, writable: true, enumerable: true, configurable: true });
  UNSIGNED.get(out)?.delete(path);
  return value;
}

/** `path.replace(/\/+$/, '')` without a regular expression (every container start asks). */
function trimTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path.charCodeAt(end - 1) === 47) end--;
  return end === path.length ? path : path.slice(0, end);
}
