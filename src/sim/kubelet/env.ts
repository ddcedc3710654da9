import type { ConfigMap, Container, EnvVar, Pod, Secret, Service } from 'kubernetes-types/core/v1';
import { parseQuantity, toMilli, toValue } from '../../lib/quantity';
import type { ObjectStore } from '../store/store';
import { expandK8sVars } from '../images/expand-vars';
import { decodeBase64 } from '../../lib/base64';

/** What a container's environment is made from besides its spec. */
export interface EnvFacts {
  hostIP: string;
  podIP: string;
  /** Node allocatable, the default for `limits.*` resource fields. */
  nodeCpuMilli: number;
  nodeMemoryBytes: number;
}

export type EnvResult = { ok: true; env: Record<string, string> } | { ok: false; message: string };

/**
 * The kubelet's makeEnvironmentVariables: envFrom, then env (with `$(VAR)` expansion against what is
 * defined so far and the service variables), then the service link variables. A missing ConfigMap,
 * Secret or key that is not optional is the CreateContainerConfigError message, word for word.
 */
export function containerEnv(store: ObjectStore, pod: Pod, container: Container, facts: EnvFacts): EnvResult {
  const ns = pod.metadata?.namespace ?? 'default';
  const serviceEnv = serviceLinkEnv(store, ns, pod.spec?.enableServiceLinks !== false);
  const env = new Map<string, string>();
  const lookup = new Map<string, string>();
  // A class, not closures: every container start comes here.
  const sources = new EnvSources(store, ns);

  for (const from of container.envFrom ?? []) {
    const prefix = from.prefix ?? '';
    if (from.configMapRef) {
      const cm = sources.configMap(from.configMapRef.name ?? '');
      if (!cm) {
        if (from.configMapRef.optional) continue;
        return { ok: false, message: `configmap "${from.configMapRef.name}" not found` };
      }
      for (const k of Object.keys(cm.data ?? {}).sort()) setBoth(env, lookup, prefix + k, cm.data?.[k] ?? '');
    } else if (from.secretRef) {
      const s = sources.secret(from.secretRef.name ?? '');
      if (!s) {
        if (from.secretRef.optional) continue;
        return { ok: false, message: `secret "${from.secretRef.name}" not found` };
      }
      for (const k of Object.keys(s.data ?? {}).sort()) setBoth(env, lookup, prefix + k, decodeBase64(s.data?.[k] ?? ''));
    }
  }

  for (const [k, v] of serviceEnv) if (!lookup.has(k)) lookup.set(k, v);
  for (const e of container.env ?? []) {
    const value = envValue(e, pod, container, facts, sources, lookup);
    if (value === undefined) continue;
    if (typeof value === 'object') return value;
    setBoth(env, lookup, e.name, value);
  }
  // Nothing of its own: the environment is the Services' variables, the same object for every
  // such container while the Services stay (environments are never changed once made).
  if (env.size === 0) return { ok: true, env: serviceOnlyEnv(serviceEnv) };
  const out: Record<string, string> = {};
  for (const [k, v] of env) out[k] = v;
  for (const [k, v] of serviceEnv) if (!env.has(k)) out[k] = v;
  return { ok: true, env: out };
}

const SERVICE_ONLY = new WeakMap<ReadonlyMap<string, string>, Record<string, string>>();

function serviceOnlyEnv(serviceEnv: ReadonlyMap<string, string>): Record<string, string> {
  let out = SERVICE_ONLY.get(serviceEnv);
  if (!out) {
    out = {};
    for (const [k, v] of serviceEnv) out[k] = v;
    SERVICE_ONLY.set(serviceEnv, out);
  }
  return out;
}

function setBoth(env: Map<string, string>, lookup: Map<string, string>, k: string, v: string): void {
  env.set(k, v);
  lookup.set(k, v);
}

/** The ConfigMaps and Secrets of one namespace, each read from the store once per environment. */
class EnvSources {
  private readonly cms = new Map<string, ConfigMap | undefined>();
  private readonly secrets = new Map<string, Secret | undefined>();

