/**
 * Where the files a container writes live. Under the mount path of a writable volume they go into
 * the volume, which every container mounting it sees at once (a sidecar reading what the main
 * container logs into an emptyDir) and which, for a PersistentVolumeClaim, outlives the pod (the
 * next pod of the claim finds them); elsewhere they go into the container's own writable layer,
 * which a later `kubectl exec` and the container's server see, and which a restart throws away (a
 * new container starts from its image again).
 */
import type { Container, PersistentVolumeClaim, Pod, Volume } from 'kubernetes-types/core/v1';
import { DELETED_FILE, DIR_MARKER, resolvePath } from '../images/fs';
import type { ObjectStore } from '../store/store';
import type { KubeletState, RunRt } from './state';

/** A writable volume as one container mounts it. */
export interface WritableMount {
  /** Normalised absolute mount path. */
  path: string;
  /** Which volume's data (see volumeKey). */
  key: string;
  /** Where the mount starts inside the volume ('' or `subPath/`). */
  prefix: string;
  /** `readOnly: true`: the container sees the volume but its writes do not reach it. */
  readOnly: boolean;
}

/** The data of writable volumes that outlive a container: emptyDir per pod, a claim's volume, a node's host path. */
function volumeKey(store: ObjectStore, pod: Pod, v: Volume, node: string): string | undefined {
  if (v.emptyDir) return `emptyDir/${pod.metadata?.uid ?? ''}/${v.name}`;
  if (v.hostPath) return `hostPath/${node}${resolvePath('/', v.hostPath.path)}`;
  const claim = v.persistentVolumeClaim?.claimName ?? (v.ephemeral ? `${pod.metadata?.name ?? ''}-${v.name}` : undefined);
  if (claim === undefined) return undefined;
  const pvc = store.get('persistentvolumeclaims', `${pod.metadata?.namespace ?? 'default'}/${claim}`) as PersistentVolumeClaim | undefined;
  const pv = pvc?.spec?.volumeName;
  return pv ? `pv/${pv}` : undefined;
}

/** The writable volumes `c` mounts, longest mount path first (the innermost mount wins). */
export function writableMounts(store: ObjectStore, pod: Pod, c: Container, node: string): WritableMount[] {
  const mounts = c.volumeMounts;
  if (!mounts || mounts.length === 0) return [];
  const out: WritableMount[] = [];
  for (const m of mounts) {
    const v = pod.spec?.volumes?.find((x) => x.name === m.name);
    const key = v ? volumeKey(store, pod, v, node) : undefined;
    if (key === undefined) continue;
    const sub = m.subPath ? resolvePath('/', m.subPath).slice(1) : '';
    out.push({ path: resolvePath('/', m.mountPath), key, prefix: sub ? `${sub}/` : '', readOnly: m.readOnly === true });
  }
  return out.sort((a, b) => b.path.length - a.path.length);
}

/** What the container sees of its writable volumes now: absolute path → content, mount points as directories. */
export function volumeView(state: KubeletState, mounts: readonly WritableMount[]): Record<string, string> {
  const out: Record<string, string> = {};
  // Outermost first, so an inner mount covers what the outer volume holds at the same paths.
  for (let i = mounts.length - 1; i >= 0; i--) {
    const m = mounts[i] as WritableMount;
    out[`${m.path}/${DIR_MARKER}`] = '';
    const data = state.volumes?.[m.key];
    if (!data) continue;
    for (const rel of Object.keys(data)) {
      if (rel.startsWith(m.prefix)) out[`${m.path}/${rel.slice(m.prefix.length)}`] = data[rel] as string;
    }
  }
  return out;
}

/** The mount a path falls under, if any. */
function mountOf(mounts: readonly WritableMount[], path: string): WritableMount | undefined {
  for (const m of mounts) if (path.startsWith(`${m.path}/`)) return m;
  return undefined;
}

/** Puts what a container's main process wrote under its writable mounts into their volumes. */
export function absorbWrites(state: KubeletState, mounts: readonly WritableMount[], written: Iterable<[string, string]>): void {
  for (const [path, content] of written) {
    const m = mountOf(mounts, path);
    if (!m || m.readOnly) continue;
    const rel = m.prefix + path.slice(m.path.length + 1);
    if (rel === DIR_MARKER) continue;
    const data = ((state.volumes ??= {})[m.key] ??= {});
    data[rel] = content;
  }
}


