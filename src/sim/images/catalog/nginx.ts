/**
 * nginx (docker.io/library/nginx): versions 1.25–1.29 in Debian and Alpine builds. Startup lines
 * are those of docker-nginx's entrypoint scripts and nginx's own notices; the welcome page,
 * nginx.conf and default.conf are the files the packages ship (pid path and page per version).
 * Modelled: worker pids, the njs/base-image pairing of each patch release, mime.types content.
 */
import type { Family, Tool, ToolCall } from '../machine';
import { Timeline, MiB } from '../programs/timeline';
import { contentType } from '../mime';
import { httpDate, NGINX_TIME_FORMAT, nginxTime } from '../time-format';
import type { ContainerContext, HttpAnswer, ImageInfo, ImageVariant } from '../types';
import { image, variant } from './build';
import { cmpVersion, defaultConf, nginxFiles } from './nginx-files';
import { DELETED_FILE } from '../fs';

const REPO = 'docker.io/library/nginx';

interface Build {
  version: string;
  released: string;
  njs: string;
}

const BUILDS: Build[] = [
  { version: '1.25.0', released: '2023-05-23', njs: '0.7.12' },
  { version: '1.25.1', released: '2023-06-13', njs: '0.7.12' },
  { version: '1.25.2', released: '2023-08-15', njs: '0.8.0' },
  { version: '1.25.3', released: '2023-10-24', njs: '0.8.2' },
  { version: '1.25.4', released: '2024-02-14', njs: '0.8.3' },
  { version: '1.25.5', released: '2024-04-16', njs: '0.8.4' },
  { version: '1.26.0', released: '2024-04-23', njs: '0.8.4' },
  { version: '1.26.1', released: '2024-05-28', njs: '0.8.4' },
  { version: '1.26.2', released: '2024-08-12', njs: '0.8.5' },
  { version: '1.26.3', released: '2025-02-05', njs: '0.8.9' },
  { version: '1.27.0', released: '2024-05-28', njs: '0.8.4' },
  { version: '1.27.1', released: '2024-08-12', njs: '0.8.5' },
  { version: '1.27.2', released: '2024-10-02', njs: '0.8.6' },
  { version: '1.27.3', released: '2024-11-26', njs: '0.8.7' },
  { version: '1.27.4', released: '2025-02-05', njs: '0.8.9' },
  { version: '1.27.5', released: '2025-04-16', njs: '0.8.10' },
  { version: '1.28.0', released: '2025-04-23', njs: '0.8.10' },
  { version: '1.28.1', released: '2025-12-23', njs: '0.9.4' },
  { version: '1.29.0', released: '2025-06-24', njs: '0.9.0' },
  { version: '1.29.1', released: '2025-08-13', njs: '0.9.1' },
  { version: '1.29.2', released: '2025-10-07', njs: '0.9.3' },
  { version: '1.29.3', released: '2025-10-28', njs: '0.9.4' },
  { version: '1.29.4', released: '2025-12-09', njs: '0.9.4' },
];
const STABLE = '1.28.1';
const MAINLINE = '1.29.4';

const cmp = cmpVersion;

/** Debian base per release: bookworm until the images moved to trixie (Aug 2025; modelled per patch). */
function debianOf(v: string): 'debian-12' | 'debian-13' {
  return cmp(v, '1.29.1') >= 0 || v === '1.28.1' ? 'debian-13' : 'debian-12';
}

function alpineOf(v: string): string {
  if (cmp(v, '1.26.0') < 0) return 'alpine-3.19';
  if (v === '1.28.1' || cmp(v, '1.29.1') >= 0) return 'alpine-3.22';
  if (['1.26.0', '1.26.1', '1.26.2', '1.27.0', '1.27.1', '1.27.2'].includes(v)) return 'alpine-3.20';
  return 'alpine-3.21';
}

const GCC: Record<string, string> = {
  'debian-12': 'gcc 12.2.0 (Debian 12.2.0-14)',
  'debian-13': 'gcc 14.2.0 (Debian 14.2.0-19)',
  'alpine-3.19': 'gcc 13.2.1 20231014 (Alpine 13.2.1_git20231014) ',
  'alpine-3.20': 'gcc 13.2.1 20240309 (Alpine 13.2.1_git20240309) ',
  'alpine-3.21': 'gcc 14.2.0 (Alpine 14.2.0) ',
  'alpine-3.22': 'gcc 14.2.0 (Alpine 14.2.0) ',
};

