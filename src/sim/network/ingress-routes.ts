import type { Ingress, IngressBackend, IngressClass } from 'kubernetes-types/networking/v1';
import type { KubeObject } from '../api/object';
import type { SimContext } from '../context';
import { INGRESS_NGINX_CONTROLLER } from './ingress-objects';

export type IngressObject = Ingress & KubeObject;
export type PathType = 'Exact' | 'Prefix' | 'ImplementationSpecific';

/** A Service port an Ingress sends traffic to. */
export interface BackendRef {
  namespace: string;
  service: string;
  port: number | string;
}

export interface Location {
  path: string;
  pathType: PathType;
  /** Matched as a case-insensitive regular expression anchored at the start (use-regex / rewrite-target). */
  regex: boolean;
  backend: BackendRef | undefined;
  /** `nginx.ingress.kubernetes.io/rewrite-target` of the Ingress that made this location. */
  rewriteTarget?: string;
  /** `namespace/name` of that Ingress. */
  ingress: string;
}

/** One nginx `server` block: a host (or `_`, the catch-all) and its locations. */
export interface Server {
  host: string;
  locations: Location[];
  /** The root fallback: the first Ingress's `defaultBackend`, or undefined for the controller's 404. */
  fallback?: { backend: BackendRef; ingress: string };
  /** Some Ingress lists this host under `tls`: plain HTTP is redirected (ssl-redirect). */
  tls: boolean;
}

export const CATCH_ALL = '_';
const REWRITE = 'nginx.ingress.kubernetes.io/rewrite-target';
const USE_REGEX = 'nginx.ingress.kubernetes.io/use-regex';
const SSL_REDIRECT = 'nginx.ingress.kubernetes.io/ssl-redirect';
const DEFAULT_CLASS = 'ingressclass.kubernetes.io/is-default-class';

/** IngressClasses served by ingress-nginx. */
function nginxClasses(ctx: SimContext): (IngressClass & KubeObject)[] {
  return (ctx.store.list('ingressclasses.networking.k8s.io') as (IngressClass & KubeObject)[]).filter((c) => c.spec?.controller === INGRESS_NGINX_CONTROLLER);
}

/**
 * Whether ingress-nginx serves this Ingress: its class (field, or the legacy annotation) is one of
 * ours. An Ingress without a class counts when our class is the default, as the API server's
 * DefaultIngressClass admission would have named it at creation.
 */
export function servedByNginx(ctx: SimContext, ing: IngressObject): boolean {
  const classes = nginxClasses(ctx);
  const name = ing.spec?.ingressClassName ?? ing.metadata.annotations?.['kubernetes.io/ingress.class'];
  if (name) return classes.some((c) => c.metadata.name === name);
  return classes.some((c) => c.metadata.annotations?.[DEFAULT_CLASS] === 'true');
}

/** Ingresses served by ingress-nginx, oldest first (on conflicts the oldest wins). */
export function nginxIngresses(ctx: SimContext): IngressObject[] {
  return (ctx.store.list('ingresses.networking.k8s.io') as IngressObject[])
    .filter((i) => !i.metadata.deletionTimestamp && servedByNginx(ctx, i))
    .sort((a, b) => String(a.metadata.creationTimestamp).localeCompare(String(b.metadata.creationTimestamp)) || keyOf(a).localeCompare(keyOf(b)));
}

function keyOf(i: IngressObject): string {
  return `${i.metadata.namespace}/${i.metadata.name}`;
}

function backendRef(ns: string, b: IngressBackend | undefined): BackendRef | undefined {
  const svc = b?.service;
  if (!svc) return undefined;
  return { namespace: ns, service: svc.name, port: svc.port?.number ?? svc.port?.name ?? 0 };
}

/**
 * The controller's view of all its Ingresses, as nginx.conf would have it: one server per host,
 * rules of the same host merged across Ingresses, a catch-all server for rules without a host.
 */
export function buildServers(ctx: SimContext): Server[] {
  const ingresses = nginxIngresses(ctx);
  const servers = new Map<string, Server>();
  const regexHosts = new Set<string>();
  const tlsHosts = new Set<string>();
  const serverFor = (host: string): Server => {
    let s = servers.get(host);
    if (!s) servers.set(host, (s = { host, locations: [], tls: false }));
    return s;
  };
  serverFor(CATCH_ALL);
  for (const ing of ingresses) {
    const ns = ing.metadata.namespace ?? 'default';
    const ann = ing.metadata.annotations ?? {};
    const regex = ann[USE_REGEX] === 'true' || ann[REWRITE] !== undefined;
    const rules = ing.spec?.rules ?? [];
    const def = backendRef(ns, ing.spec?.defaultBackend);
    // An Ingress with only a default backend becomes the catch-all's backend.
    if (rules.length === 0 && def) {
      const catchAll = serverFor(CATCH_ALL);
      catchAll.fallback ??= { backend: def, ingress: keyOf(ing) };
    }
    for (const rule of rules) {
      const host = (rule.host ?? '').toLowerCase() || CATCH_ALL;
      const server = serverFor(host);
      if (def && !server.fallback && host !== CATCH_ALL) server.fallback = { backend: def, ingress: keyOf(ing) };
      if (regex) regexHosts.add(host);
      for (const p of rule.http?.paths ?? []) {
        const path = p.path || '/';
        const pathType = (p.pathType ?? 'ImplementationSpecific') as PathType;
        if (server.locations.some((l) => l.path === path && l.pathType === pathType)) continue;
        const loc: Location = { path, pathType, regex: false, backend: backendRef(ns, p.backend), ingress: keyOf(ing) };
        if (ann[REWRITE] !== undefined) loc.rewriteTarget = ann[REWRITE];
        server.locations.push(loc);
      }
    }
    if (ann[SSL_REDIRECT] !== 'false') for (const t of ing.spec?.tls ?? []) for (const h of t.hosts ?? []) tlsHosts.add(h.toLowerCase());
  }
  for (const [host, s] of servers) {
    if (tlsHosts.has(host)) s.tls = true;
    // use-regex on any Ingress of a host turns all of that host's paths into regular expressions.
    if (regexHosts.has(host)) for (const l of s.locations) l.regex = l.pathType !== 'Exact';
    s.locations.sort((a, b) => (a.path < b.path ? 1 : a.path > b.path ? -1 : 0));
  }
  return [...servers.values()].sort((a, b) => (a.host === CATCH_ALL ? 1 : b.host === CATCH_ALL ? -1 : a.host.localeCompare(b.host)));
}

