/**
 * Images made for lessons. Kubedojo's own (texts are ours): `kubedojo/hello` (a web app answering
 * with its pod name and version; `:broken` crashes at start unless its config file is mounted),
 * `kubedojo/stress` (uses the CPU and memory it is told to: OOMKilled and HPA lessons) and
 * `kubedojo/crash` (exits after N seconds). Plus the images the Kubernetes docs use for the same
 * lessons: polinux/stress, registry.k8s.io/hpa-example and gcr.io/google-samples/hello-app.
 */
import type { Family, Tool } from '../machine';
import { parseDuration } from '../tools/coreutils';
import { MiB, Timeline, flagValue } from '../programs/timeline';
import { apacheTime, httpDate, strftime } from '../time-format';
import type { ContainerContext, HttpAnswer, HttpRequest, ImageInfo } from '../types';
import { image, variant } from './build';

/** Kubernetes-style quantities for our CLIs: 250Mi, 1Gi, 256M, 500m (CPU), 2 (CPUs). */
export function parseBytes(q: string): number {
  const m = /^(\d+(?:\.\d+)?)([KMGT]i?|[kmgt]|B)?$/i.exec(q.trim());
  if (!m) return NaN;
  const n = Number(m[1]);
  const unit = m[2] ?? '';
  const pow: Record<string, number> = { K: 1, M: 2, G: 3, T: 4 };
  const p = pow[(unit[0] ?? '').toUpperCase()] ?? 0;
  if (unit.toUpperCase() === 'B' || unit === '') return n;
  return Math.round(n * (unit.endsWith('i') ? 1024 : 1000) ** p);
}

function parseCpu(q: string): number {
  return q.endsWith('m') ? Number(q.slice(0, -1)) : Number(q) * 1000;
}

function goLog(ms: number): string {
  return strftime(ms, '%Y/%m/%d %H:%M:%S');
}

function plain(status: number, body: string, req: HttpRequest, ctx: ContainerContext, type = 'text/plain; charset=utf-8'): HttpAnswer {
  return { status, headers: [['Date', httpDate(req.nowMs ?? ctx.startedAt)], ['Content-Length', String(body.length)], ['Content-Type', type]], body };
}

// ---- kubedojo/hello --------------------------------------------------------------------------------

const HELLO_REPO = 'docker.io/kubedojo/hello';
const HELLO_CONFIG = '/etc/hello/config.yaml';

const hello: Tool = (c) => {
  const m = c.m;
  const version = m.variant.version;
  const port = Number(c.env.get('PORT') ?? '8080');
  const tl = new Timeline(c);
  tl.at(8);
  if (version === 'broken') {
    tl.err(`${goLog(tl.now())} hello: loading configuration from ${HELLO_CONFIG}`);
    if (m.ctx.mounts?.[HELLO_CONFIG] === undefined) {
      tl.at(310).err(`${goLog(tl.now())} hello: fatal: open ${HELLO_CONFIG}: no such file or directory`);
      return 1;
    }
  }
  tl.at(12).err(`${goLog(tl.now())} hello ${version} listening on :${port} (pod ${m.hostname})`);
  m.listen(port, 'TCP', 0);
  m.setUsage(1, 6 * MiB);
  m.forever();
  return 0;
};

function helloHttp(v: { version: string }, ctx: ContainerContext, req: HttpRequest): HttpAnswer | null {
  const port = Number(ctx.env.PORT ?? '8080');
  if (req.port !== undefined && req.port !== port) return null;
  if (v.version === 'broken' && ctx.mounts?.[HELLO_CONFIG] === undefined) return null;
  const path = req.path.split('?')[0] ?? '/';
  if (path === '/healthz' || path === '/readyz') return plain(200, 'ok\n', req, ctx);
  if (path === '/version') return plain(200, `${v.version}\n`, req, ctx);
  if (path !== '/') return plain(404, '404 page not found\n', req, ctx);
  const greeting = ctx.env.GREETING ?? 'Hello';
  return plain(200, `${greeting} from ${ctx.hostname ?? ctx.podName} (version ${v.version})\n`, req, ctx);
}

