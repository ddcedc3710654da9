// The kubeconfig file as clientcmd reads and writes it: named clusters, users and contexts (kept by
// name, so duplicates collapse to the last one and output lists them sorted by name, as kubectl's
// map-based config does), the current context, and the v1 YAML text kubectl writes back (keys
// sorted; `clusters: null` when empty; a context always has `cluster` and `user`, a cluster
// always has `server`). Like kubectl, fields its v1 types do not have are dropped.

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { messageError, type KubectlError } from '../cli/errors';
import { toYaml } from '../printers';
import { clone } from '../../sim/api/object';

export type Fields = Record<string, unknown>;

export interface Kubeconfig {
  clusters: Map<string, Fields>;
  users: Map<string, Fields>;
  contexts: Map<string, Fields>;
  currentContext: string;
  /** `preferences` when it is not empty (kubectl v1.35 drops an empty one). */
  preferences?: Fields;
  extensions?: unknown[];
}

export type ParsedKubeconfig = { ok: true; config: Kubeconfig } | { ok: false; error: KubectlError };

export const emptyKubeconfig = (): Kubeconfig => ({ clusters: new Map(), users: new Map(), contexts: new Map(), currentContext: '' });

const isRecord = (v: unknown): v is Fields => typeof v === 'object' && v !== null && !Array.isArray(v);

/** `- name: x\n  <key>: {…}` lists into a name → body map (later entries win, as in clientcmd). */
function namedList(value: unknown, key: string): Map<string, Fields> {
  const out = new Map<string, Fields>();
  if (!Array.isArray(value)) return out;
  for (const item of value) {
    if (!isRecord(item)) continue;
    const name = typeof item['name'] === 'string' ? item['name'] : '';
    const body = item[key];
    out.set(name, isRecord(body) ? { ...body } : {});
  }
  return out;
}

/** Parses kubeconfig text; empty text is an empty config, as clientcmd treats an empty file. */
export function parseKubeconfig(text: string, path: string): ParsedKubeconfig {
  let doc: unknown;
  try {
    doc = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    return { ok: false, error: messageError(`error loading config file "${path}": yaml: line ${e.mark.line + 1}: ${e.reason}`) };
  }
  if (doc === null || doc === undefined) return { ok: true, config: emptyKubeconfig() };
  if (!isRecord(doc)) {
    return { ok: false, error: messageError(`error loading config file "${path}": couldn't get version/kind; json parse error: json: cannot unmarshal ${Array.isArray(doc) ? 'array' : typeof doc} into Go value of type struct { APIVersion string "json:\\"apiVersion,omitempty\\""; Kind string "json:\\"kind,omitempty\\"" }`) };
  }
  const config: Kubeconfig = {
    clusters: namedList(doc['clusters'], 'cluster'),
    users: namedList(doc['users'], 'user'),
    contexts: namedList(doc['contexts'], 'context'),
    currentContext: typeof doc['current-context'] === 'string' ? doc['current-context'] : '',
  };
  const prefs = doc['preferences'];
  if (isRecord(prefs) && Object.keys(prefs).length > 0) config.preferences = prefs;
  if (Array.isArray(doc['extensions']) && doc['extensions'].length > 0) config.extensions = doc['extensions'];
  return { ok: true, config };
}

const byName = (m: Map<string, Fields>): Array<[string, Fields]> => [...m].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));

/** The fields of v1.Cluster, v1.AuthInfo and v1.Context in Go struct order (what kubectl decodes and writes). */
const CLUSTER_FIELDS = ['server', 'tls-server-name', 'insecure-skip-tls-verify', 'certificate-authority', 'certificate-authority-data', 'proxy-url', 'disable-compression', 'extensions'];
const USER_FIELDS = [
  'client-certificate', 'client-certificate-data', 'client-key', 'client-key-data', 'token', 'tokenFile', 'as', 'as-uid', 'as-groups',
  'as-user-extra', 'username', 'password', 'auth-provider', 'exec', 'extensions',
];
const CONTEXT_FIELDS = ['cluster', 'user', 'namespace', 'extensions'];

