/**
 * httpd, redis and memcached. Log formats are the servers' own (Apache error_log, Redis's
 * `pid:role date level`), with the startup lines these versions print; Redis 8 module lines,
 * process ids of workers and resource figures are modelled.
 */
import { DELETED_FILE } from '../fs';
import { hexFromKey } from '../hash';
import type { Family, Tool } from '../machine';
import { MiB, Timeline, flagValue } from '../programs/timeline';
import { apacheTime, httpDate, redisTime } from '../time-format';
import type { ContainerContext, HttpAnswer, ImageInfo, ImageVariant } from '../types';
import { PATH_DEFAULT, image, variant } from './build';

// ---- httpd ---------------------------------------------------------------------------------------

const HTTPD_REPO = 'docker.io/library/httpd';
const IT_WORKS = '<html><body><h1>It works!</h1></body></html>\n';

function httpdImage(): ImageInfo {
  const v = (version: string, alpine: boolean, released: string) => variant(HTTPD_REPO, {
    tag: alpine ? `${version}-alpine` : version,
    version,
    os: alpine ? (version === '2.4.66' ? 'alpine-3.23' : 'alpine-3.22') : 'debian-13',
    sizeMB: alpine ? 22.9 : 44.6,
    cmd: ['httpd-foreground'],
    path: `/usr/local/apache2/bin:${PATH_DEFAULT}`,
    env: [['HTTPD_PREFIX', '/usr/local/apache2'], ['HTTPD_VERSION', version], ['HTTPD_SHA256', hexFromKey(`httpd-${version}`)], ['HTTPD_PATCHES', '']],
    workingDir: '/usr/local/apache2',
    ports: [80],
    released,
  });
  return image(HTTPD_REPO, 'httpd', [
    v('2.4.65', false, '2025-07-23'), v('2.4.65', true, '2025-07-23'),
    v('2.4.66', false, '2025-12-04'), v('2.4.66', true, '2025-12-04'),
  ], {
    latest: '2.4.66', '2': '2.4.66', '2.4': '2.4.66', alpine: '2.4.66-alpine', '2-alpine': '2.4.66-alpine',
    '2.4-alpine': '2.4.66-alpine', trixie: '2.4.66', '2.4-trixie': '2.4.66',
  });
}