// ---- kubedojo/stress ------------------------------------------------------------------------------

/**
 * kubedojo/stress [--cpu 500m] [--memory 200Mi] [--leak 10Mi/s] [--duration 60s]
 * (or env CPU, MEMORY, LEAK, DURATION). Memory above the limit is OOMKilled (exit 137).
 */
const kdStress: Tool = (c) => {
  const m = c.m;
  const arg = (flag: string, env: string): string | undefined => flagValue(c.argv, flag) ?? c.env.get(env) ?? c.env.get(`STRESS_${env}`);
  const cpu = parseCpu(arg('--cpu', 'CPU') ?? '0') || 0;
  const memory = parseBytes(arg('--memory', 'MEMORY') ?? '0') || 0;
  const leakText = arg('--leak', 'LEAK');
  const leak = leakText ? parseBytes(leakText.replace(/\/s$/, '')) || 0 : 0;
  const duration = parseDuration(arg('--duration', 'DURATION') ?? 'infinity');
  const tl = new Timeline(c);
  tl.at(5).out(`stress: pid 1, cpu ${cpu}m, memory ${Math.round(memory / MiB)}Mi${leak ? `, leaking ${Math.round(leak / MiB)}Mi/s` : ''}`);
  const limit = m.ctx.limits.memoryBytes;
  const base = 3 * MiB;
  if (limit !== undefined && base + memory > limit) {
    tl.at(900);
    m.end(137, 'OOMKilled');
    return 137;
  }
  const cpuUsed = Math.min(cpu || 1, m.ctx.limits.cpuMilli ?? Infinity);
  m.setUsage(cpuUsed, base + memory, leak || undefined);
  tl.at(400).out(`stress: allocated ${Math.round(memory / MiB)}Mi`);
  if (Number.isFinite(duration)) {
    tl.at(duration * 1000).out(`stress: done after ${duration}s`);
    return 0;
  }
  m.forever();
  return 0;
};

// ---- kubedojo/crash -------------------------------------------------------------------------------

/** kubedojo/crash [--after 5s] [--code 1] [--message TEXT]  (env CRASH_AFTER, EXIT_CODE, MESSAGE). */
const crash: Tool = (c) => {
  const after = parseDuration(flagValue(c.argv, '--after') ?? c.env.get('CRASH_AFTER') ?? '5');
  const code = Number(flagValue(c.argv, '--code') ?? c.env.get('EXIT_CODE') ?? '1');
  const message = flagValue(c.argv, '--message') ?? c.env.get('MESSAGE') ?? 'something went wrong';
  const tl = new Timeline(c);
  tl.at(5).out(`${goLog(tl.now())} crash: started, exiting with code ${code} in ${after}s`);
  c.m.setUsage(1, 2 * MiB);
  tl.at(after * 1000).err(`${goLog(tl.now())} crash: ${message}`);
  return code;
};

// ---- polinux/stress ---------------------------------------------------------------------------------

