/**
 * curl, wget and nslookup inside a container. Requests to the pod itself (localhost, its IP or name)
 * are answered by the image's own HTTP server; anything else goes through `ctx.net` (the cluster's
 * DNS and services). Error texts are curl 8 / BusyBox wget's; curl's progress meter is modelled.
 */
import { isDir, isReadOnly, resolvePath } from '../fs';
import { httpAnswerFor } from '../http';
import type { Machine, Tool, ToolCall } from '../machine';
import type { HttpAnswer } from '../types';

const REASONS: Record<number, string> = {
  200: 'OK', 201: 'Created', 204: 'No Content', 301: 'Moved Permanently', 302: 'Found', 304: 'Not Modified',
  400: 'Bad Request', 401: 'Unauthorized', 403: 'Forbidden', 404: 'Not Found', 405: 'Not Allowed',
  500: 'Internal Server Error', 502: 'Bad Gateway', 503: 'Service Unavailable', 504: 'Gateway Timeout',
};

export function reasonPhrase(status: number): string {
  return REASONS[status] ?? 'Unknown';
}

interface Url {
  host: string;
  port: number;
  path: string;
  text: string;
}

function parseUrl(raw: string): Url | null {
  const m = /^(?:(https?):\/\/)?([^/:?#]+)(?::(\d+))?([^#]*)/.exec(raw);
  if (!m) return null;
  const scheme = m[1] ?? 'http';
  const host = m[2] ?? '';
  const port = m[3] ? Number(m[3]) : scheme === 'https' ? 443 : 80;
  const path = m[4] || '/';
  return { host, port, path: path.startsWith('/') ? path : `/${path}`, text: raw };
}

type Fetched = { answer: HttpAnswer; ip: string } | { error: 'resolve' | 'refused' | 'timeout'; ip?: string };

function isSelf(m: Machine, host: string): boolean {
  return host === 'localhost' || host === '127.0.0.1' || host === '::1' || host === '0.0.0.0' || host === m.hostname || host === m.ctx.podIP;
}

function fetchUrl(m: Machine, url: Url): Fetched {
  m.requests.push(url.text);
  if (isSelf(m, url.host)) {
    const answer = httpAnswerFor(m.image, m.ctx, { path: url.path, method: 'GET', host: url.host, port: url.port, nowMs: m.nowMs() });
    const ip = url.host === 'localhost' ? '127.0.0.1' : url.host;
    return answer ? { answer, ip } : { error: 'refused', ip };
  }
  const net = m.ctx.net;
  m.usedNetwork = true;
  if (!net?.http) return { error: 'resolve' };
  const r = net.http(`http://${url.host}:${url.port}${url.path}`);
  if ('error' in r) return r.ip === undefined ? { error: r.error } : { error: r.error, ip: r.ip };
  const ip = /^\d+\.\d+\.\d+\.\d+$/.test(url.host) ? url.host : (net.resolve?.(url.host)?.addresses[0] ?? url.host);
  return { answer: r, ip };
}

function progressMeter(size: number): string {
  const n = String(size).padStart(5);
  const speed = size > 999 ? `${Math.min(999, Math.round(size / 1.2 / 1024))}k` : String(size);
  return `  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n`
    + `                                 Dload  Upload   Total   Spent    Left  Speed\n`
    + `\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0`
    + `\r100 ${n}  100 ${n}    0     0   ${speed.padStart(4)}      0 --:--:-- --:--:-- --:--:-- ${speed.padStart(5)}\n`;
}

export const curl: Tool = (c) => {
  const args = c.argv.slice(1);
  let silent = false;
  let showError = false;
  let head = false;
  let include = false;
  let fail = false;
  let outFile: string | null = null;
  let writeOut: string | null = null;
  let maxTime: number | null = null;
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-o' || a === '--output') outFile = args[++i] ?? null;
    else if (a === '-w' || a === '--write-out') writeOut = args[++i] ?? null;
    else if (a === '-m' || a === '--max-time' || a === '--connect-timeout') maxTime = Number(args[++i] ?? '0');
    else if (a === '-X' || a === '-H' || a === '-d' || a === '--data' || a === '--header' || a === '-A') i++;
    else if (a === '--silent') silent = true;
    else if (a === '--head') head = true;
    else if (a === '--include') include = true;
    else if (a === '--fail') fail = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('s')) silent = true;
      if (a.includes('S')) showError = true;
      if (a.includes('I')) head = true;
      if (a.includes('i')) include = true;
      if (a.includes('f')) fail = true;
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) {
    c.err("curl: try 'curl --help' or 'curl --manual' for more information\n");
    return 2;
  }
  const u = parseUrl(url);
  const quietErrors = silent && !showError;
  if (!u) {
    if (!quietErrors) c.err(`curl: (3) URL rejected: Malformed input to a URL function\n`);
    return 3;
  }
  const r = fetchUrl(c.m, u);
  // curl draws its progress meter on stderr unless -s, or when the body goes to a terminal.
  const meter = !silent && ((outFile !== null && outFile !== '-') || !c.m.tty);
  if ('error' in r) {
    if (r.error === 'timeout') c.m.sleep((maxTime ?? 134) * 1000);
    else c.m.sleep(r.error === 'resolve' ? 5 : 1);
    if (meter) c.err(progressMeter(0).split('\r100')[0] + '\n');
    if (!quietErrors) {
      if (r.error === 'resolve') c.err(`curl: (6) Could not resolve host: ${u.host}\n`);
      else if (r.error === 'refused') c.err(`curl: (7) Failed to connect to ${u.host} port ${u.port} after 0 ms: Couldn't connect to server\n`);
      else c.err(`curl: (28) Connection timed out after ${(maxTime ?? 134) * 1000 + 2} milliseconds\n`);
    }
    if (writeOut) c.out(writeOut.replace(/%\{http_code\}/g, '000').replace(/\\n/g, '\n'));
    return r.error === 'resolve' ? 6 : r.error === 'refused' ? 7 : 28;
  }
  c.m.sleep(2);
  const a = r.answer;
  const headText = `HTTP/1.1 ${a.status} ${reasonPhrase(a.status)}\r\n${a.headers.map(([k, v]) => `${k}: ${v}\r\n`).join('')}\r\n`;
  if (fail && a.status >= 400) {
    if (meter) c.err(progressMeter(0).split('\r100')[0] + '\n');
    if (!quietErrors) c.err(`curl: (22) The requested URL returned error: ${a.status}\n`);
    return 22;
  }
  const body = head ? headText : (include ? headText : '') + a.body;
  if (meter) c.err(progressMeter(head ? 0 : a.body.length));
  if (outFile && outFile !== '-') {
    const path = resolvePath(c.cwd, outFile);
    const refused = cannotWrite(c.m, path);
    if (refused) {
      // curl opens the file at the first write of the body, and the write callback's failure ends the transfer.
      if (!silent) c.err(`Warning: Failed to open the file ${outFile}: ${refused}\n`);
      if (!quietErrors) c.err(`curl: (23) Failure writing output to destination, passed ${body.length} returned 4294967295\n`);
      return 23;
    }
    c.m.written.set(path, body);
  } else c.out(body);
  if (writeOut) c.out(writeOut.replace(/%\{http_code\}/g, String(a.status)).replace(/\\n/g, '\n'));
  return 0;
};

