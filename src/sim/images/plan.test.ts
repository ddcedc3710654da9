import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { containerLogsAt } from './logs';
import { planContainer } from './plan';
import { MiB, T0, contextFor } from './testing';
import type { ContainerContext } from './types';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function logs(ctx: ContainerContext, atMs: number, opts: { tail?: number; timestamps?: boolean } = {}): string {
  return containerLogsAt(planContainer(ctx), ctx, atMs, opts).text;
}

describe('planContainer: nginx', () => {
  const ctx = contextFor('nginx:1.27');
  const plan = planContainer(ctx);

  it('runs the entrypoint scripts then nginx, listening on 80 within milliseconds', () => {
    expect(plan.argv).toEqual(['/docker-entrypoint.sh', 'nginx', '-g', 'daemon off;']);
    expect(plan.exit).toBeUndefined();
    expect(plan.listens).toEqual([{ port: 80, protocol: 'TCP' }]);
    expect(plan.readyAtMs).toBeGreaterThan(0);
    expect(plan.readyAtMs).toBeLessThan(100);
  });

  it('logs what the real image prints at start', () => {
    golden('nginx-start.txt', logs(ctx, 60_000));
    golden('nginx-start-timestamps.txt', logs(ctx, 60_000, { timestamps: true }));
  });

  it('serialises to JSON and back unchanged', () => {
    expect(JSON.parse(JSON.stringify(plan))).toEqual(plan);
  });

  it('is deterministic', () => {
    expect(planContainer(contextFor('nginx:1.27'))).toEqual(plan);
  });

  it('starts one worker per node CPU, alpine builds with their own banner', () => {
    const alpine = contextFor('nginx:1.27-alpine', { nodeCpus: 4 });
    golden('nginx-alpine-start.txt', logs(alpine, 1000));
  });

  it('daemonises without "daemon off;": the container completes at once', () => {
    const p = planContainer(contextFor('nginx:1.27', { command: ['nginx'] }));
    expect(p.exit).toMatchObject({ code: 0, reason: 'Completed' });
    expect(p.logs).toEqual([]);
  });

  it('fails on a mounted configuration with an unknown upstream host', () => {
    const c = contextFor('nginx:1.28', {
      mounts: { '/etc/nginx/conf.d/default.conf': 'server {\n    listen 80;\n    location / {\n        proxy_pass http://backend:8080;\n    }\n}\n' },
      net: { resolve: () => null },
    });
    expect(planContainer(c).exit).toMatchObject({ code: 1, reason: 'Error' });
    golden('nginx-bad-upstream.txt', logs(c, 1000));
  });
});

describe('planContainer: databases without their required settings', () => {
  it('mysql without a root password option prints the entrypoint error and exits 1', () => {
    const c = contextFor('mysql:8.4');
    const p = planContainer(c);
    expect(p.exit).toMatchObject({ code: 1, reason: 'Error' });
    expect(p.exit?.atMs).toBeLessThan(1000);
    golden('mysql-no-password.txt', logs(c, 5000));
  });

  it('postgres without POSTGRES_PASSWORD likewise', () => {
    const c = contextFor('postgres:17');
    expect(planContainer(c).exit).toMatchObject({ code: 1, reason: 'Error' });
    golden('postgres-no-password.txt', logs(c, 5000));
  });

  it('mysql with a password initialises and listens on 3306 after ~13 s', () => {
    const c = contextFor('mysql:8.4', { env: { MYSQL_ROOT_PASSWORD: 'secret', MYSQL_DATABASE: 'shop' } });
    const p = planContainer(c);
    expect(p.exit).toBeUndefined();
    expect(p.listens.map((l) => l.port)).toEqual([3306, 33060]);
    expect(p.readyAtMs).toBeGreaterThan(10_000);
    expect(p.readyAtMs).toBeLessThan(20_000);
    golden('mysql-start.txt', logs(c, 60_000));
  });

  it('mysql under a 256Mi limit is OOMKilled while initialising', () => {
    const p = planContainer(contextFor('mysql:8.4', { env: { MYSQL_ROOT_PASSWORD: 'x' }, limits: { memoryBytes: 256 * MiB } }));
    expect(p.exit).toMatchObject({ code: 137, reason: 'OOMKilled' });
  });
});