/**
 * The files of a running container as an exec or its server sees them: what its main process wrote
 * (outside its writable volumes, which hold their own copy), what was written in it since, and the
 * writable volumes as they are now.
 */
export function liveFiles(state: KubeletState, run: RunRt, mounts: readonly WritableMount[]): Record<string, string> {
  const out: Record<string, string> = {};
  const planned = run.plan.files;
  if (planned) for (const path of Object.keys(planned)) if (!mountOf(mounts, path)) out[path] = planned[path] as string;
  // Deletions stay as such (DELETED_FILE): they hide the image's file too.
  if (run.layer) Object.assign(out, run.layer);
  if (mounts.length > 0) Object.assign(out, volumeView(state, mounts));
  return out;
}

/**
 * Keeps the files an exec left (it was given liveFiles): those under a writable mount replace what
 * the volume held there (deletions included), the others become the run's layer.
 */
export function keepExecFiles(state: KubeletState, run: RunRt, mounts: readonly WritableMount[], files: ReadonlyMap<string, string>): void {
  const volumes = mounts.length > 0 ? (state.volumes ??= {}) : undefined;
  if (volumes) {
    for (const m of mounts) {
      if (m.readOnly) continue;
      const data = (volumes[m.key] ??= {});
      for (const rel of Object.keys(data)) if (rel.startsWith(m.prefix)) delete data[rel];
    }
  }
  const planned = run.plan.files ?? {};
  const layer: Record<string, string> = {};
  for (const [path, content] of files) {
    const m = volumes ? mountOf(mounts, path) : undefined;
    if (m && volumes) {
      if (m.readOnly) continue;
      const rel = m.prefix + path.slice(m.path.length + 1);
      // A volume has no lower layer: a deleted file is just gone.
      if (rel !== DIR_MARKER && content !== DELETED_FILE) (volumes[m.key] as Record<string, string>)[rel] = content;
    } else if (planned[path] !== content) layer[path] = content;
  }
  for (const path of Object.keys(planned)) if (!files.has(path) && !mountOf(mounts, path)) layer[path] = DELETED_FILE;
  run.layer = Object.keys(layer).length > 0 ? layer : undefined;
}

/**
 * The other pods (store keys) with a container that mounts one of `keys`' volumes: a claim's or a
 * host path's files changed by one pod are what another pod's exec probe reads.
 */
export function podsSharing(store: ObjectStore, state: KubeletState, keys: ReadonlySet<string>, except: string): string[] {
  const out: string[] = [];
  if (keys.size === 0) return out;
  for (const [podKey, rt] of Object.entries(state.pods)) {
    if (podKey === except) continue;
    const pod = store.get('pods', podKey) as Pod | undefined;
    const containers = [...(pod?.spec?.initContainers ?? []), ...(pod?.spec?.containers ?? [])];
    if (pod && containers.some((c) => writableMounts(store, pod, c, rt.node).some((m) => keys.has(m.key)))) out.push(podKey);
  }
  return out;
}

/**
 * Where `c` cannot write: the kubelet mounts ConfigMap, Secret, downward API and projected volumes
 * read-only, and any mount marked `readOnly`.
 */
export function readOnlyMounts(pod: Pod, c: Container): string[] {
  const out: string[] = [];
  for (const m of c.volumeMounts ?? []) {
    const v = pod.spec?.volumes?.find((x) => x.name === m.name);
    if (m.readOnly || v?.configMap || v?.secret || v?.downwardAPI || v?.projected) out.push(resolvePath('/', m.mountPath));
  }
  return out;
}

/** An emptyDir goes with its pod. */
export function dropPodVolumes(state: KubeletState, uid: string): void {
  const volumes = state.volumes;
  if (!volumes) return;
  const prefix = `emptyDir/${uid}/`;
  for (const key of Object.keys(volumes)) if (key.startsWith(prefix)) delete volumes[key];
}
