/**
 * `curl` on a node: requests go through the simulated network (the node's resolver, kube-proxy's
 * ClusterIP and NodePort rules, pod IPs, ingress-nginx) and print the answer of whatever accepted
 * the connection. Failures are curl 8's messages and exit codes: (6) Could not resolve host,
 * (7) Failed to connect, (28) Timeout was reached. Waiting for a timeout moves the clock.
 */
import { resolvePath, type Command, type CommandIO } from '../../shell';
import { Output } from '../../shell';
import type { HttpOptions, HttpResult, NetworkComponent } from '../../sim/network';
import { progressMeter } from './curl-progress';
import type { SandboxServices } from './services';

interface CurlOptions {
  silent: boolean;
  showError: boolean;
  include: boolean;
  head: boolean;
  verbose: boolean;
  fail: boolean;
  output?: string;
  writeOut?: string;
  /** `-m`: the whole operation's limit, whose expiry curl words differently from --connect-timeout's. */
  maxTimeMs?: number;
  connectTimeoutMs?: number;
  http: HttpOptions;
  urls: string[];
}

const CURL_VERSION = '8.5.0';
const TRY_HELP = "curl: try 'curl --help' or 'curl --manual' for more information\n";

/** Long options → short letter (when it has one) or the long name, and whether a value follows. */
const LONG: Record<string, [string, boolean]> = {
  silent: ['s', false], 'show-error': ['S', false], include: ['i', false], head: ['I', false], verbose: ['v', false],
  fail: ['f', false], location: ['L', false], insecure: ['k', false], output: ['o', true], header: ['H', true],
  'max-time': ['m', true], 'connect-timeout': ['connect-timeout', true], request: ['X', true], 'write-out': ['w', true],
  resolve: ['resolve', true], url: ['url', true],
};
const SHORT_FLAGS = 'sSiIvfLk';
const SHORT_VALUES = 'oHmXw';

export function curlCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const parsed = parseCurl(args);
      if ('error' in parsed) return { stdout: '', stderr: `curl: ${parsed.error}\n${TRY_HELP}`, exitCode: 2 };
      if (parsed.urls.length === 0) return { stdout: '', stderr: `curl: no URL specified\n${TRY_HELP}`, exitCode: 2 };
      const network = svc.cluster.component<NetworkComponent>('network');
      const out = new Output();
      let status = 0;
      for (const url of parsed.urls) {
        const result = network.httpGet({ fromNode: io.host.hostName }, url, parsed.head ? { ...parsed.http, method: 'HEAD' } : parsed.http);
        io.host.clock.sleep(result.elapsedMs);
        status = show(result, url, parsed, io, out);
      }
      return out.result(status);
    },
  };
}