describe('planContainer: Jobs and one-shot commands', () => {
  it('the pi Job prints 2000 digits of pi and completes after ~7 s', () => {
    const c = contextFor('perl:5.34.0', { command: ['perl', '-Mbignum=bpi', '-wle', 'print bpi(2000)'] });
    const p = planContainer(c);
    expect(p.exit).toMatchObject({ code: 0, reason: 'Completed' });
    expect(p.exit?.atMs).toBeGreaterThanOrEqual(5000);
    expect(p.exit?.atMs).toBeLessThanOrEqual(10_000);
    const text = logs(c, 60_000);
    expect(text.length).toBe(2002);
    golden('pi-job.txt', text);
    expect(logs(c, 1000)).toBe('');
  });

  it.each([
    [['sleep', '3600'], { atMs: 3_600_000, code: 0, reason: 'Completed' }],
    [['sh', '-c', 'echo hi; sleep 5'], { atMs: 5000, code: 0, reason: 'Completed' }],
    [['sh', '-c', 'exit 1'], { atMs: 0, code: 1, reason: 'Error' }],
    [['false'], { atMs: 0, code: 1, reason: 'Error' }],
    [['true'], { atMs: 0, code: 0, reason: 'Completed' }],
    [['sh', '-c', 'sleep 2; exit 3'], { atMs: 2000, code: 3, reason: 'Error' }],
  ])('%j exits as %j', (command, exit) => {
    expect(planContainer(contextFor('busybox:1.36', { command })).exit).toEqual(exit);
  });

  it('runs forever on `sleep infinity` and `tail -f /dev/null`', () => {
    for (const command of [['sleep', 'infinity'], ['tail', '-f', '/dev/null'], ['sh', '-c', 'sleep 10 && sleep infinity']]) {
      expect(planContainer(contextFor('busybox:1.36', { command })).exit).toBeUndefined();
    }
  });

  it('busybox with its default command (sh without a terminal) completes at once; with stdin it waits', () => {
    expect(planContainer(contextFor('busybox:1.36')).exit).toEqual({ atMs: 0, code: 0, reason: 'Completed' });
    expect(planContainer(contextFor('busybox:1.36', { stdin: true, tty: true })).exit).toBeUndefined();
  });

  it('prints what simple commands print', () => {
    const out = (command: string[], env: Record<string, string> = {}): string => logs(contextFor('busybox:1.36', { command, env, hostname: 'web' }), 10);
    expect(out(['echo', 'hello'])).toBe('hello\n');
    expect(out(['cat', '/etc/hostname'])).toBe('web\n');
    expect(out(['printenv', 'FOO'], { FOO: 'bar' })).toBe('bar\n');
    expect(out(['date'])).toBe('Wed Jan 15 10:20:30 UTC 2025\n');
    expect(out(['ls'])).toBe('bin\ndev\netc\nhome\nlib\nlib64\nproc\nroot\nsys\ntmp\nusr\nvar\n');
    expect(out(['env'], { GREETING: 'hi' })).toBe('PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin\nHOSTNAME=web\nGREETING=hi\nHOME=/root\n');
    expect(out(['sh', '-c', 'echo hi; echo oops >&2'])).toBe('hi\noops\n');
  });

  it('expands $(VAR) in command and args from the container env', () => {
    const c = contextFor('busybox:1.36', { command: ['echo', '$(GREETING) from $(POD)', '$$(GREETING)'], env: { GREETING: 'hello', POD: 'web' } });
    expect(planContainer(c).argv).toEqual(['echo', 'hello from web', '$(GREETING)']);
    expect(logs(c, 10)).toBe('hello from web $(GREETING)\n');
  });

  it('args alone go to the image ENTRYPOINT; command replaces it', () => {
    expect(planContainer(contextFor('nginx:1.27', { args: ['nginx-debug', '-g', 'daemon off;'] })).argv).toEqual(['/docker-entrypoint.sh', 'nginx-debug', '-g', 'daemon off;']);
    expect(planContainer(contextFor('nginx:1.27', { command: ['sleep'], args: ['10'] })).argv).toEqual(['sleep', '10']);
    expect(planContainer(contextFor('redis:7', { args: ['--port', '7000'] })).listens).toEqual([{ port: 7000, protocol: 'TCP' }]);
  });
});

