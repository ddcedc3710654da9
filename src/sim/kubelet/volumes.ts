import type { ConfigMap, Container, KeyToPath, PersistentVolumeClaim, Pod, Secret, Volume } from 'kubernetes-types/core/v1';
import type { ObjectStore } from '../store/store';
import { hexFromKey } from '../images/hash';
import { decodeBase64, encodeBase64Url } from '../../lib/base64';
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
 */
export function podVolumes(store: ObjectStore, pod: Pod, facts: EnvFacts): PodVolumes {
  const ns = pod.metadata?.namespace ?? 'default';
  const files: Record<string, Record<string, string>> = {};
  const failures: VolumeFailure[] = [];
  for (const v of pod.spec?.volumes ?? []) {
    const res = volumeFiles(store, ns, pod, v, facts);
    if (typeof res === 'string') failures.push({ volume: v.name, kind: 'setup', message: `MountVolume.SetUp failed for volume "${v.name}" : ${res}` });
    else if ('pvc' in res) failures.push({ volume: v.name, kind: 'pvc', message: res.pvc });
    else files[v.name] = res;
  }
  return { files, failures };
}

function volumeFiles(store: ObjectStore, ns: string, pod: Pod, v: Volume, facts: EnvFacts): Record<string, string> | string | { pvc: string } {
  if (v.configMap) return configMapFiles(store, ns, v.configMap.name ?? '', v.configMap.items, v.configMap.optional);
  if (v.secret) return secretFiles(store, ns, v.secret.secretName ?? '', v.secret.items, v.secret.optional);
  if (v.downwardAPI) {
    const out: Record<string, string> = {};
    for (const item of v.downwardAPI.items ?? []) if (item.fieldRef) out[item.path] = fieldValue(item.fieldRef.fieldPath, pod, facts);
    return out;
  }
  if (v.projected) {
    const out: Record<string, string> = {};
    for (const src of v.projected.sources ?? []) {
      let part: Record<string, string> | string = {};
      if (src.configMap) part = configMapFiles(store, ns, src.configMap.name ?? '', src.configMap.items, src.configMap.optional);
      else if (src.secret) part = secretFiles(store, ns, src.secret.name ?? '', src.secret.items, src.secret.optional);
      else if (src.serviceAccountToken) part = { [src.serviceAccountToken.path]: serviceAccountToken(pod) };
      else if (src.downwardAPI) {
        for (const item of src.downwardAPI.items ?? []) if (item.fieldRef) out[item.path] = fieldValue(item.fieldRef.fieldPath, pod, facts);
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

function configMapFiles(store: ObjectStore, ns: string, name: string, items: readonly KeyToPath[] | undefined, optional: boolean | undefined): Record<string, string> | string {
  const cm = store.get('configmaps', `${ns}/${name}`) as ConfigMap | undefined;
  if (!cm) return optional ? {} : `configmap "${name}" not found`;
  const data: Record<string, string> = { ...(cm.data ?? {}) };
  for (const [k, v] of Object.entries(cm.binaryData ?? {})) data[k] = decodeBase64(v);
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

function secretFiles(store: ObjectStore, ns: string, name: string, items: readonly KeyToPath[] | undefined, optional: boolean | undefined): Record<string, string> | string {
  const s = store.get('secrets', `${ns}/${name}`) as Secret | undefined;
  if (!s) return optional ? {} : `secret "${name}" not found`;
  const data: Record<string, string> = {};
  for (const [k, v] of Object.entries(s.data ?? {})) data[k] = decodeBase64(v);
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

/** A bound service account token: a JWT-shaped string, stable per pod. */
function serviceAccountToken(pod: Pod): string {
  const ns = pod.metadata?.namespace ?? 'default';
  const sa = pod.spec?.serviceAccountName ?? 'default';
  const header = encodeBase64Url(JSON.stringify({ alg: 'RS256', kid: hexFromKey(`kid`, 43) }));
  const payload = encodeBase64Url(
    JSON.stringify({
      aud: ['https://kubernetes.default.svc.cluster.local'],
      iss: 'https://kubernetes.default.svc.cluster.local',
      'kubernetes.io': { namespace: ns, pod: { name: pod.metadata?.name, uid: pod.metadata?.uid }, serviceaccount: { name: sa } },
      sub: `system:serviceaccount:${ns}:${sa}`,
    }),
  );
  const sig = encodeBase64Url(hexFromKey(`sig/${pod.metadata?.uid ?? ''}`, 256)).slice(0, 342);
  return `${header}.${payload}.${sig}`;
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