/** The body in struct order, without fields kubectl does not know, with the always-written ones present. */
function structBody(body: Fields, order: readonly string[], always: Fields): Fields {
  const out: Fields = {};
  for (const key of order) {
    const v = body[key];
    const empty = v === undefined || v === null || v === '' || v === false || (Array.isArray(v) && v.length === 0);
    if (Object.hasOwn(body, key) && (!empty || Object.hasOwn(always, key))) out[key] = v ?? always[key];
    else if (Object.hasOwn(always, key)) out[key] = always[key];
  }
  return out;
}
const clusterBody = (c: Fields): Fields => structBody(c, CLUSTER_FIELDS, { server: '' });
const userBody = (c: Fields): Fields => structBody(c, USER_FIELDS, {});
const contextBody = (c: Fields): Fields => structBody(c, CONTEXT_FIELDS, { cluster: '', user: '' });

/** The config as v1.Config JSON (field order of the Go struct, lists sorted by name). */
export function toV1Object(config: Kubeconfig): Fields {
  const list = (m: Map<string, Fields>, key: string, body: (f: Fields) => Fields): Fields[] | null =>
    m.size === 0 ? null : byName(m).map(([name, f]) => ({ name, [key]: body(f) }));
  return {
    kind: 'Config',
    apiVersion: 'v1',
    ...(config.preferences ? { preferences: config.preferences } : {}),
    clusters: list(config.clusters, 'cluster', clusterBody),
    users: list(config.users, 'user', userBody),
    contexts: list(config.contexts, 'context', contextBody),
    'current-context': config.currentContext,
    ...(config.extensions ? { extensions: config.extensions } : {}),
  };
}

/** The file text kubectl writes (JSON → YAML, keys sorted). */
export function serializeKubeconfig(config: Kubeconfig): string {
  return toYaml(toV1Object(config));
}

/** A deep copy, so commands can change a config without touching the one they were given. */
export function cloneKubeconfig(config: Kubeconfig): Kubeconfig {
  const copy = (m: Map<string, Fields>): Map<string, Fields> => new Map([...m].map(([k, v]) => [k, clone(v)]));
  return {
    clusters: copy(config.clusters),
    users: copy(config.users),
    contexts: copy(config.contexts),
    currentContext: config.currentContext,
    ...(config.preferences ? { preferences: clone(config.preferences) } : {}),
    ...(config.extensions ? { extensions: clone(config.extensions) } : {}),
  };
}

const OMITTED = 'DATA+OMITTED';
const REDACTED = 'REDACTED';

/** `config view` without --raw: secrets become REDACTED, certificate and key data DATA+OMITTED. */
export function redactKubeconfig(config: Kubeconfig): Kubeconfig {
  const out = cloneKubeconfig(config);
  const nonEmpty = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
  for (const user of out.users.values()) {
    if (nonEmpty(user['token'])) user['token'] = REDACTED;
    if (nonEmpty(user['password'])) user['password'] = REDACTED;
    if (nonEmpty(user['client-key-data'])) user['client-key-data'] = OMITTED;
    if (nonEmpty(user['client-certificate-data'])) user['client-certificate-data'] = OMITTED;
  }
  for (const cluster of out.clusters.values()) {
    if (nonEmpty(cluster['certificate-authority-data'])) cluster['certificate-authority-data'] = OMITTED;
  }
  return out;
}

/** clientcmd's MinifyConfig: only the current context, its cluster and its user. */
export function minifyKubeconfig(config: Kubeconfig): { ok: true; config: Kubeconfig } | { ok: false; error: KubectlError } {
  const name = config.currentContext;
  if (name === '') return { ok: false, error: messageError('current-context must exist in order to minify') };
  const context = config.contexts.get(name);
  if (!context) return { ok: false, error: messageError(`cannot locate context ${name}`) };
  const out = cloneKubeconfig(config);
  const clusterName = typeof context['cluster'] === 'string' ? context['cluster'] : '';
  const userName = typeof context['user'] === 'string' ? context['user'] : '';
  const cluster = clusterName ? config.clusters.get(clusterName) : undefined;
  if (clusterName && !cluster) return { ok: false, error: messageError(`cannot locate cluster ${clusterName}`) };
  const user = userName ? config.users.get(userName) : undefined;
  if (userName && !user) return { ok: false, error: messageError(`cannot locate user ${userName}`) };
  out.contexts = new Map([[name, clone(context)]]);
  out.clusters = cluster ? new Map([[clusterName, clone(cluster)]]) : new Map();
  out.users = user ? new Map([[userName, clone(user)]]) : new Map();
  return { ok: true, config: out };
}

/** A string field of an entry ('' when absent). */
export const field = (entry: Fields | undefined, key: string): string => {
  const v = entry?.[key];
  return typeof v === 'string' ? v : '';
};
