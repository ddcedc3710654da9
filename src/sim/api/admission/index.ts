import type { Random } from '../../../lib/random';
import type { KubeObject } from '../object';
import type { ResourceType } from '../registry';
import { resourceKey } from '../registry';
import type { ApiStatus } from '../status';
import type { ObjectStore } from '../../store/store';
import { admitNamespaceLifecycle } from './namespace-lifecycle';
import { admitPodCapacity, admitPodCreate } from './pods';
import { admitIngress } from './ingress';
import { admitQuota } from './quota';
import { admitService } from './services';
import { admitStorage } from './storage';

export interface AdmissionConfig {
  podCapacity: number;
  serviceCIDR: string;
}

/** The admission chain, in the order kube-apiserver runs its plugins. */
export function admit(obj: KubeObject, old: KubeObject | undefined, type: ResourceType, store: ObjectStore, random: Random, config: AdmissionConfig): ApiStatus | undefined {
  const lifecycle = admitNamespaceLifecycle(obj, old, type, store);
  if (lifecycle) return lifecycle;
  const byKind = admitByKind(obj, old, type, store, random, config);
  if (byKind || old) return byKind;
  return admitQuota(obj, type, store);
}

function admitByKind(obj: KubeObject, old: KubeObject | undefined, type: ResourceType, store: ObjectStore, random: Random, config: AdmissionConfig): ApiStatus | undefined {
  switch (resourceKey(type)) {
    case 'pods':
      if (old) return undefined;
      return admitPodCreate(obj, type, store, random) ?? admitPodCapacity(obj, type, store, config.podCapacity);
    case 'services':
      return admitService(obj, old, type, store, random, config.serviceCIDR);
    case 'ingresses.networking.k8s.io':
      admitIngress(obj, old, store);
      return undefined;
    case 'persistentvolumeclaims':
    case 'persistentvolumes':
      admitStorage(obj, old, resourceKey(type), store);
      return undefined;
    default:
      return undefined;
  }
}
