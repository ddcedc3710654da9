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
  /** Volume name → files inside it (relative path → content). */
  files: Record<string, Record<string, string>>;
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
  const files: Record<string, Record<string, string>> = {};
  const failures: VolumeFailure[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    const res = volumeFiles(store, ns, pod, v, contents ? facts : undefined);
    if (typeof res === 'string') failures.push({ volume: v.name, kind: 'setup', message: `MountVolume.SetUp failed for volume "${v.name}" : ${res}` });
    else if ('pvc' in res) failures.push({ volume: v.name, kind: 'pvc', message: res.pvc });
    else files[v.name] = res;
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
      else if (src.serviceAccountToken) part = { [src.serviceAccountToken.path]: facts ? serviceAccountToken(pod) : '' };
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

/** A container's view of the pod's volumes: absolute path → content, honouring subPath. */
export function containerMounts(c: Container, volumes: PodVolumes['files']): Record<string, string> {
  const out: Record<string, string> = {};
  for (const m of c.volumeMounts ?? []) {
    const files = volumes[m.name];
    if (!files) continue;
    const base = m.mountPath.replace(/\/+$/, '');
    if (m.subPath) {
      const v = files[m.subPath];
      if (v !== undefined) out[base] = v;
      continue;
    }
    for (const [rel, content] of Object.entries(files)) out[`${base}/${rel}`] = content;
  }
  return out;
}
