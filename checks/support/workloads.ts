/** Reading workloads: a controller's pods, and the pod template of any kind that has one. */
import type { Container, Pod, PodSpec } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import type { GradingView } from '../../src/grading';
import type { KubeObject } from '../../src/sim';
import { labelSelectorFromObject, selectorToString } from '../../src/sim/api/labels';
import { livePods } from './words';

/** The selector of a controller as a string for `-l`; undefined when it selects nothing. */
export function selectorOf(obj: KubeObject): string | undefined {
  const sel = (obj as { spec?: { selector?: LabelSelector } }).spec?.selector;
  const r = labelSelectorFromObject(sel);
  if (!r.ok || r.selector === null) return undefined;
  return selectorToString(r.selector);
}

/** The live pods a controller selects in its namespace. */
export function podsOf(view: GradingView, obj: KubeObject): Pod[] {
  const selector = selectorOf(obj);
  if (selector === undefined) return [];
  return livePods(view.list<Pod & KubeObject>('pods', { namespace: obj.metadata.namespace ?? 'default', labelSelector: selector }));
}

/** The pod spec a kind runs: its own (Pod), its template's, or its job template's (CronJob). */
export function podSpecOf(obj: KubeObject): PodSpec | undefined {
  const o = obj as { kind?: string; spec?: { containers?: Container[]; template?: { spec?: PodSpec }; jobTemplate?: { spec?: { template?: { spec?: PodSpec } } } } };
  if (o.kind === 'Pod') return o.spec as PodSpec | undefined;
  return o.spec?.template?.spec ?? o.spec?.jobTemplate?.spec?.template?.spec;
}

/** `nginx` → `docker.io/library/nginx:latest`, for comparing what the author and the student wrote. */
export function normalizeImage(image: string): string {
  let ref = image.trim();
  const at = ref.indexOf('@');
  const digest = at >= 0 ? ref.slice(at) : '';
  if (at >= 0) ref = ref.slice(0, at);
  const slash = ref.indexOf('/');
  const first = slash >= 0 ? ref.slice(0, slash) : '';
  const hasRegistry = slash >= 0 && (first.includes('.') || first.includes(':') || first === 'localhost');
  if (!hasRegistry) ref = `docker.io/${slash >= 0 ? ref : `library/${ref}`}`;
  const lastSlash = ref.lastIndexOf('/');
  if (!ref.slice(lastSlash).includes(':') && digest === '') ref += ':latest';
  return ref + digest;
}