const httpd: Tool = (c) => {
  const m = c.m;
  const v = m.variant;
  const args = c.argv.slice(1);
  if (args.includes('-v')) {
    c.out(`Server version: Apache/${v.version} (Unix)\nServer built:   ${v.released === '2025-12-04' ? 'Dec  4 2025' : 'Jul 23 2025'} 10:02:11\n`);
    return 0;
  }
  if (args.includes('-t')) {
    c.err('AH00558: httpd: Could not reliably determine the server\'s fully qualified domain name, using 127.0.0.1. Set the \'ServerName\' directive globally to suppress this message\n');
    c.err('Syntax OK\n');
    return 0;
  }
  const tl = new Timeline(c);
  const ip = m.ctx.podIP ?? '10.244.1.5';
  const servername = `AH00558: httpd: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  tl.at(12).err(servername);
  tl.at(19).err(servername);
  const pid = m.mode === 'main' ? 1 : m.pid();
  tl.at(21).err(`[${apacheTime(tl.now(), tl.micro())}] [mpm_event:notice] [pid ${pid}:tid ${pid}] AH00489: Apache/${v.version} (Unix) configured -- resuming normal operations`);
  tl.err(`[${apacheTime(tl.now(), tl.micro())}] [core:notice] [pid ${pid}:tid ${pid}] AH00094: Command line: 'httpd -D FOREGROUND'`);
  m.listen(80, 'TCP', 0);
  m.setUsage(1, 7 * MiB);
  m.forever();
  return 0;
};

const httpdForeground: Tool = (c) => c.exec(['httpd', '-DFOREGROUND', ...c.argv.slice(1)], c.env);

function httpdServe(v: ImageVariant, ctx: ContainerContext, req: { path: string; method: string; port?: number; nowMs?: number }): HttpAnswer | null {
  if (req.port !== undefined && req.port !== 80) return null;
  const now = req.nowMs ?? ctx.startedAt;
  const server = `Apache/${v.version} (Unix)`;
  const root = '/usr/local/apache2/htdocs';
  const path = req.path.split('?')[0] ?? '/';
  const target = path.endsWith('/') ? `${path}index.html` : path;
  const written = ctx.files?.[`${root}${target}`];
  const mounted = written === DELETED_FILE ? undefined : written ?? ctx.mounts?.[`${root}${target}`];
  const body = mounted ?? (target === '/index.html' ? IT_WORKS : undefined);
  if (body === undefined) {
    const text = `<!DOCTYPE HTML PUBLIC "-//IETF//DTD HTML 2.0//EN">\n<html><head>\n<title>404 Not Found</title>\n</head><body>\n<h1>Not Found</h1>\n<p>The requested URL was not found on this server.</p>\n</body></html>\n`;
    return { status: 404, headers: [['Date', httpDate(now)], ['Server', server], ['Content-Length', String(text.length)], ['Content-Type', 'text/html; charset=iso-8859-1']], body: text };
  }
  const modified = mounted === undefined ? 'Mon, 11 Jun 2007 18:53:14 GMT' : httpDate(ctx.startedAt);
  const etag = mounted === undefined ? '"2d-432a5e4a73a80"' : `"${body.length.toString(16)}-${hexFromKey(`${ctx.podName}${target}`, 13)}"`;
  return {
    status: 200,
    headers: [['Date', httpDate(now)], ['Server', server], ['Last-Modified', modified], ['ETag', etag], ['Accept-Ranges', 'bytes'], ['Content-Length', String(body.length)], ['Content-Type', 'text/html']],
    body: req.method === 'HEAD' ? '' : body,
  };
}

export const httpdFamily: Family = {
  bins: () => ({ '/usr/local/bin/httpd-foreground': httpdForeground, '/usr/local/apache2/bin/httpd': httpd, '/usr/local/apache2/bin/apachectl': httpd }),
  files: () => ({ '/usr/local/apache2/htdocs/index.html': IT_WORKS, '/usr/local/apache2/conf/httpd.conf': '#\n# This is the main Apache HTTP server configuration file.\n#\nServerRoot "/usr/local/apache2"\nListen 80\nDocumentRoot "/usr/local/apache2/htdocs"\n' }),
  dirs: () => ['/usr/local/apache2/htdocs', '/usr/local/apache2/conf', '/usr/local/apache2/logs', '/usr/local/apache2/modules', '/usr/local/apache2/cgi-bin'],
  http: httpdServe,
  children: () => ['httpd -DFOREGROUND', 'httpd -DFOREGROUND', 'httpd -DFOREGROUND'],
};

// ---- redis ---------------------------------------------------------------------------------------

const REDIS_REPO = 'docker.io/library/redis';

function redisImage(): ImageInfo {
  const v = (version: string, alpine: boolean, released: string) => variant(REDIS_REPO, {
    tag: alpine ? `${version}-alpine` : version,
    version,
    os: alpine ? (version.startsWith('8.4') ? 'alpine-3.22' : 'alpine-3.21') : version.startsWith('8.4') ? 'debian-13' : 'debian-12',
    sizeMB: alpine ? 17.4 : version.startsWith('8') ? 52.3 : 45.2,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['redis-server'],
    env: [['GOSU_VERSION', '1.17'], ['REDIS_VERSION', version], ['REDIS_DOWNLOAD_URL', `http://download.redis.io/releases/redis-${version}.tar.gz`], ['REDIS_DOWNLOAD_SHA', hexFromKey(`redis-${version}`)]],
    workingDir: '/data',
    ports: [6379],
    released,
  });
  const builds: [string, string][] = [['7.2.12', '2025-10-03'], ['7.4.7', '2025-11-02'], ['8.2.3', '2025-11-02'], ['8.4.0', '2025-11-18']];
  const variants = builds.flatMap(([ver, rel]) => [v(ver, false, rel), v(ver, true, rel)]);
  return image(REDIS_REPO, 'redis', variants, {
    latest: '8.4.0', '8': '8.4.0', '8.4': '8.4.0', '8.2': '8.2.3', '7': '7.4.7', '7.4': '7.4.7', '7.2': '7.2.12',
    alpine: '8.4.0-alpine', '8-alpine': '8.4.0-alpine', '8.4-alpine': '8.4.0-alpine', '8.2-alpine': '8.2.3-alpine',
    '7-alpine': '7.4.7-alpine', '7.4-alpine': '7.4.7-alpine', '7.2-alpine': '7.2.12-alpine', bookworm: '8.2.3', trixie: '8.4.0',
  });
}