/** stress(1) 1.0.4: the tool of the docs' memory-limit example (`--vm 1 --vm-bytes 250M --vm-hang 1`). */
const stress: Tool = (c) => {
  const m = c.m;
  const args = c.argv.slice(1);
  const pid = m.mode === 'main' && c.argv[0] !== undefined ? 1 : m.pid();
  const num = (flags: string[]): number => Number(flagValue(args, ...flags) ?? '0') || 0;
  const cpu = num(['--cpu', '-c']);
  const io = num(['--io', '-i']);
  const vm = num(['--vm', '-m']);
  const hdd = num(['--hdd', '-d']);
  if (!cpu && !io && !vm && !hdd) {
    c.out("`stress' imposes certain types of compute stress on your system\n\nUsage: stress [OPTION [ARG]] ...\n -?, --help         show this help statement\n     --version      show version statement\n -v, --verbose      be verbose\n -q, --quiet        be quiet\n -n, --dry-run      show what would have been done\n -t, --timeout N    timeout after N seconds\n     --backoff N    wait factor of N microseconds before work starts\n -c, --cpu N        spawn N workers spinning on sqrt()\n -i, --io N         spawn N workers spinning on sync()\n -m, --vm N         spawn N workers spinning on malloc()/free()\n     --vm-bytes B   malloc B bytes per vm worker (default is 256MB)\n     --vm-stride B  touch a byte every B bytes (default is 4096)\n     --vm-hang N    sleep N secs before free (default none, 0 is inf)\n     --vm-keep      redirty memory instead of freeing and reallocating\n -d, --hdd N        spawn N workers spinning on write()/unlink()\n     --hdd-bytes B  write B bytes per hdd worker (default is 1GB)\n\nExample: stress --cpu 8 --io 4 --vm 2 --vm-bytes 128M --timeout 10s\n\nNote: Numbers may be suffixed with s,m,h,d,y (time) or B,K,M,G (size).\n");
    return 0;
  }
  const tl = new Timeline(c);
  tl.at(2).out(`stress: info: [${pid}] dispatching hogs: ${cpu} cpu, ${io} io, ${vm} vm, ${hdd} hdd`);
  const bytes = parseBytes((flagValue(args, '--vm-bytes') ?? '256M').toUpperCase().replace(/B$/, '').replace(/([KMG])$/, '$1i')) || 256 * MiB;
  const memory = 1 * MiB + vm * bytes;
  const limit = m.ctx.limits.memoryBytes;
  if (vm && limit !== undefined && memory > limit) {
    // The cgroup OOM killer ends the whole container (memory.oom.group) while the worker allocates.
    tl.at(1400 + Math.round((bytes / MiB) * 2));
    m.end(137, 'OOMKilled');
    return 137;
  }
  m.setUsage(Math.min(cpu * 1000 || 1, m.ctx.limits.cpuMilli ?? Infinity) + (vm ? Math.min(200, m.ctx.limits.cpuMilli ?? 200) : 0), memory);
  const timeout = flagValue(args, '--timeout', '-t');
  if (timeout) {
    const s = parseDuration(timeout);
    tl.at(s * 1000).out(`stress: info: [${pid}] successful run completed in ${Math.round(s)}s`);
    return 0;
  }
  m.forever();
  return 0;
};

// ---- registry.k8s.io/hpa-example (php-apache) ------------------------------------------------------

const phpApache: Tool = (c) => {
  const m = c.m;
  const tl = new Timeline(c);
  const ip = m.ctx.podIP ?? '10.244.1.5';
  const msg = `AH00558: apache2: Could not reliably determine the server's fully qualified domain name, using ${ip}. Set the 'ServerName' directive globally to suppress this message`;
  tl.at(30).err(msg);
  tl.at(38).err(msg);
  tl.at(41).err(`[${apacheTime(tl.now(), tl.micro())}] [mpm_prefork:notice] [pid 1] AH00163: Apache/2.4.10 (Debian) PHP/5.6.40 configured -- resuming normal operations`);
  tl.err(`[${apacheTime(tl.now(), tl.micro())}] [core:notice] [pid 1] AH00094: Command line: 'apache2 -D FOREGROUND'`);
  m.listen(80, 'TCP', 0);
  m.setUsage(1, 11 * MiB);
  m.forever();
  return 0;
};

// ---- gcr.io/google-samples/hello-app --------------------------------------------------------------

const helloApp: Tool = (c) => {
  const port = Number(c.env.get('PORT') ?? '8080');
  const tl = new Timeline(c);
  tl.at(6).err(`${goLog(tl.now())} Server listening on port ${port}`);
  c.m.listen(port, 'TCP', 0);
  c.m.setUsage(1, 4 * MiB);
  c.m.forever();
  return 0;
};

