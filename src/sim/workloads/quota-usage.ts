import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { addQuantity, newMilliQuantity, newQuantity, parseQuantity, quantityToString, type Quantity } from '../../lib/quantity';
import { resourceKey, typeForKind } from '../api/registry';

/** What one object adds to each quota resource name it counts toward. */
export function quotaUsage(obj: KubeObject): Map<string, Quantity> {
  const out = new Map<string, Quantity>();
  const add = (name: string, q: Quantity) => out.set(name, out.has(name) ? addQuantity(out.get(name) as Quantity, q) : q);
  const type = typeForKind(obj.apiVersion, obj.kind);
  if (type) add(`count/${resourceKey(type)}`, newQuantity(1, 'DecimalSI'));
  switch (obj.kind) {
    case 'Pod': {
      const pod = obj as unknown as Pod;
      const phase = pod.status?.phase;
      if (phase === 'Succeeded' || phase === 'Failed') return new Map();
      add('pods', newQuantity(1, 'DecimalSI'));
      for (const c of pod.spec?.containers ?? []) {
        for (const [kind, list] of [['requests', c.resources?.requests], ['limits', c.resources?.limits]] as const) {
          for (const r of ['cpu', 'memory'] as const) {
            const q = parseQuantity(String(list?.[r] ?? ''));
            if (!q) continue;
            add(`${kind}.${r}`, q);
            if (kind === 'requests') add(r, q);
          }
        }
      }
      break;
    }
    case 'Service': {
      add('services', newQuantity(1, 'DecimalSI'));
      const t = (obj['spec'] as { type?: string } | undefined)?.type;
      const ports = ((obj['spec'] as { ports?: unknown[] } | undefined)?.ports ?? []).length;
      if (t === 'NodePort' || t === 'LoadBalancer') add('services.nodeports', newQuantity(ports, 'DecimalSI'));
      if (t === 'LoadBalancer') add('services.loadbalancers', newQuantity(1, 'DecimalSI'));
      break;
    }
    case 'PersistentVolumeClaim': {
      add('persistentvolumeclaims', newQuantity(1, 'DecimalSI'));
      const q = parseQuantity(String((obj['spec'] as { resources?: { requests?: Record<string, string> } } | undefined)?.resources?.requests?.['storage'] ?? ''));
      if (q) add('requests.storage', q);
      break;
    }
    case 'ConfigMap':
      add('configmaps', newQuantity(1, 'DecimalSI'));
      break;
    case 'Secret':
      add('secrets', newQuantity(1, 'DecimalSI'));
      break;
    case 'ReplicationController':
      add('replicationcontrollers', newQuantity(1, 'DecimalSI'));
      break;
    case 'ResourceQuota':
      add('resourcequotas', newQuantity(1, 'DecimalSI'));
      break;
    default:
      break;
  }
  return out;
}

export function zeroLike(name: string): Quantity {
  return name.includes('cpu') || name === 'cpu' ? newMilliQuantity(0, 'DecimalSI') : newQuantity(0, 'DecimalSI');
}

export function formatQuantity(q: Quantity): string {
  return quantityToString(q);
}
