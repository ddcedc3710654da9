// describe role / clusterrole (rules broken down per group and resource, compacted and sorted as
// kubectl does) and rolebinding / clusterrolebinding.

import type { PolicyRule, RoleBinding, Role } from 'kubernetes-types/rbac/v1';
import type { KubeObject } from '../../sim/api/object';
import { printAnnotations, printLabels } from './format';
import { LEVEL_0, LEVEL_1, tabbed } from './writer';

const goSlice = (list: readonly string[] | undefined): string => `[${(list ?? []).join(' ')}]`;

/** BreakdownRule: one rule per group × resource (× resource name), one per non-resource URL. */
function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      if ((rule.resourceNames ?? []).length > 0) {
        for (const n of rule.resourceNames ?? []) out.push({ verbs: [...rule.verbs], apiGroups: [group], resources: [resource], resourceNames: [n] });
      } else out.push({ verbs: [...rule.verbs], apiGroups: [group], resources: [resource] });
    }
  }
  for (const url of rule.nonResourceURLs ?? []) out.push({ verbs: [...rule.verbs], nonResourceURLs: [url] });
  return out;
}

/** CompactRules: single group/resource rules that differ only by verbs are merged. */
function compact(rules: readonly PolicyRule[]): PolicyRule[] {
  const out: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    const isSimple = (r.apiGroups ?? []).length === 1 && (r.resources ?? []).length === 1 && (r.nonResourceURLs ?? []).length === 0 && (r.resourceNames ?? []).length <= 1;
    if (!isSimple) {
      out.push(r);
      continue;
    }
    const key = [r.apiGroups?.[0], r.resources?.[0], (r.resourceNames ?? []).length, r.resourceNames?.[0] ?? ''].join('\u0000');
    const existing = simple.get(key);
    if (existing) {
      for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
    } else {
      simple.set(key, { ...r, verbs: [...r.verbs] });
    }
  }
  return [...out, ...simple.values()];
}

/** PolicyRule.String(), kubectl's sort key. */
const ruleString = (r: PolicyRule): string =>
  `&PolicyRule{Verbs:${goSlice(r.verbs)},APIGroups:${goSlice(r.apiGroups)},Resources:${goSlice(r.resources)},ResourceNames:${goSlice(r.resourceNames)},NonResourceURLs:${goSlice(r.nonResourceURLs)},}`;

/** CombineResourceGroup: `deployments.apps`, `pods/log`. */
function resourceGroup(resources: readonly string[] | undefined, groups: readonly string[] | undefined): string {
  const first = resources?.[0];
  if (first === undefined) return '';
  const [base, sub] = first.split(/\/(.*)/s);
  let s = base ?? '';
  if (groups?.[0]) s += `.${groups[0]}`;
  if (sub !== undefined && sub !== '') s += `/${sub}`;
  return s;
}

export function describeRole(obj: KubeObject): string {
  const role = obj as unknown as Role;
  const rules = compact((role.rules ?? []).flatMap(breakdown))
    .map((r, i) => ({ r, i, k: ruleString(r) }))
    .sort((a, b) => (a.k < b.k ? -1 : a.k > b.k ? 1 : a.i - b.i))
    .map(({ r }) => r);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', role.metadata?.name ?? '');
    printLabels(w, 'Labels', role.metadata?.labels);
    printAnnotations(w, 'Annotations', role.metadata?.annotations);
    w.write(LEVEL_0, 'PolicyRule:\n');
    w.write(LEVEL_1, 'Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
    w.write(LEVEL_1, '---------\t-----------------\t--------------\t-----\n');
    for (const r of rules) w.write(LEVEL_1, `${resourceGroup(r.resources, r.apiGroups)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\n`);
  });
}

export function describeRoleBinding(obj: KubeObject): string {
  const b = obj as unknown as RoleBinding;
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', b.metadata?.name ?? '');
    printLabels(w, 'Labels', b.metadata?.labels);
    printAnnotations(w, 'Annotations', b.metadata?.annotations);
    w.write(LEVEL_0, 'Role:\n');
    w.line(LEVEL_1, 'Kind', b.roleRef.kind);
    w.line(LEVEL_1, 'Name', b.roleRef.name);
    w.write(LEVEL_0, 'Subjects:\n');
    w.write(LEVEL_1, 'Kind\tName\tNamespace\n');
    w.write(LEVEL_1, '----\t----\t---------\n');
    for (const s of b.subjects ?? []) w.write(LEVEL_1, `${s.kind}\t${s.name}\t${s.namespace ?? ''}\n`);
  });
}