export const teachingFamilies: Record<string, Family> = {
  'kubedojo-hello': {
    bins: () => ({ '/usr/local/bin/hello': hello }),
    http: helloHttp,
    dirs: () => ['/etc/hello'],
  },
  'kubedojo-stress': { bins: () => ({ '/usr/local/bin/stress': kdStress }) },
  'kubedojo-crash': { bins: () => ({ '/usr/local/bin/crash': crash }) },
  'polinux-stress': { bins: () => ({ '/usr/local/bin/stress': stress, '/usr/bin/stress': stress }) },
  'hpa-example': {
    bins: () => ({ '/usr/local/bin/apache2-foreground': phpApache }),
    // index.php burns CPU (a loop of sqrt calls) and answers "OK!"; the metrics side charges
    // `cpuMsPerRequest` of CPU for every request it routes here.
    http: (_v, ctx, req) => (req.port === undefined || req.port === 80 ? plain(200, 'OK!', req, ctx, 'text/html; charset=UTF-8') : null),
  },
  'hello-app': {
    bins: () => ({ '/hello-app': helloApp }),
    http: (v, ctx, req) => {
      const port = Number(ctx.env.PORT ?? '8080');
      if (req.port !== undefined && req.port !== port) return null;
      return plain(200, `Hello, world!\nVersion: ${v.version}\nHostname: ${ctx.hostname ?? ctx.podName}\n`, req, ctx);
    },
  },
};

export function teachingImages(): ImageInfo[] {
  const hv = (tag: string) => variant(HELLO_REPO, { tag, version: tag, os: 'busybox', sizeMB: 7.8, entrypoint: ['/usr/local/bin/hello'], env: [['PORT', '8080']], ports: [8080], released: '2025-09-01' });
  const helloImg = image(HELLO_REPO, 'kubedojo-hello', [hv('1.0'), hv('2.0'), hv('3.0'), hv('broken')], { latest: '3.0' });
  const sRepo = 'docker.io/kubedojo/stress';
  const stressImg = image(sRepo, 'kubedojo-stress', [variant(sRepo, { tag: '1.0', version: '1.0', os: 'busybox', sizeMB: 5.1, entrypoint: ['/usr/local/bin/stress'], released: '2025-09-01' })], { latest: '1.0' });
  const cRepo = 'docker.io/kubedojo/crash';
  const crashImg = image(cRepo, 'kubedojo-crash', [variant(cRepo, { tag: '1.0', version: '1.0', os: 'busybox', sizeMB: 4.9, entrypoint: ['/usr/local/bin/crash'], released: '2025-09-01' })], { latest: '1.0' });
  const pRepo = 'docker.io/polinux/stress';
  const polinux = image(pRepo, 'polinux-stress', [variant(pRepo, { tag: '1.0.4', version: '1.0.4', os: 'alpine-3.19', sizeMB: 4.1, cmd: ['/usr/local/bin/stress'], released: '2016-02-22' })], { latest: '1.0.4' });
  const hRepo = 'registry.k8s.io/hpa-example';
  const hpa = image(hRepo, 'hpa-example', [variant(hRepo, { tag: 'latest', version: '1.0', os: 'debian-12', sizeMB: 137.4, cmd: ['apache2-foreground'], ports: [80], released: '2019-02-01', facts: { cpuMsPerRequest: '150' } })]);
  const aRepo = 'gcr.io/google-samples/hello-app';
  const helloApp = image(aRepo, 'hello-app', [
    variant(aRepo, { tag: '1.0', version: '1.0.0', os: 'alpine-3.20', sizeMB: 10.8, cmd: ['/hello-app'], ports: [8080], released: '2018-05-01' }),
    variant(aRepo, { tag: '2.0', version: '2.0.0', os: 'alpine-3.20', sizeMB: 10.8, cmd: ['/hello-app'], ports: [8080], released: '2018-05-01' }),
  ]);
  return [helloImg, stressImg, crashImg, polinux, hpa, helloApp];
}