function build(b: Build, alpine: boolean): ImageVariant {
  const os = alpine ? alpineOf(b.version) : debianOf(b.version);
  const codename = os === 'debian-13' ? 'trixie' : 'bookworm';
  const env: [string, string][] = alpine
    ? [['NGINX_VERSION', b.version], ['PKG_RELEASE', '1'], ['DYNPKG_RELEASE', '1'], ['NJS_VERSION', b.njs], ['NJS_RELEASE', '1']]
    : [['NGINX_VERSION', b.version], ['NJS_VERSION', b.njs], ['NJS_RELEASE', `1~${codename}`], ['PKG_RELEASE', `1~${codename}`], ['DYNPKG_RELEASE', `1~${codename}`]];
  return variant(REPO, {
    tag: alpine ? `${b.version}-alpine` : b.version,
    version: b.version,
    os,
    sizeMB: alpine ? (cmp(b.version, '1.26.0') < 0 ? 17.8 : 21.2) : os === 'debian-13' ? 59.8 : 72.1,
    entrypoint: ['/docker-entrypoint.sh'],
    cmd: ['nginx', '-g', 'daemon off;'],
    env,
    ports: [80],
    released: b.released,
    facts: { gcc: GCC[os] ?? '' },
  });
}

export function nginxImages(): ImageInfo[] {
  const variants = BUILDS.flatMap((b) => [build(b, false), build(b, true)]);
  const aliases: Record<string, string> = {};
  for (const b of BUILDS) {
    const minor = b.version.split('.').slice(0, 2).join('.');
    const newest = BUILDS.filter((x) => x.version.startsWith(`${minor}.`)).map((x) => x.version).sort(cmp).pop();
    if (newest === b.version) {
      aliases[minor] = b.version;
      aliases[`${minor}-alpine`] = `${b.version}-alpine`;
      aliases[`${b.version}-${debianOf(b.version) === 'debian-13' ? 'trixie' : 'bookworm'}`] = b.version;
    }
  }
  Object.assign(aliases, {
    latest: MAINLINE, mainline: MAINLINE, '1': MAINLINE, stable: STABLE, alpine: `${MAINLINE}-alpine`,
    'mainline-alpine': `${MAINLINE}-alpine`, 'stable-alpine': `${STABLE}-alpine`, '1-alpine': `${MAINLINE}-alpine`,
    bookworm: '1.29.0', trixie: MAINLINE,
  });
  return [image(REPO, 'nginx', variants, aliases)];
}

// ---- configuration as nginx reads it ------------------------------------------------------------

function confTexts(ctx: ContainerContext): { path: string; text: string }[] {
  const mounts = ctx.mounts ?? {};
  const mountedConfd = Object.keys(mounts).filter((p) => p.startsWith('/etc/nginx/conf.d/') && p.endsWith('.conf'));
  const confs = mountedConfd.length ? mountedConfd.map((p) => ({ path: p, text: mounts[p] ?? '' })) : [{ path: '/etc/nginx/conf.d/default.conf', text: defaultConf(false) }];
  const main = mounts['/etc/nginx/nginx.conf'];
  return main === undefined ? confs : [{ path: '/etc/nginx/nginx.conf', text: main }, ...confs];
}

/** What nginx reads from one config text (a pure function of the text: kept per text, as the same files are read again and again). */
interface ConfFacts {
  listens: number[];
  root: string | undefined;
  /** The brace error, if any. */
  syntax: string | null;
  upstreams: Set<string | undefined>;
  /** Hosts of proxy_pass lines with their line numbers (1-based). */
  proxied: { host: string; line: number }[];
}

const CONF_FACTS = new Map<string, ConfFacts>();