function show(result: HttpResult, url: string, o: CurlOptions, io: CommandIO, out: Output): number {
  const meter = !o.silent && !o.verbose && (o.output !== undefined || !io.stdoutIsTerminal);
  const host = /^(?:[a-z]+:\/\/)?([^/:?#]+)/i.exec(url)?.[1] ?? url;
  if (!result.ok) {
    if (meter) out.err(progressMeter(0, result.elapsedMs));
    if (o.verbose) out.err(result.ip ? `*   Trying ${result.ip}:${portOf(url)}...\n` : `* Could not resolve host: ${host}\n`);
    if (o.verbose) out.err('* Closing connection\n');
    const byMaxTime = result.exitCode === 28 && o.maxTimeMs !== undefined && o.maxTimeMs <= (o.connectTimeoutMs ?? Infinity);
    const message = byMaxTime ? `curl: (28) Connection timed out after ${result.elapsedMs} milliseconds` : result.message;
    if (!o.silent || o.showError) out.err(`${message}\n`);
    return result.exitCode;
  }
  const { reply } = result;
  const headBlock = `HTTP/1.1 ${reply.status} ${reply.reason}\r\n${reply.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  const body = o.head ? '' : reply.body;
  if (o.verbose) {
    const hostHeader = o.http.headers?.['Host'] ?? (result.port === 80 ? host : `${host}:${result.port}`);
    out.err(`*   Trying ${result.ip}:${result.port}...\n* Connected to ${host} (${result.ip}) port ${result.port}\n`);
    out.err(`> ${o.head ? 'HEAD' : o.http.method ?? 'GET'} ${uriOf(url)} HTTP/1.1\n> Host: ${hostHeader}\n> User-Agent: curl/${CURL_VERSION}\n> Accept: */*\n> \n`);
    out.err(headBlock.split('\r\n').slice(0, -1).map((l) => `< ${l}\r\n`).join(''));
  }
  if (o.fail && reply.status >= 400) {
    if (meter) out.err(progressMeter(0, result.elapsedMs));
    if (!o.silent || o.showError) out.err(`curl: (22) The requested URL returned error: ${reply.status}\n`);
    return 22;
  }
  const shown = (o.include || o.head ? headBlock : '') + body;
  if (o.output !== undefined) {
    const error = io.fs.writeFile(resolvePath(io.cwd, o.output), shown);
    if (error) {
      if (!o.silent || o.showError) out.err(`curl: (23) Failure writing output to destination\n`);
      return 23;
    }
  } else out.out(shown);
  if (meter) out.err(progressMeter(body.length, result.elapsedMs));
  if (o.verbose) out.err(`* Connection #0 to host ${host} left intact\n`);
  if (o.writeOut !== undefined) out.out(writeOut(o.writeOut, reply.status, body.length));
  return 0;
}

function portOf(url: string): number {
  const m = /^(?:([a-z]+):\/\/)?[^/:?#]+(?::(\d+))?/i.exec(url);
  return m?.[2] ? Number(m[2]) : m?.[1]?.toLowerCase() === 'https' ? 443 : 80;
}

function uriOf(url: string): string {
  const rest = url.replace(/^(?:[a-z]+:\/\/)?[^/?#]*/i, '');
  return rest === '' ? '/' : rest.startsWith('/') ? rest : `/${rest}`;
}

/** `-w`: the variables scripts use, and curl's backslash escapes. */
function writeOut(format: string, status: number, size: number): string {
  return format
    .replace(/%\{(http_code|response_code)\}/g, String(status).padStart(3, '0'))
    .replace(/%\{size_download\}/g, String(size))
    .replace(/\\n/g, '\n')
    .replace(/\\t/g, '\t')
    .replace(/\\r/g, '\r');
}

function parseCurl(args: readonly string[]): CurlOptions | { error: string } {
  const o: CurlOptions = { silent: false, showError: false, include: false, head: false, verbose: false, fail: false, http: {}, urls: [] };
  const apply = (key: string, value: string | undefined): string | undefined => {
    switch (key) {
      case 's': o.silent = true; break;
      case 'S': o.showError = true; break;
      case 'i': o.include = true; break;
      case 'I': o.head = true; break;
      case 'v': o.verbose = true; break;
      case 'f': o.fail = true; break;
      case 'k': o.http.insecure = true; break;
      case 'L': break; // the simulated servers do not redirect
      case 'o': o.output = value; break;
      case 'w': o.writeOut = value; break;
      case 'X': o.http.method = value ?? 'GET'; break;
      case 'url': o.urls.push(value ?? ''); break;
      case 'H': {
        const colon = (value ?? '').indexOf(':');
        if (colon > 0) o.http.headers = { ...o.http.headers, [(value ?? '').slice(0, colon).trim()]: (value ?? '').slice(colon + 1).trim() };
        break;
      }
      case 'm':
      case 'connect-timeout': {
        const seconds = Number(value);
        if (!Number.isFinite(seconds) || seconds < 0) return `option --${key === 'm' ? 'max-time' : key}: expected a proper numerical parameter`;
        const ms = Math.round(seconds * 1000);
        if (key === 'm') o.maxTimeMs = ms;
        else o.connectTimeoutMs = ms;
        o.http.connectTimeoutMs = Math.min(o.maxTimeMs ?? ms, o.connectTimeoutMs ?? ms);
        break;
      }
      case 'resolve': {
        const m = /^([^:]+):(\d+):(.+)$/.exec(value ?? '');
        if (m) o.http.connectTo = m[3];
        break;
      }
    }
    return undefined;
  };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--') && arg.length > 2) {
      const def = LONG[arg.slice(2)];
      if (!def) return { error: `option ${arg}: is unknown` };
      const value = def[1] ? args[++i] : undefined;
      if (def[1] && value === undefined) return { error: `option ${arg}: requires parameter` };
      const problem = apply(def[0], value);
      if (problem) return { error: problem };
    } else if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const c = arg.charAt(j);
        if (SHORT_VALUES.includes(c)) {
          const value = j + 1 < arg.length ? arg.slice(j + 1) : args[++i];
          if (value === undefined) return { error: `option -${c}: requires parameter` };
          const problem = apply(c, value);
          if (problem) return { error: problem };
          break;
        }
        if (!SHORT_FLAGS.includes(c)) return { error: `option -${arg.slice(j)}: is unknown` };
        apply(c, undefined);
      }
    } else o.urls.push(arg);
  }
  return o;
}