/** The redis image's docker-entrypoint.sh: options or a .conf file as first argument mean redis-server. */
const redisEntrypoint: Tool = (c) => {
  const args = c.argv.slice(1);
  const first = args[0] ?? '';
  const run = first.startsWith('-') || first.endsWith('.conf') ? ['redis-server', ...args] : args;
  return c.exec(run, c.env);
};

const redisServer: Tool = (c) => {
  const m = c.m;
  const v = m.variant;
  const args = c.argv.slice(1);
  if (args.includes('--version') || args.includes('-v')) {
    c.out(`Redis server v=${v.version} sha=00000000:1 malloc=jemalloc-5.3.0 bits=64 build=${hexFromKey(`redis-build-${v.version}`, 16)}\n`);
    return 0;
  }
  const tl = new Timeline(c);
  const pid = m.mode === 'main' ? 1 : m.pid();
  const port = Number(flagValue(args, '--port') ?? '6379');
  const line = (role: string, level: string, text: string): void => {
    tl.out(`${pid}:${role} ${redisTime(tl.now())} ${level} ${text}`);
  };
  tl.at(2);
  line('C', '#', "WARNING Memory overcommit must be enabled! Without it, a background save or replication may fail under low memory condition. Being disabled, it can also cause failures without low memory condition, see https://github.com/jemalloc/jemalloc/issues/1328. To fix this issue add 'vm.overcommit_memory = 1' to /etc/sysctl.conf and then reboot or run the command 'sysctl vm.overcommit_memory=1' for this to take effect.");
  line('C', '*', 'oO0OoO0OoO0Oo Redis is starting oO0OoO0OoO0Oo');
  line('C', '*', `Redis version=${v.version}, bits=64, commit=00000000, modified=${v.version.startsWith('8') ? 1 : 0}, pid=${pid}, just started`);
  if (args.length === 0) line('C', '#', 'Warning: no config file specified, using the default config. In order to specify a config file use redis-server /path/to/redis.conf');
  else line('C', '*', 'Configuration loaded');
  tl.at(3);
  line('M', '*', 'monotonic clock: POSIX clock_gettime');
  line('M', '*', `Running mode=standalone, port=${port}.`);
  if (v.version.startsWith('8')) {
    // Modelled: Redis 8 images load their bundled modules at start.
    line('M', '*', `<search> Redis version found by RedisSearch : ${v.version} - oss`);
    line('M', '*', '<timeseries> RedisTimeSeries version 80200, git_sha=unknown');
    line('M', '*', '<ReJSON> Created new data type \'ReJSON-RL\'');
    line('M', '*', '<bf> RedisBloom version 8.2.8 (Git=unknown)');
  }
  tl.at(5);
  line('M', '*', 'Server initialized');
  line('M', '*', 'Ready to accept connections tcp');
  m.listen(port, 'TCP', 0);
  m.setUsage(3, (v.version.startsWith('8') ? 9 : 4) * MiB);
  m.forever();
  return 0;
};

