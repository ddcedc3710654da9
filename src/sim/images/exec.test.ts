import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { execInImage } from './exec';
import { T0, contextFor } from './testing';
import type { ContainerContext, ExecResult } from './types';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const nginx = contextFor('nginx:1.27');
const busybox = contextFor('busybox:1.36', { command: ['sleep', '3600'] });
/** The result without the files the command left (see the last test): what the learner sees. */
function output(r: ExecResult): ExecResult {
  if (r.kind !== 'ran' && r.kind !== 'forever') return r;
  const { files: _files, ...rest } = r;
  return rest;
}
const exec = (ctx: ContainerContext, ...argv: string[]): ExecResult => output(execInImage(ctx.image, ctx, argv, { nowMs: T0 + 60_000 }));
const ran = (stdout: string, stderr = '', exitCode = 0, durationMs = 0): ExecResult => ({ kind: 'ran', stdout, stderr, exitCode, durationMs });

describe('execInImage: one-shot commands', () => {
  it('nginx -v prints the version on stderr', () => {
    expect(exec(nginx, 'nginx', '-v')).toEqual(ran('', 'nginx version: nginx/1.27.5\n'));
    expect(exec(contextFor('nginx:1.29-alpine'), 'nginx', '-v')).toEqual(ran('', 'nginx version: nginx/1.29.4\n'));
    expect(exec(nginx, 'nginx', '-t')).toEqual(ran('', 'nginx: the configuration file /etc/nginx/nginx.conf syntax is ok\nnginx: configuration file /etc/nginx/nginx.conf test is successful\n'));
  });

  it('lists and prints the image files', () => {
    expect(exec(nginx, 'ls', '/usr/share/nginx/html')).toEqual(ran('50x.html\nindex.html\n'));
    expect(exec(nginx, 'ls', '/etc/nginx')).toEqual(ran('conf.d\nfastcgi_params\nmime.types\nmodules\nnginx.conf\nscgi_params\nuwsgi_params\n'));
    expect(exec(nginx, 'cat', '/etc/hostname')).toEqual(ran('web\n'));
    golden('nginx-default.conf', (exec(nginx, 'cat', '/etc/nginx/conf.d/default.conf') as { stdout: string }).stdout);
    golden('nginx.conf', (exec(nginx, 'cat', '/etc/nginx/nginx.conf') as { stdout: string }).stdout);
    golden('debian-os-release.txt', (exec(nginx, 'cat', '/etc/os-release') as { stdout: string }).stdout);
    expect((exec(contextFor('alpine:3.21'), 'cat', '/etc/os-release') as { stdout: string }).stdout).toBe(
      'NAME="Alpine Linux"\nID=alpine\nVERSION_ID=3.21.5\nPRETTY_NAME="Alpine Linux v3.21"\nHOME_URL="https://alpinelinux.org/"\nBUG_REPORT_URL="https://gitlab.alpinelinux.org/alpine/aports/-/issues"\n',
    );
    expect(exec(busybox, 'cat', '/etc/os-release')).toEqual(ran('', "cat: can't open '/etc/os-release': No such file or directory\n", 1));
    expect(exec(nginx, 'cat', '/nope')).toEqual(ran('', 'cat: /nope: No such file or directory\n', 1));
  });

  it('prints the environment as the runtime builds it (PATH, HOSTNAME, image env, container env, HOME)', () => {
    const c = contextFor('nginx:1.27', { env: { KUBERNETES_SERVICE_HOST: '10.96.0.1', APP: 'shop' } });
    expect(exec(c, 'env')).toEqual(ran([
      'PATH=/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin', 'HOSTNAME=web', 'NGINX_VERSION=1.27.5', 'NJS_VERSION=0.8.10',
      'NJS_RELEASE=1~bookworm', 'PKG_RELEASE=1~bookworm', 'DYNPKG_RELEASE=1~bookworm', 'KUBERNETES_SERVICE_HOST=10.96.0.1', 'APP=shop', 'HOME=/root', '',
    ].join('\n')));
    expect(exec(c, 'printenv', 'APP')).toEqual(ran('shop\n'));
    expect(exec(c, 'hostname')).toEqual(ran('web\n'));
  });

  it('answers tool questions of the server images', () => {
    expect(exec(contextFor('redis:7'), 'redis-cli', 'ping')).toEqual(ran('PONG\n'));
    expect(exec(contextFor('redis:7'), 'redis-cli', '--version')).toEqual(ran('redis-cli 7.4.7\n'));
    const mysql = contextFor('mysql:8.4', { env: { MYSQL_ROOT_PASSWORD: 'secret' } });
    expect(exec(mysql, 'mysql', '--version')).toEqual(ran('mysql  Ver 8.4.7 for Linux on x86_64 (MySQL Community Server - GPL)\n'));
    expect(exec(mysql, 'mysql', '-uroot', '-psecret', '-e', 'SHOW DATABASES;')).toEqual(ran(
      'Database\ninformation_schema\nmysql\nperformance_schema\nsys\n', 'mysql: [Warning] Using a password on the command line interface can be insecure.\n',
    ));
    expect(exec(mysql, 'mysql', '-uroot', '-pbad', '-e', 'SELECT 1')).toEqual(ran('',
      "mysql: [Warning] Using a password on the command line interface can be insecure.\nERROR 1045 (28000): Access denied for user 'root'@'localhost' (using password: YES)\n", 1));
    expect(exec(contextFor('postgres:17', { env: { POSTGRES_PASSWORD: 'x' } }), 'pg_isready')).toEqual(ran('/var/run/postgresql:5432 - accepting connections\n'));
    expect(exec(contextFor('python:3.13'), 'python3', '--version')).toEqual(ran('Python 3.13.11\n'));
    expect(exec(contextFor('node:22'), 'node', '-v')).toEqual(ran('v22.21.1\n'));
  });

  it('ps exists in BusyBox but not in Debian slim images', () => {
    expect(exec(busybox, 'ps')).toMatchObject({ kind: 'ran', stdout: expect.stringMatching(/^PID {3}USER {5}TIME {2}COMMAND\n {4}1 root {6}0:00 sleep 3600\n +\d+ root {6}0:00 ps\n$/) });
    expect(exec(nginx, 'ps').kind).toBe('startFailed');
  });

  it('curl from inside the pod reaches its own server', () => {
    const r = exec(nginx, 'curl', '-s', 'http://localhost');
    golden('nginx-welcome.html', (r as { stdout: string }).stdout);
    expect(exec(nginx, 'curl', '-s', 'localhost:8080')).toEqual(ran('', '', 7, 1));
    expect(exec(nginx, 'curl', '-sS', 'localhost:8080')).toEqual(ran('', "curl: (7) Failed to connect to localhost port 8080 after 0 ms: Couldn't connect to server\n", 7, 1));
    expect(exec(nginx, 'curl', '-s', '-o', '/dev/null', '-w', '%{http_code}', 'localhost/missing')).toEqual(ran('404', '', 0, 2));
  });
});