/** The server nginx picks for a Host header: exact name, then a `*.` wildcard, then the catch-all. */
export function serverForHost(servers: Server[], hostHeader: string): Server {
  const host = hostHeader.toLowerCase().replace(/:\d+$/, '');
  const exact = servers.find((s) => s.host === host);
  if (exact) return exact;
  const dot = host.indexOf('.');
  const wildcard = dot > 0 ? servers.find((s) => s.host === `*${host.slice(dot)}`) : undefined;
  return wildcard ?? (servers.find((s) => s.host === CATCH_ALL) as Server);
}

export interface RouteMatch {
  server: Server;
  location?: Location;
  /** The URI sent upstream (rewritten when the location asks). */
  upstreamPath: string;
}

/**
 * nginx's location choice within a server: an exact match wins; then, for a host in regex mode,
 * the first regular expression that matches (locations sorted by path, descending); otherwise the
 * longest prefix, where `Prefix` matches whole path segments and `ImplementationSpecific` is a plain
 * string prefix (ingress-nginx's behaviour without use-regex).
 */
export function matchLocation(server: Server, uri: string): RouteMatch {
  const [pathOnly = '/', query] = splitQuery(uri);
  const exact = server.locations.find((l) => l.pathType === 'Exact' && l.path === pathOnly);
  const pick = (loc: Location | undefined): RouteMatch => (loc ? { server, location: loc, upstreamPath: rewrite(loc, pathOnly, query) } : { server, upstreamPath: uri });
  if (exact) return pick(exact);
  const regexLocs = server.locations.filter((l) => l.regex);
  for (const l of regexLocs) {
    const re = safeRegex(l.path);
    if (re && re.test(pathOnly)) return pick(l);
  }
  let best: Location | undefined;
  for (const l of server.locations) {
    if (l.regex || l.pathType === 'Exact') continue;
    if (!prefixMatches(l, pathOnly)) continue;
    if (!best || l.path.length > best.path.length) best = l;
  }
  return pick(best);
}

function prefixMatches(l: Location, path: string): boolean {
  if (l.pathType === 'ImplementationSpecific') return path.startsWith(l.path);
  const base = l.path.replace(/\/+$/, '');
  return base === '' || path === base || path.startsWith(`${base}/`);
}

function splitQuery(uri: string): [string, string | undefined] {
  const q = uri.indexOf('?');
  return q < 0 ? [uri || '/', undefined] : [uri.slice(0, q) || '/', uri.slice(q + 1)];
}

function safeRegex(path: string): RegExp | undefined {
  try {
    return new RegExp(`^${path}`, 'i');
  } catch {
    return undefined;
  }
}

/** `rewrite "(?i)<path>" <target> break;` — the whole URI becomes the target, with $1… filled in. */
function rewrite(loc: Location, path: string, query: string | undefined): string {
  const withQuery = (p: string) => (query !== undefined ? `${p}?${query}` : p);
  if (loc.rewriteTarget === undefined) return withQuery(path);
  let m: RegExpExecArray | null = null;
  try {
    m = new RegExp(loc.path, 'i').exec(path);
  } catch {
    m = null;
  }
  if (!m) return withQuery(path);
  const target = loc.rewriteTarget.replace(/\$(\d)/g, (_, d: string) => m[Number(d)] ?? '');
  return withQuery(target || '/');
}

function backendText(b: BackendRef | undefined): string {
  return b ? `${b.namespace}/${b.service}:${b.port}` : '<no service backend>';
}

/** The routing table as text (one server per block), for teaching and tests. */
export function routingTableText(servers: Server[]): string {
  const lines: string[] = [];
  for (const s of servers) {
    if (s.host === CATCH_ALL && s.locations.length === 0 && !s.fallback) continue;
    lines.push(`server ${s.host}${s.tls ? ' (tls)' : ''}`);
    for (const l of s.locations) {
      const kind = l.pathType === 'Exact' ? '=' : l.regex ? '~*' : l.pathType === 'Prefix' ? 'prefix' : 'starts';
      const rw = l.rewriteTarget !== undefined ? ` rewrite ${l.rewriteTarget}` : '';
      lines.push(`  ${kind} ${l.path} -> ${backendText(l.backend)}${rw} [${l.ingress}]`);
    }
    lines.push(`  default -> ${s.fallback ? `${backendText(s.fallback.backend)} [${s.fallback.ingress}]` : 'controller 404'}`);
  }
  return lines.join('\n') + '\n';
}
