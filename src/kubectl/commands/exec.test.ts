// kubectl exec on a live simulated cluster: commands run in the container's image (their output,
// their exit status as kubectl's), the container choice, the errors of kubectl, the API server and
// the runtime, stdin and terminals, and `exec -it … sh` handing an interactive shell to the host.
// The transcript is compared whole with __golden__/exec.txt (UPDATE_GOLDEN=1 rewrites it).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create, deployment, liveCluster, pod, Transcript } from './node-debug-fixture';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('kubectl exec on a live cluster', () => {
  it('runs commands in containers as kubectl does', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(
      c,
      pod('web', [['nginx', 'nginx:1.27']]),
      pod('two', [['web', 'nginx:1.27'], ['box', 'busybox:1.36', 'sleep 3600']]),
      pod('done', [['c', 'busybox:1.36', 'echo done']], { restartPolicy: 'Never' }),
      pod('nowhere', [['c', 'nginx:1.27']], { nodeSelector: { disk: 'none' } }),
      deployment('api', 'nginx:1.27', 2),
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'api', namespace: 'default' }, spec: { selector: { app: 'api' }, ports: [{ port: 80 }] } },
    );
    t.kubectl('exec web -- hostname');
    t.advance(20_000);
    t.kubectl('exec web -- cat /etc/hostname');
    t.kubectl('exec web -- ls /nope');
    t.kubectl('exec web -- nope');
    t.kubectl('exec web ls');
    t.kubectl('exec web');
    t.kubectl('exec -- ls');
    t.kubectl('exec nope -- ls');
    t.kubectl('exec two -- hostname');
    t.kubectl('exec two -q -- hostname');
    t.kubectl('exec two -c nope -- ls');
    t.kubectl("exec two -c box -- sh -c 'echo out; echo err >&2; exit 4'");
    t.kubectl('exec -i two -c box -- cat', { stdin: 'hello from stdin\n' });
    t.kubectl("exec -it two -c box -- sh -c 'echo out; echo err >&2'");
    t.kubectl('exec -it web -- ls /usr/share/nginx/html', { stdin: '' });
    t.kubectl('exec deploy/api -- hostname');
    t.kubectl('exec svc/api -- hostname');
    t.kubectl('exec done -- ls');
    t.kubectl('exec nowhere -- ls');
    t.kubectl('exec web --pod-running-timeout=0s -- ls');
    t.note('a command that never ends runs until Ctrl-C, or the headless watch limit');
    t.kubectl("exec two -c box -- sh -c 'echo started; tail -f /dev/null'", { ctrlCAfterMs: 3_000 });
    t.kubectl("exec two -c box -- sh -c 'echo started; tail -f /dev/null'", { watchLimitMs: 2_000 });
    t.note('an interactive shell is opened by the host, not run here');
    t.kubectl('exec -it web -- sh');
    t.kubectl('exec -it two -c box -- /bin/sh');
    t.kubectl('exec -it two -c box -- bash');
    golden('exec.txt', t.text);
  });
});