describe('execInImage: what cannot run', () => {
  it('an unknown binary: the runtime error kubectl prints (exit 1)', () => {
    const r = exec(nginx, 'x');
    expect(r).toMatchObject({
      kind: 'startFailed',
      message: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "x": executable file not found in $PATH: unknown',
    });
    expect(r.kind === 'startFailed' && r.kubectlMessage).toMatch(
      /^error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "[0-9a-f]{64}": OCI runtime exec failed: exec failed: unable to start container process: exec: "x": executable file not found in \$PATH: unknown$/,
    );
    expect(exec(busybox, '/bin/bash')).toMatchObject({ message: 'OCI runtime exec failed: exec failed: unable to start container process: exec: "/bin/bash": stat /bin/bash: no such file or directory: unknown' });
  });

  it('distroless system images have no shell at all', () => {
    const api = contextFor('registry.k8s.io/kube-apiserver:v1.35.0', { command: ['kube-apiserver'] });
    expect(exec(api, 'sh')).toMatchObject({ kind: 'startFailed', message: expect.stringContaining('exec: "sh": executable file not found in $PATH') });
  });

  it('an interactive shell is handed back with its prompt', () => {
    expect(exec(nginx, 'sh')).toEqual({ kind: 'shell', shell: 'sh', prompt: '# ' });
    expect(exec(nginx, 'bash')).toEqual({ kind: 'shell', shell: 'bash', prompt: 'root@web:/# ' });
    expect(exec(busybox, 'sh')).toEqual({ kind: 'shell', shell: 'sh', prompt: '/ # ' });
    expect(exec(contextFor('redis:7'), '/bin/bash')).toEqual({ kind: 'shell', shell: '/bin/bash', prompt: 'root@web:/data# ' });
  });

  it('a command that never ends returns what it printed so far', () => {
    expect(exec(busybox, 'tail', '-f', '/dev/null')).toEqual({ kind: 'forever', stdout: '', stderr: '' });
  });

  it('sees the files the main process wrote', () => {
    const r = execInImage(busybox.image, busybox, ['cat', '/data/out.txt'], { files: { '/data/out.txt': 'written\n' } });
    expect(output(r)).toEqual(ran('written\n'));
  });

  it('returns the files as the command left them: those it was given, its writes, deletions of the image\'s files', () => {
    const r = execInImage(busybox.image, busybox, ['sh', '-c', 'echo new > /data/new; rm /data/out.txt /etc/hostname; mkdir /d'], { files: { '/data/out.txt': 'written\n', '/kept': 'k' } });
    expect(r.kind === 'ran' ? [...(r.files ?? [])] : r).toEqual([['/kept', 'k'], ['/data/new', 'new\n'], ['/etc/hostname', '\u0000deleted\u0000'], ['/d/.keep', '']]);
  });
});