  constructor(
    private readonly store: ObjectStore,
    private readonly ns: string,
  ) {}

  configMap(name: string): ConfigMap | undefined {
    if (!this.cms.has(name)) this.cms.set(name, this.store.get('configmaps', `${this.ns}/${name}`) as ConfigMap | undefined);
    return this.cms.get(name);
  }

  secret(name: string): Secret | undefined {
    if (!this.secrets.has(name)) this.secrets.set(name, this.store.get('secrets', `${this.ns}/${name}`) as Secret | undefined);
    return this.secrets.get(name);
  }
}

/** One `env` entry: its value, nothing (optional and missing), or the config error. */
function envValue(
  e: EnvVar,
  pod: Pod,
  container: Container,
  facts: EnvFacts,
  sources: EnvSources,
  lookup: Map<string, string>,
): string | undefined | { ok: false; message: string } {
  const ns = pod.metadata?.namespace ?? 'default';
  const from = e.valueFrom;
  if (!from) return expandK8sVars(e.value ?? '', lookup);
  if (from.configMapKeyRef) {
    const { name = '', key, optional } = from.configMapKeyRef;
    const cm = sources.configMap(name);
    if (!cm) return optional ? undefined : { ok: false, message: `configmap "${name}" not found` };
    const v = cm.data?.[key];
    if (v === undefined) return optional ? undefined : { ok: false, message: `couldn't find key ${key} in ConfigMap ${ns}/${name}` };
    return v;
  }
  if (from.secretKeyRef) {
    const { name = '', key, optional } = from.secretKeyRef;
    const s = sources.secret(name);
    if (!s) return optional ? undefined : { ok: false, message: `secret "${name}" not found` };
    const v = s.data?.[key];
    if (v === undefined) return optional ? undefined : { ok: false, message: `couldn't find key ${key} in Secret ${ns}/${name}` };
    return decodeBase64(v);
  }
  if (from.fieldRef) return fieldValue(from.fieldRef.fieldPath, pod, facts);
  if (from.resourceFieldRef) {
    const target = from.resourceFieldRef.containerName
      ? [...(pod.spec?.containers ?? []), ...(pod.spec?.initContainers ?? [])].find((c) => c.name === from.resourceFieldRef?.containerName) ?? container
      : container;
    return resourceValue(from.resourceFieldRef.resource, from.resourceFieldRef.divisor, target, facts);
  }
  return '';
}

/** The downward API's pod fields. */
export function fieldValue(path: string, pod: Pod, facts: EnvFacts): string {
  const m = path.endsWith("']") ? /^metadata\.(labels|annotations)\['(.*)'\]$/.exec(path) : null;
  if (m) {
    const map = m[1] === 'labels' ? pod.metadata?.labels : pod.metadata?.annotations;
    return map?.[m[2] ?? ''] ?? '';
  }
  switch (path) {
    case 'metadata.name':
      return pod.metadata?.name ?? '';
    case 'metadata.namespace':
      return pod.metadata?.namespace ?? '';
    case 'metadata.uid':
      return pod.metadata?.uid ?? '';
    case 'spec.nodeName':
      return pod.spec?.nodeName ?? '';
    case 'spec.serviceAccountName':
      return pod.spec?.serviceAccountName ?? '';
    case 'status.hostIP':
    case 'status.hostIPs':
      return facts.hostIP;
    case 'status.podIP':
    case 'status.podIPs':
      return facts.podIP;
    case 'metadata.labels':
    case 'metadata.annotations':
      return formatMap((path === 'metadata.labels' ? pod.metadata?.labels : pod.metadata?.annotations) ?? {});
    default:
      return '';
  }
}

/** `key="value"` lines, sorted, as the downward API writes label and annotation files. */
export function formatMap(map: Record<string, string>): string {
  return Object.keys(map)
    .sort()
    .map((k) => `${k}=${JSON.stringify(map[k])}`)
    .join('\n');
}