function confFacts(path: string, text: string): ConfFacts {
  const key = `${path}\u0000${text}`;
  let facts = CONF_FACTS.get(key);
  if (facts) return facts;
  const bare = text.replace(/#[^\n]*/g, '');
  const listens = [...bare.matchAll(/\blisten\s+(?:[\d.]+:)?(\d+)/g)].map((m) => Number(m[1]));
  const root = /\broot\s+([^;\s]+)\s*;/.exec(bare)?.[1];
  const lines = text.split('\n');
  let syntax: string | null = null;
  let depth = 0;
  for (let i = 0; i < lines.length && syntax === null; i++) {
    const line = (lines[i] ?? '').replace(/#.*/, '');
    for (const ch of line) {
      if (ch === '{') depth++;
      if (ch === '}' && --depth < 0) {
        syntax = `unexpected "}" in ${path}:${i + 1}`;
        break;
      }
    }
  }
  if (syntax === null && depth > 0) syntax = `unexpected end of file, expecting "}" in ${path}:${lines.length}`;
  const upstreams = new Set([...text.matchAll(/\bupstream\s+([\w.-]+)/g)].map((m) => m[1]));
  const proxied: { host: string; line: number }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const host = /\bproxy_pass\s+https?:\/\/([\w.-]+)/.exec((lines[i] ?? '').replace(/#.*/, ''))?.[1];
    if (host) proxied.push({ host, line: i + 1 });
  }
  facts = { listens, root, syntax, upstreams, proxied };
  if (CONF_FACTS.size >= 256) CONF_FACTS.clear();
  CONF_FACTS.set(key, facts);
  return facts;
}

function listenPorts(ctx: ContainerContext): number[] {
  const ports = new Set<number>();
  for (const { path, text } of confTexts(ctx)) for (const port of confFacts(path, text).listens) ports.add(port);
  return ports.size ? [...ports] : [80];
}

function docRoot(ctx: ContainerContext): string {
  for (const { path, text } of confTexts(ctx)) {
    const root = confFacts(path, text).root;
    if (root) return root.replace(/\/+$/, '');
  }
  return '/usr/share/nginx/html';
}

/** The first configuration error nginx would stop on (unbalanced braces, unknown upstream host). */
function configError(ctx: ContainerContext): string | null {
  for (const { path, text } of confTexts(ctx)) {
    const facts = confFacts(path, text);
    if (facts.syntax !== null) return facts.syntax;
    const resolve = ctx.net?.resolve;
    if (!resolve) continue;
    for (const { host, line } of facts.proxied) {
      if (facts.upstreams.has(host) || /^\d+\.\d+\.\d+\.\d+$/.test(host) || host === 'localhost') continue;
      if (!resolve(host)) return `host not found in upstream "${host}" in ${path}:${line}`;
    }
  }
  return null;
}

// ---- programs -----------------------------------------------------------------------------------

function versionAtLeast(v: ImageVariant, min: string): boolean {
  return cmp(v.version, min) >= 0;
}

const entrypoint: Tool = (c: ToolCall) => {
  const args = c.argv.slice(1);
  const m = c.m;
  const quiet = (c.env.get('NGINX_ENTRYPOINT_QUIET_LOGS') ?? '') !== '';
  const tl = new Timeline(c);
  const log = (s: string): void => {
    if (!quiet) tl.out(s);
  };
  if (args[0] === 'nginx' || args[0] === 'nginx-debug') {
    const mounts = m.ctx.mounts ?? {};
    const me = '/docker-entrypoint.sh';
    log(`${me}: /docker-entrypoint.d/ is not empty, will attempt to perform configuration`);
    log(`${me}: Looking for shell scripts in /docker-entrypoint.d/`);
    tl.at(4);
    log(`${me}: Launching /docker-entrypoint.d/10-listen-on-ipv6-by-default.sh`);
    const ipv6 = '10-listen-on-ipv6-by-default.sh';
    const conf = '/etc/nginx/conf.d/default.conf';
    tl.at(9);
    if (mounts[conf] !== undefined) log(`${ipv6}: info: can not modify ${conf} (read-only file system?)`);
    else if (Object.keys(mounts).some((p) => p.startsWith('/etc/nginx/conf.d/'))) log(`${ipv6}: info: ${conf} is not a file or does not exist`);
    else {
      log(`${ipv6}: info: Getting the checksum of ${conf}`);
      tl.at(14);
      log(`${ipv6}: info: Enabled listen on IPv6 in ${conf}`);
    }
    if (versionAtLeast(m.variant, '1.25.3')) log(`${me}: Sourcing /docker-entrypoint.d/15-local-resolvers.envsh`);
    tl.at(16);
    log(`${me}: Launching /docker-entrypoint.d/20-envsubst-on-templates.sh`);
    for (const tpl of Object.keys(mounts).filter((p) => p.startsWith('/etc/nginx/templates/') && p.endsWith('.template')).sort()) {
      const out = `/etc/nginx/conf.d/${tpl.slice('/etc/nginx/templates/'.length, -'.template'.length)}`;
      log(`20-envsubst-on-templates.sh: Running envsubst on ${tpl} to ${out}`);
    }
    tl.at(20);
    log(`${me}: Launching /docker-entrypoint.d/30-tune-worker-processes.sh`);
    tl.at(23);
    log(`${me}: Configuration complete; ready for start up`);
    tl.at(26);
  }
  return c.exec(args, c.env);
};

const nginx: Tool = (c: ToolCall) => {
  const m = c.m;
  const v = m.variant;
  const args = c.argv.slice(1);
  const banner = `nginx version: nginx/${v.version}`;
  if (args.includes('-v')) {
    c.err(`${banner}\n`);
    return 0;
  }
  if (args.includes('-V')) {
    c.err(`${banner}\nbuilt by ${(v.facts.gcc ?? '').trim()}\nbuilt with OpenSSL 3.0.17 1 Jul 2025\nTLS SNI support enabled\nconfigure arguments: --prefix=/etc/nginx --sbin-path=/usr/sbin/nginx --modules-path=/usr/lib/nginx/modules --conf-path=/etc/nginx/nginx.conf --error-log-path=/var/log/nginx/error.log --http-log-path=/var/log/nginx/access.log --pid-path=/run/nginx.pid --with-http_ssl_module --with-http_v2_module --with-stream\n`);
    return 0;
  }
  const error = configError(m.ctx);
  if (m.ctx.net?.resolve && confTexts(m.ctx).some((t) => /proxy_pass/.test(t.text))) m.usedNetwork = true;
  const pid = m.mode === 'main' ? 1 : m.pid();
  // Lines that go straight to the log (not inside a loop, whose iterations are compared as text)
  // carry a date placeholder, resolved to the same text when the log is shown: the plan then does
  // not depend on the start time (see plan-memo.ts).
  const placeholders = c.errToLog === true && m.loopDepth === 0;
  const stamp = (): string => (placeholders ? m.datePlaceholder(NGINX_TIME_FORMAT) : nginxTime(m.nowMs()));
  if (args.includes('-t') || args.includes('-T')) {
    if (error) {
      c.err(`nginx: [emerg] ${error}\nnginx: configuration file /etc/nginx/nginx.conf test failed\n`);
      return 1;
    }
    c.err('nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n');
    return 0;
  }
  const signal = args[args.indexOf('-s') + 1];
  if (args.includes('-s') && signal) {
    c.err(`${stamp()} [notice] ${pid}#${pid}: signal process started\n`);
    return 0;
  }
  const tl = new Timeline(c);
  if (error) {
    tl.at(3);
    c.err(`${stamp()} [emerg] ${pid}#${pid}: ${error}\nnginx: [emerg] ${error}\n`);
    return 1;
  }
  if (m.mode === 'exec') {
    // A second nginx in a running container cannot bind the port the first one holds.
    for (let i = 0; i < 5; i++) c.err(`${stamp()} [emerg] ${pid}#${pid}: bind() to 0.0.0.0:80 failed (98: Address already in use)\nnginx: [emerg] bind() to 0.0.0.0:80 failed (98: Address already in use)\n`);
    c.err(`${stamp()} [emerg] ${pid}#${pid}: still could not bind()\nnginx: [emerg] still could not bind()\n`);
    return 1;
  }
  const daemonOff = args.some((a, i) => args[i - 1] === '-g' && /daemon\s+off/.test(a));
  if (!daemonOff) {
    // nginx daemonises: the started process returns at once and the container ends "Completed".
    tl.at(6);
    return 0;
  }
  tl.at(5);
  const workers = Math.max(1, m.ctx.nodeCpus ?? 2);
  const n = `${pid}#${pid}`;
  const lines = [
    `using the "epoll" event method`,
    `nginx/${v.version}`,
    `built by ${v.facts.gcc ?? ''}`,
    `OS: Linux ${m.ctx.kernel ?? '6.8.0-45-generic'}`,
    'getrlimit(RLIMIT_NOFILE): 1024:524288',
    'start worker processes',
  ];
  for (const l of lines) c.err(`${stamp()} [notice] ${n}: ${l}\n`);
  tl.at(6);
  const firstWorker = v.os.startsWith('alpine') ? 30 : 29;
  for (let i = 0; i < workers; i++) c.err(`${stamp()} [notice] ${n}: start worker process ${firstWorker + i}\n`);
  for (const port of listenPorts(m.ctx)) m.listen(port, 'TCP', 0);
  m.setUsage(1, Math.round((2.2 + 1.1 * workers) * MiB));
  m.forever();
  return 0;
};

// ---- HTTP ---------------------------------------------------------------------------------------

function errorPage(v: ImageVariant, status: number, reason: string, nowMs: number): HttpAnswer {
  const body = `<html>\r\n<head><title>${status} ${reason}</title></head>\r\n<body>\r\n<center><h1>${status} ${reason}</h1></center>\r\n<hr><center>nginx/${v.version}</center>\r\n</body>\r\n</html>\r\n`;
  return {
    status,
    headers: [['Server', `nginx/${v.version}`], ['Date', httpDate(nowMs)], ['Content-Type', 'text/html'], ['Content-Length', String(body.length)], ['Connection', 'keep-alive']],
    body,
  };
}

function serve(v: ImageVariant, ctx: ContainerContext, req: { path: string; method: string; port?: number; nowMs?: number }): HttpAnswer | null {
  const ports = listenPorts(ctx);
  if (req.port !== undefined && !ports.includes(req.port)) return null;
  const now = req.nowMs ?? ctx.startedAt;
  const root = docRoot(ctx);
  const builtin = nginxFiles(v, ctx);
  const lookup = (p: string): { text: string; mtime: number } | null => {
    // Written in the container (by its command, an exec, a shared volume) over mounted over the image's.
    const written = ctx.files?.[p];
    if (written === DELETED_FILE) return null;
    if (written !== undefined) return { text: written, mtime: ctx.startedAt };
    const mounted = ctx.mounts?.[p];
    if (mounted !== undefined) return { text: mounted, mtime: ctx.startedAt };
    const own = builtin[p];
    return own === undefined ? null : { text: own, mtime: Date.parse(`${v.released}T12:00:00Z`) };
  };
  const path = decodeURIComponent(req.path.split('?')[0] ?? '/');
  const file = path.endsWith('/') ? lookup(`${root}${path}index.html`) ?? lookup(`${root}${path}index.htm`) : lookup(`${root}${path}`);
  if (!file) {
    if (!path.endsWith('/') && lookup(`${root}${path}/index.html`)) {
      const a = errorPage(v, 301, 'Moved Permanently', now);
      a.headers.push(['Location', `http://${ctx.podIP ?? 'localhost'}${path}/`]);
      return a;
    }
    return errorPage(v, 404, 'Not Found', now);
  }
  if (req.method !== 'GET' && req.method !== 'HEAD') return errorPage(v, 405, 'Not Allowed', now);
  const name = path.endsWith('/') ? 'index.html' : path;
  const mtime = file.mtime;
  return {
    status: 200,
    headers: [
      ['Server', `nginx/${v.version}`],
      ['Date', httpDate(now)],
      ['Content-Type', contentType(name)],
      ['Content-Length', String(file.text.length)],
      ['Last-Modified', httpDate(mtime)],
      ['Connection', 'keep-alive'],
      ['ETag', `"${Math.floor(mtime / 1000).toString(16)}-${file.text.length.toString(16)}"`],
      ['Accept-Ranges', 'bytes'],
    ],
    body: req.method === 'HEAD' ? '' : file.text,
  };
}

export const nginxFamily: Family = {
  bins: () => ({ '/docker-entrypoint.sh': entrypoint, '/usr/sbin/nginx': nginx, '/usr/sbin/nginx-debug': nginx }),
  tools: (v) => (v.os.startsWith('alpine') ? ['/usr/bin/curl', '/usr/bin/envsubst'] : ['/usr/bin/curl', '/usr/bin/envsubst']),
  files: nginxFiles,
  dirs: () => ['/etc/nginx/conf.d', '/etc/nginx/modules', '/usr/share/nginx/html', '/var/cache/nginx', '/var/log/nginx', '/docker-entrypoint.d'],
  http: (v, ctx, req) => serve(v, ctx, req),
  children: (_v, ctx) => Array.from({ length: Math.max(1, ctx.nodeCpus ?? 2) }, () => 'nginx: worker process'),
};
