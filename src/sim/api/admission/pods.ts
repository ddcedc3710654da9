import type { Container, Pod, PodSpec, Toleration, VolumeMount } from 'kubernetes-types/core/v1';
import type { Random } from '../../../lib/random';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import type { ApiStatus } from '../status';
import { forbidden } from '../status';
import type { ObjectStore } from '../../store/store';
import { defaultTolerationSecondsTolerations, serviceAccountTokenVolume } from '../defaults/admission';

/**
 * The admission plugins a new pod passes on a kubeadm cluster: ServiceAccount (token volume),
 * DefaultTolerationSeconds, Priority; then its initial status.
 */
export function admitPodCreate(obj: KubeObject, type: ResourceType, store: ObjectStore, random: Random): ApiStatus | undefined {
  const pod = obj as unknown as Pod & KubeObject;
  const spec = pod.spec as PodSpec;
  if (!spec || !Array.isArray(spec.containers)) return undefined; // validation reports it
  const ns = pod.metadata.namespace ?? 'default';
  const name = pod.metadata.name || pod.metadata.generateName || '';

  const saName = spec.serviceAccountName || spec.serviceAccount || 'default';
  const sa = store.get('serviceaccounts', `${ns}/${saName}`);
  // The "default" account appears moments after its namespace; a pod created in between is let through.
  if (!sa && saName !== 'default') {
    return forbidden(type, name, `error looking up service account ${ns}/${saName}: serviceaccount "${saName}" not found`);
  }
  spec.serviceAccountName = saName;
  spec.serviceAccount = saName;
  const automount = spec.automountServiceAccountToken ?? (sa as { automountServiceAccountToken?: boolean } | undefined)?.automountServiceAccountToken ?? true;
  if (automount && !(spec.volumes ?? []).some((v) => v.name.startsWith('kube-api-access-'))) {
    const { volume, mount } = serviceAccountTokenVolume(random.nameSuffix());
    spec.volumes = [...(spec.volumes ?? []), volume];
    // Loops over a module-level helper, not a closure per pod (every pod a controller creates comes here).
    for (const c of spec.containers) addMount(c, mount);
    for (const c of spec.initContainers ?? []) addMount(c, mount);
  }

  const tolerations: Toleration[] = [...(spec.tolerations ?? [])];
  for (const t of defaultTolerationSecondsTolerations()) {
    const has = tolerations.some((x) => (x.key === t.key || (x.operator === 'Exists' && !x.key)) && (!x.effect || x.effect === t.effect));
    if (!has) tolerations.push(t);
  }
  spec.tolerations = tolerations;

  if (spec.priorityClassName) {
    const pc = store.get('priorityclasses.scheduling.k8s.io', spec.priorityClassName);
    if (!pc) return forbidden(type, name, `no PriorityClass with name ${spec.priorityClassName} was found`);
    spec.priority = Number(pc['value'] ?? 0);
    spec.preemptionPolicy = (pc['preemptionPolicy'] as PodSpec['preemptionPolicy']) ?? 'PreemptLowerPriority';
  } else {
    spec.priority = spec.priority ?? 0;
    spec.preemptionPolicy = spec.preemptionPolicy ?? 'PreemptLowerPriority';
  }
  if (spec.nodeName === '') delete spec.nodeName;

  return undefined;
}

function addMount(c: Container, mount: VolumeMount): void {
  for (const m of c.volumeMounts ?? []) if (m.mountPath === mount.mountPath) return;
  c.volumeMounts = [...(c.volumeMounts ?? []), { ...mount }];
}

/** The simulation's hard ceiling on pods, enforced with a ResourceQuota's words. */
export function admitPodCapacity(obj: KubeObject, type: ResourceType, store: ObjectStore, capacity: number): ApiStatus | undefined {
  const used = store.count('pods');
  if (used < capacity) return undefined;
  return forbidden(
    type,
    obj.metadata.name || obj.metadata.generateName || '',
    `exceeded quota: kubedojo-cluster-capacity, requested: pods=1, used: pods=${used}, limited: pods=${capacity}`,
  );
}