export const wget: Tool = (c) => {
  const args = c.argv.slice(1);
  let quiet = false;
  let out: string | null = null;
  let spider = false;
  let timeout: number | null = null;
  let url: string | null = null;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (a === '-O') out = args[++i] ?? null;
    else if (a.startsWith('-O') && a.length > 2) out = a.slice(2);
    else if (a === '-qO-' || a === '-qO') {
      quiet = true;
      out = a === '-qO-' ? '-' : (args[++i] ?? null);
    } else if (a === '-T' || a === '--timeout') timeout = Number(args[++i] ?? '0');
    else if (a === '--spider') spider = true;
    else if (a === '-q' || a === '--quiet') quiet = true;
    else if (/^-[a-zA-Z]+$/.test(a)) {
      if (a.includes('q')) quiet = true;
    } else if (!a.startsWith('-')) url = a;
  }
  if (!url) {
    c.err('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: wget [-cqS] [--spider] [-O FILE] [-o LOGFILE] [--header STR]\n\t[--post-data STR | --post-file FILE] [-Y on/off]\n\t[-P DIR] [-U AGENT] [-T SEC] URL...\n');
    return 1;
  }
  const u = parseUrl(url);
  if (!u) {
    c.err(`wget: bad address '${url}'\n`);
    return 1;
  }
  const r = fetchUrl(c.m, u);
  if ('error' in r) {
    if (r.error === 'resolve') {
      c.m.sleep(5);
      c.err(`wget: bad address '${u.host}${u.port === 80 ? '' : `:${u.port}`}'\n`);
    } else if (r.error === 'refused') {
      if (!quiet) c.err(`Connecting to ${u.host}${u.port === 80 ? '' : `:${u.port}`} (${r.ip ?? u.host}:${u.port})\n`);
      c.err(`wget: can't connect to remote host (${r.ip ?? u.host}): Connection refused\n`);
    } else {
      c.m.sleep((timeout ?? 900) * 1000);
      if (!quiet) c.err(`Connecting to ${u.host} (${r.ip ?? u.host}:${u.port})\n`);
      c.err('wget: download timed out\n');
    }
    return 1;
  }
  c.m.sleep(2);
  const a = r.answer;
  const target = out ?? (u.path.split('/').pop() || 'index.html');
  if (!quiet) c.err(`Connecting to ${u.host}${u.port === 80 ? '' : `:${u.port}`} (${r.ip}:${u.port})\n`);
  if (a.status >= 400) {
    c.err(`wget: server returned error: HTTP/1.1 ${a.status} ${reasonPhrase(a.status)}\n`);
    return 1;
  }
  if (spider) {
    if (!quiet) c.err('remote file exists\n');
    return 0;
  }
  const size = String(a.body.length).padStart(7);
  if (target === '-') {
    if (!quiet) c.err('writing to stdout\n');
    c.out(a.body);
    if (!quiet) c.err(`-                    100% |********************************| ${size}  0:00:00 ETA\nwritten to stdout\n`);
  } else {
    const path = resolvePath(c.cwd, target);
    const refused = cannotWrite(c.m, path);
    if (refused) {
      c.err(`wget: can't open '${target}': ${refused}\n`);
      return 1;
    }
    if (!quiet) c.err(`saving to '${target}'\n`);
    c.m.written.set(path, a.body);
    if (!quiet) c.err(`${target.padEnd(20).slice(0, 20)} 100% |********************************| ${size}  0:00:00 ETA\n'${target}' saved\n`);
  }
  return 0;
};

