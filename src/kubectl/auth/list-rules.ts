// `kubectl auth can-i --list`: the rules of a SubjectRulesReview broken down to one verb, group,
// resource and name each, merged again per resource (kubectl's CompactRules), sorted by the rule's
// Go String() form and printed as the Resources / Non-Resource URLs / Resource Names / Verbs table.

import type { PolicyRule } from 'kubernetes-types/rbac/v1';
import { newKubectlTabWriter } from '../printers';

/** rbacutil.BreakdownRule. */
function breakdown(rule: PolicyRule): PolicyRule[] {
  const out: PolicyRule[] = [];
  for (const group of rule.apiGroups ?? []) {
    for (const resource of rule.resources ?? []) {
      for (const verb of rule.verbs) {
        const names = rule.resourceNames ?? [];
        if (names.length > 0) for (const n of names) out.push({ apiGroups: [group], resources: [resource], verbs: [verb], resourceNames: [n] });
        else out.push({ apiGroups: [group], resources: [resource], verbs: [verb] });
      }
    }
  }
  for (const url of rule.nonResourceURLs ?? []) for (const verb of rule.verbs) out.push({ nonResourceURLs: [url], verbs: [verb] });
  return out;
}

/** rbacutil.CompactRules over broken-down rules: simple resource rules merge their verbs. */
function compact(rules: PolicyRule[]): PolicyRule[] {
  const others: PolicyRule[] = [];
  const simple = new Map<string, PolicyRule>();
  for (const r of rules) {
    if ((r.nonResourceURLs ?? []).length > 0) {
      others.push(r);
      continue;
    }
    const key = JSON.stringify([r.apiGroups?.[0], r.resources?.[0], r.resourceNames?.[0] ?? null]);
    const existing = simple.get(key);
    if (!existing) simple.set(key, { ...r, verbs: [...r.verbs] });
    else for (const v of r.verbs) if (!existing.verbs.includes(v)) existing.verbs.push(v);
  }
  return [...others, ...simple.values()];
}

const goSlice = (v: readonly string[] | undefined): string => `[${(v ?? []).join(' ')}]`;

/** The generated PolicyRule.String() that kubectl sorts by. */
const ruleString = (r: PolicyRule): string =>
  `&PolicyRule{Verbs:${goSlice(r.verbs)},APIGroups:${goSlice(r.apiGroups)},Resources:${goSlice(r.resources)},ResourceNames:${goSlice(r.resourceNames)},NonResourceURLs:${goSlice(r.nonResourceURLs)},}`;

/** describe.CombineResourceGroup: `deployments.apps`, `pods/log`, `*.*`. */
function combineResourceGroup(resources: readonly string[] | undefined, groups: readonly string[] | undefined): string {
  const first = resources?.[0];
  if (first === undefined) return '';
  const slash = first.indexOf('/');
  let out = slash < 0 ? first : first.slice(0, slash);
  if (groups?.[0]) out += `.${groups[0]}`;
  if (slash >= 0) out += first.slice(slash);
  return out;
}

/** The table `auth can-i --list` prints for these rules. */
export function renderRulesTable(rules: readonly PolicyRule[], noHeaders: boolean): string {
  const rows = compact(rules.flatMap(breakdown))
    .map((r) => ({ r, key: ruleString(r) }))
    .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
    .map(({ r }) => `${combineResourceGroup(r.resources, r.apiGroups)}\t${goSlice(r.nonResourceURLs)}\t${goSlice(r.resourceNames)}\t${goSlice(r.verbs)}\n`);
  const w = newKubectlTabWriter();
  if (!noHeaders) w.write('Resources\tNon-Resource URLs\tResource Names\tVerbs\n');
  for (const row of rows) w.write(row);
  return w.flush();
}
