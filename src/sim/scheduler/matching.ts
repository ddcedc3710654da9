import type { NodeSelectorRequirement, NodeSelectorTerm, Pod, Taint, Toleration } from 'kubernetes-types/core/v1';
import type { LabelSelector } from 'kubernetes-types/meta/v1';
import { labelSelectorFromObject, matchesLabels } from '../api/labels';

/** Node selector terms (node affinity): terms are ORed, requirements inside a term ANDed. */
export function matchesNodeSelectorTerms(terms: readonly NodeSelectorTerm[], labels: Record<string, string>, nodeName: string): boolean {
  return terms.some((t) => matchesNodeSelectorTerm(t, labels, nodeName));
}

export function matchesNodeSelectorTerm(term: NodeSelectorTerm, labels: Record<string, string>, nodeName: string): boolean {
  const exprs = term.matchExpressions ?? [];
  const fields = term.matchFields ?? [];
  if (exprs.length === 0 && fields.length === 0) return false;
  return exprs.every((r) => requirementMatches(r, labels[r.key])) && fields.every((r) => r.key === 'metadata.name' && requirementMatches(r, nodeName));
}

function requirementMatches(r: NodeSelectorRequirement, value: string | undefined): boolean {
  const values = r.values ?? [];
  switch (r.operator) {
    case 'In':
      return value !== undefined && values.includes(value);
    case 'NotIn':
      return value === undefined || !values.includes(value);
    case 'Exists':
      return value !== undefined;
    case 'DoesNotExist':
      return value === undefined;
    case 'Gt':
    case 'Lt': {
      const n = Number(value);
      const bound = Number(values[0]);
      if (value === undefined || !Number.isInteger(n) || !Number.isInteger(bound)) return false;
      return r.operator === 'Gt' ? n > bound : n < bound;
    }
    default:
      return false;
  }
}

/** nodeSelector and required node affinity, the NodeAffinity filter. */
export function podMatchesNode(pod: Pod, labels: Record<string, string>, nodeName: string): boolean {
  const selector = pod.spec?.nodeSelector;
  if (selector) for (const [k, v] of Object.entries(selector)) if (labels[k] !== v) return false;
  const required = pod.spec?.affinity?.nodeAffinity?.requiredDuringSchedulingIgnoredDuringExecution;
  if (required && !matchesNodeSelectorTerms(required.nodeSelectorTerms ?? [], labels, nodeName)) return false;
  return true;
}

export function tolerates(toleration: Toleration, taint: Taint): boolean {
  if (toleration.effect && toleration.effect !== taint.effect) return false;
  if (toleration.operator === 'Exists') return !toleration.key || toleration.key === taint.key;
  return toleration.key === taint.key && (toleration.value ?? '') === (taint.value ?? '');
}

/** The first NoSchedule/NoExecute taint the pod does not tolerate. */
export function untoleratedTaint(taints: readonly Taint[], tolerations: readonly Toleration[]): Taint | undefined {
  for (const t of taints) {
    if (t.effect !== 'NoSchedule' && t.effect !== 'NoExecute') continue;
    let tolerated = false;
    for (const tol of tolerations) {
      if (tolerates(tol, t)) {
        tolerated = true;
        break;
      }
    }
    if (!tolerated) return t;
  }
  return undefined;
}

export function selectorMatches(selector: LabelSelector | undefined, labels: Record<string, string> | undefined): boolean {
  if (!selector) return false;
  const parsed = labelSelectorFromObject(selector);
  return parsed.ok && matchesLabels(parsed.selector, labels);
}