/** Why a file cannot be created at `path` (the errno text), or undefined when it can. */
function cannotWrite(m: Machine, path: string): string | undefined {
  if (!isDir(m, path.slice(0, path.lastIndexOf('/')) || '/')) return 'No such file or directory';
  if (isReadOnly(m, path)) return 'Read-only file system';
  return undefined;
}

/** BusyBox nslookup: the 1.28 layout (the one the Kubernetes DNS docs show) and the newer one. */
export const nslookup: Tool = (c: ToolCall) => {
  const name = c.argv.slice(1).find((a) => !a.startsWith('-'));
  if (!name) {
    c.err('BusyBox v1.37.0 (2024-09-26 21:31:42 UTC) multi-call binary.\n\nUsage: nslookup [-type=QUERY_TYPE] [-debug] HOST [DNS_SERVER]\n\nQuery DNS about HOST\n');
    return 1;
  }
  c.m.usedNetwork = true;
  const found = c.m.ctx.net?.resolve?.(name) ?? null;
  c.m.sleep(found ? 3 : 15);
  const old = /^1\.(2[0-9])(\.|$)/.test(c.m.variant.version);
  if (old) {
    c.out('Server:    10.96.0.10\nAddress 1: 10.96.0.10 kube-dns.kube-system.svc.cluster.local\n\n');
    if (!found) {
      c.err(`nslookup: can't resolve '${name}'\n`);
      return 1;
    }
    c.out(`Name:      ${name}\n${found.addresses.map((ip, k) => `Address ${k + 1}: ${ip} ${found.name}\n`).join('')}`);
    return 0;
  }
  c.out('Server:\t\t10.96.0.10\nAddress:\t10.96.0.10:53\n\n');
  if (!found) {
    c.out(`** server can't find ${name}: NXDOMAIN\n\n`);
    return 1;
  }
  c.out(found.addresses.map((ip) => `Name:\t${found.name}\nAddress: ${ip}\n`).join('') + '\n');
  return 0;
};