describe('planContainer: endless loops become periodic logs', () => {
  const counter = contextFor('busybox:1.28', { command: ['/bin/sh', '-c', 'i=0; while true; do echo "$i: $(date)"; i=$((i+1)); sleep 1; done'] });
  const plan = planContainer(counter);

  it('describes the loop instead of unrolling it', () => {
    expect(plan.exit).toBeUndefined();
    expect(plan.logs.length).toBeLessThanOrEqual(3);
    expect(plan.periodic).toEqual({
      startMs: 3000,
      everyMs: 1000,
      lines: [{ offsetMs: 0, stream: 'stdout', parts: [{ counter: { start: 3, step: 1 } }, ': ', { date: { format: '%a %b %e %H:%M:%S %Z %Y', offsetMs: 0 } }] }],
    });
    expect(JSON.stringify(plan).length).toBeLessThan(1000);
  });

  it('prints the counter and the date of every iteration', () => {
    golden('while-loop.txt', logs(counter, 10_500));
  });

  it('answers --tail after ten days without unrolling ten days', () => {
    const tenDays = 10 * 24 * 3600 * 1000;
    golden('while-loop-tail.txt', logs(counter, tenDays, { tail: 3, timestamps: true }));
    expect(containerLogsAt(plan, counter, tenDays).lines.length).toBe(10_000);
  });

  it('handles the `$(date)` loop of the docs and `while sleep N`', () => {
    const c = contextFor('busybox:1.36', { command: ['/bin/sh', '-c', 'while true; do echo $(date); sleep 5; done'] });
    expect(logs(c, 16_000)).toBe([30, 35, 40, 45].map((s) => `Wed Jan 15 10:20:${s} UTC 2025\n`).join(''));
    const s = contextFor('busybox:1.36', { command: ['sh', '-c', 'while sleep 2; do echo tick; done'] });
    expect(logs(s, 7000)).toBe('tick\ntick\ntick\n');
  });
});

describe('planContainer: start failures', () => {
  it('an unknown executable is a StartError with exit code 128', () => {
    expect(planContainer(contextFor('busybox:1.36', { command: ['foo'] })).exit).toEqual({
      atMs: 0,
      code: 128,
      reason: 'StartError',
      message: 'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "foo": executable file not found in $PATH: unknown',
    });
    expect(planContainer(contextFor('busybox:1.36', { command: ['/bin/bash', '-c', 'echo hi'] })).exit?.message).toBe(
      'failed to create containerd task: failed to create shim task: OCI runtime create failed: runc create failed: unable to start container process: error during container init: exec: "/bin/bash": stat /bin/bash: no such file or directory: unknown',
    );
  });

  it('an unknown command inside a shell is the shell\'s "not found" (exit 127)', () => {
    const c = contextFor('busybox:1.36', { command: ['sh', '-c', 'foo'] });
    expect(planContainer(c).exit).toMatchObject({ code: 127, reason: 'Error' });
    expect(logs(c, 10)).toBe('sh: foo: not found\n');
    expect(logs(contextFor('nginx:1.27', { command: ['/bin/sh', '-c', 'foo'] }), 10)).toBe('/bin/sh: 1: foo: not found\n');
    expect(logs(contextFor('ubuntu', { command: ['bash', '-c', 'echo ok; foo'] }), 10)).toBe('ok\nbash: line 1: foo: command not found\n');
  });
});

describe('planContainer: memory limits', () => {
  it('stress above the memory limit is OOMKilled with exit code 137', () => {
    const c = contextFor('polinux/stress', { command: ['stress'], args: ['--vm', '1', '--vm-bytes', '250M', '--vm-hang', '1'], limits: { memoryBytes: 100 * MiB } });
    const p = planContainer(c);
    expect(p.exit).toMatchObject({ code: 137, reason: 'OOMKilled' });
    expect(p.exit?.atMs).toBeGreaterThan(500);
    expect(p.exit?.atMs).toBeLessThan(3000);
    expect(logs(c, 10_000)).toBe('stress: info: [1] dispatching hogs: 0 cpu, 0 io, 1 vm, 0 hdd\n');
  });

  it('stress within the limit keeps running and uses what it allocated', () => {
    const p = planContainer(contextFor('polinux/stress', { command: ['stress'], args: ['--vm', '1', '--vm-bytes', '150M', '--vm-hang', '1'], limits: { memoryBytes: 200 * MiB } }));
    expect(p.exit).toBeUndefined();
    expect(p.usage.memoryBytes).toBe(151 * MiB);
  });

  it('a leak reaches the limit and is OOMKilled when it crosses', () => {
    const p = planContainer(contextFor('kubedojo/stress', { args: ['--memory', '100Mi', '--leak', '10Mi/s'], limits: { memoryBytes: 200 * MiB } }));
    expect(p.usage.growth).toEqual({ bytesPerSecond: 10 * MiB });
    expect(p.exit).toMatchObject({ code: 137, reason: 'OOMKilled' });
    expect(p.exit?.atMs).toBe(10_100);
  });

  it('CPU use is capped at the CPU limit', () => {
    const p = planContainer(contextFor('kubedojo/stress', { args: ['--cpu', '900m'], limits: { cpuMilli: 500 } }));
    expect(p.usage.cpuMilli).toBe(500);
  });
});

