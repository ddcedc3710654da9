import type { KubeObject } from '../object';
import type { ObjectStore } from '../../store/store';

const DEFAULT_CLASS_ANNOTATION = 'ingressclass.kubernetes.io/is-default-class';

/** DefaultIngressClass: an Ingress naming no class gets the default IngressClass, if there is one. */
export function admitIngress(obj: KubeObject, old: KubeObject | undefined, store: ObjectStore): void {
  if (old) return;
  const spec = (obj['spec'] ?? {}) as { ingressClassName?: string };
  if (spec.ingressClassName || obj.metadata.annotations?.['kubernetes.io/ingress.class']) return;
  const defaults = store.list('ingressclasses.networking.k8s.io').filter((c) => c.metadata.annotations?.[DEFAULT_CLASS_ANNOTATION] === 'true');
  const chosen = defaults[0]?.metadata.name;
  if (chosen) obj['spec'] = { ...spec, ingressClassName: chosen };
}