const redisCli: Tool = (c) => {
  const args = c.argv.slice(1);
  const v = c.m.variant;
  if (args.includes('--version') || args.includes('-v')) {
    c.out(`redis-cli ${v.version}\n`);
    return 0;
  }
  const host = flagValue(args, '-h') ?? '127.0.0.1';
  const port = flagValue(args, '-p') ?? '6379';
  const words: string[] = [];
  for (let i = 0; i < args.length; i++) {
    const a = args[i] ?? '';
    if (['-h', '-p', '-a', '-n', '--user', '--pass'].includes(a)) i++;
    else if (!a.startsWith('-')) words.push(a);
  }
  const local = ['127.0.0.1', 'localhost', c.m.hostname, c.m.ctx.podIP].includes(host);
  if (!local && !c.m.ctx.net?.resolve?.(host)) {
    c.out(`Could not connect to Redis at ${host}:${port}: Name or service not known\n`);
    return 1;
  }
  if (local && c.m.image.family !== 'redis') {
    c.out(`Could not connect to Redis at ${host}:${port}: Connection refused\n`);
    return 1;
  }
  const cmd = (words[0] ?? '').toLowerCase();
  // Modelled: the server keeps no data between commands.
  switch (cmd) {
    case '': return 0;
    case 'ping': c.out(`${words[1] ?? 'PONG'}\n`); return 0;
    case 'set': case 'mset': case 'flushall': case 'flushdb': c.out('OK\n'); return 0;
    case 'get': case 'keys': c.out('\n'); return 0;
    case 'dbsize': case 'exists': case 'del': case 'incr': c.out(cmd === 'incr' ? '1\n' : '0\n'); return 0;
    case 'info': c.out(`# Server\r\nredis_version:${v.version}\r\nredis_mode:standalone\r\nos:Linux ${c.m.ctx.kernel ?? '6.8.0-45-generic'} x86_64\r\ntcp_port:6379\r\n\r\n`); return 0;
    default: c.out(`ERR unknown command '${words[0] ?? ''}', with args beginning with: ${words.slice(1).map((w) => `'${w}' `).join('')}\n`); return 0;
  }
};

export const redisFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': redisEntrypoint,
    '/usr/local/bin/redis-server': redisServer,
    '/usr/local/bin/redis-cli': redisCli,
    '/usr/local/bin/gosu': (c) => c.exec(c.argv.slice(2), c.env),
  }),
  dirs: () => ['/data'],
};

// ---- memcached -------------------------------------------------------------------------------------

const MEMCACHED_REPO = 'docker.io/library/memcached';

function memcachedImage(): ImageInfo {
  const v = (alpine: boolean) => variant(MEMCACHED_REPO, {
    tag: alpine ? '1.6.39-alpine' : '1.6.39',
    version: '1.6.39',
    os: alpine ? 'alpine-3.22' : 'debian-13',
    sizeMB: alpine ? 4.5 : 30.1,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['memcached'],
    env: [['MEMCACHED_VERSION', '1.6.39'], ['MEMCACHED_URL', 'https://memcached.org/files/memcached-1.6.39.tar.gz'], ['MEMCACHED_SHA1', hexFromKey('memcached-1.6.39', 40)]],
    user: 'memcache',
    ports: [11211],
    released: '2025-07-28',
  });
  return image(MEMCACHED_REPO, 'memcached', [v(false), v(true)], {
    latest: '1.6.39', '1': '1.6.39', '1.6': '1.6.39', alpine: '1.6.39-alpine', '1-alpine': '1.6.39-alpine', '1.6-alpine': '1.6.39-alpine',
  });
}

const memcached: Tool = (c) => {
  if (c.argv.includes('-V') || c.argv.includes('--version')) {
    c.out(`memcached ${c.m.variant.version}\n`);
    return 0;
  }
  // memcached logs nothing unless run with -v.
  const port = Number(flagValue(c.argv, '-p', '--port') ?? '11211');
  c.m.sleep(3);
  c.m.listen(port, 'TCP', 0);
  c.m.setUsage(1, 2 * MiB);
  c.m.forever();
  return 0;
};

export const memcachedFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': (c) => {
      const args = c.argv.slice(1);
      return c.exec((args[0] ?? '').startsWith('-') ? ['memcached', ...args] : args, c.env);
    },
    '/usr/local/bin/memcached': memcached,
  }),
};

export function serverImages(): ImageInfo[] {
  return [httpdImage(), redisImage(), memcachedImage()];
}