describe('planContainer: lesson images', () => {
  it('kubedojo/hello answers on 8080; :broken crashes unless its config is mounted', () => {
    expect(planContainer(contextFor('kubedojo/hello:1.0')).listens).toEqual([{ port: 8080, protocol: 'TCP' }]);
    const broken = contextFor('kubedojo/hello:broken');
    expect(planContainer(broken).exit).toMatchObject({ code: 1, reason: 'Error' });
    golden('hello-broken.txt', logs(broken, 5000));
    expect(planContainer(contextFor('kubedojo/hello:broken', { mounts: { '/etc/hello/config.yaml': 'greeting: hi\n' } })).exit).toBeUndefined();
  });

  it('kubedojo/crash exits after the time it is told', () => {
    expect(planContainer(contextFor('kubedojo/crash', { args: ['--after', '30s', '--code', '2'] })).exit).toEqual({ atMs: 30_000, code: 2, reason: 'Error' });
  });

  it('the HPA load generator loop is periodic and reports its request rate', () => {
    const c = contextFor('busybox:1.28', {
      command: ['/bin/sh', '-c', 'while sleep 0.01; do wget -q -O- http://php-apache; done'],
      net: { http: () => ({ status: 200, headers: [], body: 'OK!' }), resolve: () => ({ name: 'php-apache.default.svc.cluster.local', addresses: ['10.96.0.20'] }) },
    });
    const p = planContainer(c);
    expect(p.exit).toBeUndefined();
    expect(p.outbound).toEqual([{ url: 'http://php-apache', perSecond: 83.33 }]);
  });

  it('starts every kube-system component and keeps it running', () => {
    for (const [ref, command, port] of [
      ['registry.k8s.io/etcd:3.6.6-0', ['etcd', '--name=controlplane'], 2379],
      ['registry.k8s.io/kube-apiserver:v1.35.0', ['kube-apiserver', '--secure-port=6443'], 6443],
      ['registry.k8s.io/kube-scheduler:v1.35.0', ['kube-scheduler'], 10259],
      ['registry.k8s.io/kube-controller-manager:v1.35.0', ['kube-controller-manager'], 10257],
      ['registry.k8s.io/kube-proxy:v1.35.0', ['/usr/local/bin/kube-proxy', '--config=/var/lib/kube-proxy/config.conf'], 10256],
      ['registry.k8s.io/coredns/coredns:v1.13.1', undefined, 53],
      ['registry.k8s.io/pause:3.10.1', undefined, undefined],
    ] as const) {
      const p = planContainer(contextFor(ref, command ? { command: [...command] } : {}));
      expect(p.exit, ref).toBeUndefined();
      if (port) expect(p.listens.some((l) => l.port === port), ref).toBe(true);
    }
  });

  it('keeps the files a script wrote (an init container preparing a volume)', () => {
    const p = planContainer(contextFor('busybox:1.36', { command: ['sh', '-c', 'echo "<h1>Hi</h1>" > /work-dir/index.html'], mounts: { '/work-dir/.keep': '' } }));
    expect(p.files).toEqual({ '/work-dir/index.html': '<h1>Hi</h1>\n' });
  });
});

describe('planContainer at a virtual time', () => {
  it('timestamps use the container start', () => {
    expect(logs(contextFor('busybox:1.36', { command: ['date'], startedAt: T0 + 3_600_000 }), 10)).toBe('Wed Jan 15 11:20:30 UTC 2025\n');
  });
});
