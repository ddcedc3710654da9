// The objects of `kubectl create namespace|configmap|secret …|serviceaccount|quota|priorityclass|
// pdb|role|rolebinding|clusterrole|clusterrolebinding|ingress`, keys in Go struct order.

import type { KubeObject } from '../../sim/api/object';
import { encodeBase64 } from '../../lib/base64';
import { meta } from './workloads';

type Obj = Record<string, unknown>;

export function namespaceObject(name: string): KubeObject {
  return { kind: 'Namespace', apiVersion: 'v1', metadata: { name }, spec: {}, status: {} } as KubeObject;
}

export function serviceAccountObject(name: string, namespace: string | undefined): KubeObject {
  return { kind: 'ServiceAccount', apiVersion: 'v1', metadata: meta(name, namespace) } as KubeObject;
}

export function configMapObject(name: string, namespace: string | undefined, data: Record<string, string>): KubeObject {
  return { kind: 'ConfigMap', apiVersion: 'v1', metadata: meta(name, namespace), ...(Object.keys(data).length ? { data } : {}) } as KubeObject;
}

export function secretObject(name: string, namespace: string | undefined, type: string, data: Record<string, string>): KubeObject {
  const encoded: Record<string, string> = {};
  for (const [k, v] of Object.entries(data)) encoded[k] = encodeBase64(v);
  return {
    kind: 'Secret',
    apiVersion: 'v1',
    metadata: meta(name, namespace),
    ...(Object.keys(encoded).length ? { data: encoded } : {}),
    ...(type ? { type } : {}),
  } as KubeObject;
}

/** The .dockerconfigjson of `create secret docker-registry`. */
export function dockerConfigJson(server: string, username: string, password: string, email: string): string {
  const auth = encodeBase64(`${username}:${password}`);
  const entry = `{"username":${JSON.stringify(username)},"password":${JSON.stringify(password)}${email ? `,"email":${JSON.stringify(email)}` : ''},"auth":"${auth}"}`;
  return `{"auths":{${JSON.stringify(server)}:${entry}}}`;
}

export function quotaObject(name: string, namespace: string | undefined, hard: Record<string, string>, scopes: string[]): KubeObject {
  const spec: Obj = {};
  if (Object.keys(hard).length) spec['hard'] = hard;
  if (scopes.length) spec['scopes'] = scopes;
  return { kind: 'ResourceQuota', apiVersion: 'v1', metadata: meta(name, namespace), spec, status: {} } as KubeObject;
}

export function priorityClassObject(name: string, value: number, globalDefault: boolean, description: string, preemptionPolicy: string): KubeObject {
  return {
    kind: 'PriorityClass',
    apiVersion: 'scheduling.k8s.io/v1',
    metadata: { name },
    value,
    ...(globalDefault ? { globalDefault } : {}),
    ...(description ? { description } : {}),
    preemptionPolicy,
  } as KubeObject;
}

/** An int-or-percent flag value: "50%" stays a string, "1" becomes a number. */
export function intOrString(v: string): number | string {
  return /^-?\d+$/.test(v) ? Number.parseInt(v, 10) : v;
}

export function pdbObject(name: string, namespace: string | undefined, matchLabels: Record<string, string>, minAvailable: string, maxUnavailable: string): KubeObject {
  return {
    kind: 'PodDisruptionBudget',
    apiVersion: 'policy/v1',
    metadata: meta(name, namespace),
    spec: {
      ...(minAvailable ? { minAvailable: intOrString(minAvailable) } : {}),
      selector: { matchLabels },
      ...(maxUnavailable ? { maxUnavailable: intOrString(maxUnavailable) } : {}),
    },
    status: { disruptionsAllowed: 0, currentHealthy: 0, desiredHealthy: 0, expectedPods: 0 },
  } as KubeObject;
}

export interface Rule {
  apiGroups: string[];
  resources: string[];
  resourceNames?: string[];
  verbs: string[];
}

/** A Role or ClusterRole of resource rules, then (cluster roles) one rule for non-resource URLs. */
export function roleObject(kind: 'Role' | 'ClusterRole', name: string, namespace: string | undefined, rules: Rule[], nonResource?: { nonResourceURLs: string[]; verbs: string[] }): KubeObject {
  const ruleObjs: Obj[] = rules.map((r) => ({ verbs: r.verbs, apiGroups: r.apiGroups, resources: r.resources, ...(r.resourceNames?.length ? { resourceNames: r.resourceNames } : {}) }));
  if (nonResource) ruleObjs.push({ verbs: nonResource.verbs, nonResourceURLs: nonResource.nonResourceURLs });
  return { kind, apiVersion: 'rbac.authorization.k8s.io/v1', metadata: meta(name, kind === 'Role' ? namespace : undefined), rules: ruleObjs } as KubeObject;
}