/** resourceFieldRef: limits default to node allocatable; values are divided by the divisor, rounding up. */
function resourceValue(resource: string, divisor: string | undefined, c: Container, facts: EnvFacts): string {
  const [kind, name] = resource.split('.') as [string, string];
  const list = (kind === 'limits' ? c.resources?.limits : c.resources?.requests) ?? {};
  const raw = list[name];
  const q = raw !== undefined ? parseQuantity(String(raw)) : null;
  if (name === 'cpu') {
    const milli = q ? toMilli(q) : kind === 'limits' ? facts.nodeCpuMilli : 0;
    const div = divisor ? parseQuantity(divisor) : null;
    const divMilli = div ? toMilli(div) : 1000;
    return String(Math.ceil(milli / Math.max(1, divMilli)));
  }
  const bytes = q ? toValue(q) : kind === 'limits' && name === 'memory' ? facts.nodeMemoryBytes : 0;
  const div = divisor ? parseQuantity(divisor) : null;
  const d = div ? toValue(div) : 1;
  return String(Math.ceil(bytes / Math.max(1, d)));
}

/**
 * Docker-link style variables of the Services a container can see: its namespace's (when service
 * links are on) and always the `kubernetes` Service of `default`. Headless Services have none.
 */
export function serviceLinkEnv(store: ObjectStore, namespace: string, links: boolean): ReadonlyMap<string, string> {
  const master = store.get('services', 'default/kubernetes') as Service | undefined;
  const listed = links ? (store.list('services', namespace) as Service[]) : [];
  // Replicas start one after another with the same Services (stored objects never change in
  // place): the last answer stands while the very same objects are there.
  const last = LAST_LINKS;
  if (last && last.store === store && last.namespace === namespace && last.links === links && last.master === master && sameItems(last.listed, listed)) return last.vars;
  const byName = new Map<string, Service>();
  for (const s of listed) byName.set(s.metadata?.name ?? '', s);
  if (master && !(links && namespace === 'default')) byName.set('kubernetes', master);
  const out = new Map<string, string>();
  for (const name of [...byName.keys()].sort()) for (const [k, v] of serviceVars(byName.get(name) as Service, name)) out.set(k, v);
  LAST_LINKS = { store, namespace, links, master, listed, vars: out };
  return out;
}

let LAST_LINKS: { store: ObjectStore; namespace: string; links: boolean; master: Service | undefined; listed: Service[]; vars: Map<string, string> } | undefined;

function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** One Service's variables under `name`, in order; kept per (immutable) Service object, as every pod start asks. */
const SERVICE_VARS = new WeakMap<Service, { name: string; vars: [string, string][] }>();

function serviceVars(svc: Service, name: string): [string, string][] {
  const known = SERVICE_VARS.get(svc);
  if (known && known.name === name) return known.vars;
  const vars: [string, string][] = [];
  const ip = svc.spec?.clusterIP;
  const ports = svc.spec?.ports ?? [];
  if (ip && ip !== 'None' && ports.length > 0) {
    const prefix = name.toUpperCase().replace(/-/g, '_');
    vars.push([`${prefix}_SERVICE_HOST`, ip]);
    vars.push([`${prefix}_SERVICE_PORT`, String(ports[0]?.port)]);
    for (const p of ports) if (p.name) vars.push([`${prefix}_SERVICE_PORT_${p.name.toUpperCase().replace(/-/g, '_')}`, String(p.port)]);
    ports.forEach((p, i) => {
      const proto = (p.protocol ?? 'TCP').toUpperCase();
      const url = `${proto.toLowerCase()}://${ip}:${p.port}`;
      if (i === 0) vars.push([`${prefix}_PORT`, url]);
      const pp = `${prefix}_PORT_${p.port}_${proto}`;
      vars.push([pp, url]);
      vars.push([`${pp}_PROTO`, proto.toLowerCase()]);
      vars.push([`${pp}_PORT`, String(p.port)]);
      vars.push([`${pp}_ADDR`, ip]);
    });
  }
  SERVICE_VARS.set(svc, { name, vars });
  return vars;
}
