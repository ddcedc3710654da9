// What the clusterrole-aggregation controller computes for a ClusterRole with an aggregationRule:
// for each selector in turn, the matching ClusterRoles by name (never the role itself), and their
// rules in order, each rule once. Shared by the controller and by snapshots (which recognise the
// boot-time admin/edit/view by recomputing them).

import type { KubeObject } from '../api/object';
import { labelSelectorFromObject, matchesLabels } from '../api/labels';
import type { LabelSelector } from 'kubernetes-types/meta/v1';

export interface PolicyRule {
  verbs: string[];
  apiGroups?: string[];
  resources?: string[];
  resourceNames?: string[];
  nonResourceURLs?: string[];
}

export interface ClusterRoleObject extends KubeObject {
  rules?: PolicyRule[] | null;
  aggregationRule?: { clusterRoleSelectors?: LabelSelector[] | null } | null;
}

/** Rules compare as Go's semantic DeepEqual does: a missing list equals an empty one. */
export function ruleKey(r: PolicyRule): string {
  return JSON.stringify([r.verbs ?? [], r.apiGroups ?? [], r.resources ?? [], r.resourceNames ?? [], r.nonResourceURLs ?? []]);
}

export function sameRules(a: readonly PolicyRule[] | null | undefined, b: readonly PolicyRule[] | null | undefined): boolean {
  const x = a ?? [];
  const y = b ?? [];
  return x.length === y.length && x.every((r, i) => ruleKey(r) === ruleKey(y[i] as PolicyRule));
}

/**
 * The aggregated rules of `target` from `roles` (all ClusterRoles, sorted by name), or null when
 * none match: the controller leaves an empty union unset, as `rules: null`.
 */
export function aggregateRules(target: ClusterRoleObject, roles: readonly ClusterRoleObject[]): PolicyRule[] | null {
  const out: PolicyRule[] = [];
  const seen = new Set<string>();
  for (const selector of target.aggregationRule?.clusterRoleSelectors ?? []) {
    const parsed = labelSelectorFromObject(selector);
    if (!parsed.ok) continue;
    for (const role of roles) {
      if (role.metadata.name === target.metadata.name || !matchesLabels(parsed.selector, role.metadata.labels)) continue;
      for (const rule of role.rules ?? []) {
        const key = ruleKey(rule);
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(rule);
      }
    }
  }
  return out.length > 0 ? out : null;
}
