import { fnv32a } from '../../lib/hash';
import { serveViaIngress } from './ingress-http';
import { nginxErrorPage, standardReason, type HttpReply } from './nginx-pages';
import { connect, type Client, type ProxyEnv } from './proxy';
import { clientResolve } from './resolver';

export interface HttpOptions {
  method?: string;
  /** Request headers; `Host` overrides the one taken from the URL (curl -H 'Host: …'). */
  headers?: Record<string, string>;
  /** curl --connect-timeout / -m, in ms. */
  connectTimeoutMs?: number;
  /** curl -k: accept the ingress controller's self-signed certificate. */
  insecure?: boolean;
  /** Connect to this IP instead of resolving the host (curl --resolve, or an /etc/hosts entry the shell knows). */
  connectTo?: string;
}

export type HttpError = 'nxdomain' | 'refused' | 'timeout' | 'unreachable' | 'empty' | 'tls' | 'badurl' | 'protocol';

export type HttpResult =
  | { ok: true; reply: HttpReply; ip: string; port: number; via: 'pod' | 'ingress' | 'host'; elapsedMs: number }
  | {
      ok: false;
      error: HttpError;
      ip?: string;
      /** curl's exit code for this failure. */
      exitCode: number;
      /** curl's stderr text (one or more lines, no trailing newline). */
      message: string;
      /** Virtual time the attempt takes before curl gives up. */
      elapsedMs: number;
    };

export interface ParsedUrl {
  scheme: string;
  host: string;
  port: number;
  /** Path and query (`/` when absent). */
  uri: string;
}

/** Linux gives up on an unanswered SYN after 6 retries (about 130 s); curl reports what it saw. */
const KERNEL_SYN_TIMEOUT_MS = 133_000;
/** ARP for an address on the node subnet fails after about 3 s ("No route to host"). */
const ARP_FAILURE_MS = 3_069;

export function parseUrl(raw: string): ParsedUrl | null {
  const m = /^(?:([a-zA-Z][a-zA-Z0-9+.-]*):\/\/)?([^/:?#\s]+)(?::(\d*))?([^#\s]*)/.exec(raw.trim());
  if (!m || !m[2]) return null;
  const scheme = (m[1] ?? 'http').toLowerCase();
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  if (!Number.isInteger(port) || port < 1 || port > 65535) return null;
  const rest = m[4] ?? '';
  const uri = rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
  return { scheme, host: m[2].toLowerCase(), port, uri };
}

function fail(error: HttpError, exitCode: number, message: string, elapsedMs: number, ip?: string): HttpResult {
  return { ok: false, error, exitCode, message, elapsedMs, ...(ip !== undefined ? { ip } : {}) };
}

/** Deterministic milliseconds of jitter for timings curl prints. */
function jitter(key: string, span: number): number {
  return fnv32a(key) % span;
}

/** curl 8's message when the connect phase fails (the host is printed as given in the URL). */
export function connectFailure(host: string, port: number, kind: 'refused' | 'timeout' | 'unreachable', connectTimeoutMs: number | undefined, ip: string): HttpResult {
  if (kind === 'refused') return fail('refused', 7, `curl: (7) Failed to connect to ${host} port ${port} after 0 ms: Couldn't connect to server`, 0, ip);
  const natural = kind === 'timeout' ? KERNEL_SYN_TIMEOUT_MS + jitter(`${ip}:${port}`, 1000) : ARP_FAILURE_MS;
  if (connectTimeoutMs !== undefined && connectTimeoutMs < natural) {
    const ms = connectTimeoutMs + 1 + jitter(`${ip}:${port}/t`, 5);
    return fail('timeout', 28, `curl: (28) Failed to connect to ${host} port ${port} after ${ms} ms: Timeout was reached`, ms, ip);
  }
  return fail(kind, 7, `curl: (7) Failed to connect to ${host} port ${port} after ${natural} ms: Couldn't connect to server`, natural, ip);
}

/**
 * An HTTP request as `curl` makes it from a pod or a node: the host is resolved as that client
 * resolves names, the connection goes through kube-proxy, and the answer comes from the container
 * that accepted it (or from the simulated ingress-nginx when it was the controller's Service).
 */
export function httpGet(env: ProxyEnv, client: Client, url: string, opts: HttpOptions = {}): HttpResult {
  const u = parseUrl(url);
  if (!u) return fail('badurl', 3, 'curl: (3) URL rejected: Malformed input to a URL function', 0);
  if (u.scheme !== 'http' && u.scheme !== 'https') return fail('protocol', 1, `curl: (1) Protocol "${u.scheme}" not supported`, 0);
  let ip = opts.connectTo;
  if (ip === undefined) {
    const dns = clientResolve(env.ctx, client, u.host);
    if (!dns.ok || dns.addresses.length === 0) return fail('nxdomain', 6, `curl: (6) Could not resolve host: ${u.host}`, 0);
    ip = dns.addresses[0] as string;
  }
  const conn = connect(env, client, ip, u.port, 'TCP');
  if (!conn.ok) return connectFailure(u.host, u.port, conn.error, opts.connectTimeoutMs, ip);
  const method = opts.method ?? 'GET';
  const hostHeader = headerValue(opts.headers, 'host') ?? (u.port === (u.scheme === 'https' ? 443 : 80) ? u.host : `${u.host}:${u.port}`);
  const elapsedMs = 1 + jitter(`${url}/rt`, 4);
  if (conn.target === 'ingress') {
    if (u.scheme === 'https' && !opts.insecure) return fail('tls', 60, TLS_SELF_SIGNED, elapsedMs, ip);
    const reply = serveViaIngress(env, { host: hostHeader, uri: u.uri, method, scheme: u.scheme === 'https' ? 'https' : 'http' });
    return { ok: true, reply, ip, port: u.port, via: 'ingress', elapsedMs };
  }
  if (conn.target === 'host') {
    // The kubelet's port speaks TLS only.
    const reply = { ...nginxErrorPage(400, env.ctx.rt.clock.now()), headers: [['Content-Type', 'text/plain; charset=utf-8'], ['Connection', 'close']] as [string, string][], body: 'Client sent an HTTP request to an HTTPS server.\n', reason: 'Bad Request' };
    return { ok: true, reply, ip, port: u.port, via: 'host', elapsedMs };
  }
  const c = env.view.containers(conn.pod).find((x) => x.name === conn.container);
  const answer = c?.http({ path: u.uri, method, host: hostHeader.replace(/:\d+$/, ''), port: conn.containerPort, nowMs: env.ctx.rt.clock.now() });
  if (!answer) return fail('empty', 52, 'curl: (52) Empty reply from server', elapsedMs, ip);
  return { ok: true, reply: { ...answer, reason: standardReason(answer.status) }, ip, port: u.port, via: 'pod', elapsedMs };
}

function headerValue(headers: Record<string, string> | undefined, name: string): string | undefined {
  if (!headers) return undefined;
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === name) return v;
  return undefined;
}

/** curl 8 with OpenSSL 3 on the controller's "Kubernetes Ingress Controller Fake Certificate". */
const TLS_SELF_SIGNED = [
  'curl: (60) SSL certificate problem: self-signed certificate',
  'More details here: https://curl.se/docs/sslcerts.html',
  '',
  'curl failed to verify the legitimacy of the server and therefore could not',
  'establish a secure connection to it. To learn more about this situation and',
  'how to fix it, please visit the webpage mentioned above.',
].join('\n');