/** A ClusterRole whose rules the controller fills from the cluster roles its labels select (`rules: null` until then). */
export function aggregatedClusterRole(name: string, matchLabels: Record<string, string>): KubeObject {
  return {
    kind: 'ClusterRole',
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(name, undefined),
    aggregationRule: { clusterRoleSelectors: [{ matchLabels }] },
    rules: null,
  } as unknown as KubeObject;
}

export interface Subjects {
  users: string[];
  groups: string[];
  /** `namespace:name`. */
  serviceAccounts: string[];
}

/** RoleBinding / ClusterRoleBinding subjects, or the error for a malformed service account. */
export function bindingObject(kind: 'RoleBinding' | 'ClusterRoleBinding', name: string, namespace: string | undefined, roleKind: string, roleName: string, s: Subjects): KubeObject | string {
  const subjects: Obj[] = [];
  for (const u of s.users) subjects.push({ kind: 'User', apiGroup: 'rbac.authorization.k8s.io', name: u });
  for (const g of s.groups) subjects.push({ kind: 'Group', apiGroup: 'rbac.authorization.k8s.io', name: g });
  for (const sa of s.serviceAccounts) {
    const parts = sa.split(':');
    if (parts.length !== 2) return 'serviceaccount must be <namespace>:<name>';
    subjects.push({ kind: 'ServiceAccount', namespace: parts[0], name: parts[1] });
  }
  return {
    kind,
    apiVersion: 'rbac.authorization.k8s.io/v1',
    metadata: meta(name, kind === 'RoleBinding' ? namespace : undefined),
    ...(subjects.length ? { subjects } : {}),
    roleRef: { apiGroup: 'rbac.authorization.k8s.io', kind: roleKind, name: roleName },
  } as KubeObject;
}

function backend(spec: string): Obj {
  const [svc = '', port = ''] = spec.split(':');
  return { service: { name: svc, port: /^\d+$/.test(port) ? { number: Number(port) } : { name: port } } };
}

const RULE = /^([\w*\-.]*)(\/.*)=([\w-]+):([\w-]+)(,(tls)=?([\w-]+)?)?$/;

/** `create ingress`'s spec from its --rule values; a string is the error for a malformed rule. */
export function ingressObject(name: string, namespace: string | undefined, className: string, defaultBackend: string, rules: string[], annotations: Record<string, string>): KubeObject | string {
  for (const r of rules) if (!RULE.test(r)) return `rule ${r} is invalid and should be in format host/path=svcname:svcport[,tls[=secret]]`;
  const tls: { hosts?: string[]; secretName?: string }[] = [];
  const seenHosts = new Set<string>();
  for (const rule of rules) {
    const parts = rule.split(',');
    if (parts.length !== 2) continue;
    const host = rule.split('/')[0] ?? '';
    const secret = (parts[1] ?? '').split('=')[1] ?? '';
    if (seenHosts.has(host)) continue;
    seenHosts.add(host);
    const existing = tls.find((t) => (t.secretName ?? '') === secret);
    if (existing) {
      existing.hosts = [...(existing.hosts ?? []), host];
      continue;
    }
    const entry: { hosts?: string[]; secretName?: string } = {};
    if (host) entry.hosts = [host];
    if (secret) entry.secretName = secret;
    if (entry.hosts || entry.secretName) tls.push(entry);
  }
  const ingressRules: { host?: string; http: { paths: Obj[] } }[] = [];
  for (const rule of rules) {
    const noTls = rule.split(',')[0] ?? '';
    const slash = noTls.indexOf('/');
    const host = noTls.slice(0, slash);
    const [pathPart = '', svc = ''] = noTls.slice(slash + 1).split('=');
    let path = `/${pathPart}`;
    let pathType = 'Exact';
    if (path.endsWith('*')) {
      path = path.slice(0, -1);
      pathType = 'Prefix';
    }
    const p = { path, pathType, backend: backend(svc) };
    const existing = ingressRules.find((r) => (r.host ?? '') === host);
    if (existing) existing.http.paths.push(p);
    else ingressRules.push({ ...(host ? { host } : {}), http: { paths: [p] } });
  }
  const spec: Obj = {};
  if (className) spec['ingressClassName'] = className;
  if (defaultBackend) spec['defaultBackend'] = backend(defaultBackend);
  if (tls.length) spec['tls'] = tls;
  if (ingressRules.length) spec['rules'] = ingressRules;
  return {
    kind: 'Ingress',
    apiVersion: 'networking.k8s.io/v1',
    metadata: meta(name, namespace, { annotations }),
    spec,
    status: { loadBalancer: {} },
  } as KubeObject;
}
