// kubectl run on a live simulated cluster (all controllers, kubelets and the network): pods that
// really start, attached runs that print what their process wrote, --rm, exit codes, sessions.
// Transcripts are checked whole against __golden__/ files.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { Cluster } from '../../../sim/cluster';
import { kubectl, type KubectlResult } from '../../index';
import { transcriptEntry } from '../run-expose-set.test-util';

function session(cluster: Cluster, withWait = true) {
  let transcript = '';
  const ctx = withWait ? { cluster, wait: (ms: number) => cluster.advance(ms) } : { cluster };
  const k = (...args: string[]): KubectlResult => {
    const result = kubectl(args, ctx);
    transcript += transcriptEntry(`kubectl ${args.map((a) => (/[\s;$]/.test(a) ? `'${a}'` : a)).join(' ')}`, result);
    return result;
  };
  return { k, transcript: () => transcript };
}

/** A cluster with deployment web (2 nginx pods) behind Service web. */
function withWebService(): Cluster {
  const cluster = createCluster();
  kubectl(['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=80'], { cluster });
  cluster.runUntilQuiet();
  kubectl(['expose', 'deployment', 'web', '--port=80'], { cluster });
  cluster.runUntilQuiet();
  return cluster;
}

const jsonpath = (cluster: Cluster, ...args: string[]): string => kubectl(['get', ...args], { cluster }).stdout;

describe('kubectl run: the pod runs', () => {
  it('creates a pod that the scheduler and kubelet start', () => {
    const cluster = createCluster();
    expect(kubectl(['run', 'web', '--image=nginx', '--port=80', '--labels=app=web'], { cluster })).toEqual({ stdout: 'pod/web created\n', stderr: '', exitCode: 0 });
    cluster.runUntilQuiet();
    expect(jsonpath(cluster, 'pod', 'web', '-o', 'jsonpath={.status.phase} {.spec.containers[0].ports[0].containerPort} {.metadata.labels.app}')).toBe('Running 80 web');
  });

  it('runs the words after -- as arguments, or as the command with --command', () => {
    const cluster = createCluster();
    kubectl(['run', 'echo', '--image=busybox', '--restart=Never', '--', 'echo', 'hello'], { cluster });
    kubectl(['run', 'cmd', '--image=busybox', '--restart=Never', '--command', '--', 'sh', '-c', 'echo from sh'], { cluster });
    cluster.runUntilQuiet();
    expect(kubectl(['logs', 'echo'], { cluster }).stdout).toBe('hello\n');
    expect(kubectl(['logs', 'cmd'], { cluster }).stdout).toBe('from sh\n');
    expect(jsonpath(cluster, 'pods', '-o', 'jsonpath={.items[*].status.phase}')).toBe('Succeeded Succeeded');
  });

  it('--expose puts a Service with endpoints in front of the pod', () => {
    const cluster = createCluster();
    expect(kubectl(['run', 'web', '--image=nginx', '--port=80', '--expose'], { cluster }).stdout).toBe('service/web created\npod/web created\n');
    cluster.runUntilQuiet();
    const podIP = jsonpath(cluster, 'pod', 'web', '-o', 'jsonpath={.status.podIP}');
    expect(jsonpath(cluster, 'endpoints', 'web', '-o', 'jsonpath={.subsets[0].addresses[0].ip}:{.subsets[0].ports[0].port}')).toBe(`${podIP}:80`);
  });
});

describe('kubectl run -i/-t/--rm: attached runs', () => {
  it('prints what a throw-away pod fetched from a Service, then deletes it', async () => {
    const cluster = withWebService();
    const s = session(cluster);
    s.k('run', 'tmp', '--rm', '-i', '--image=busybox', '--restart=Never', '--', 'wget', '-qO-', 'web');
    s.k('run', 'tmp2', '--rm', '-it', '--image=busybox', '--', 'wget', '-qO-', 'http://web/nope');
    s.k('run', 'quiet', '--rm', '-i', '-q', '--image=busybox', '--restart=Never', '--', 'nslookup', 'web');
    cluster.runUntilQuiet();
    s.k('get', 'pods');
    await expect(s.transcript()).toMatchFileSnapshot('./__golden__/attach-service.txt');
  });

  it("returns the container's exit code with --restart=Never", async () => {
    const cluster = createCluster();
    const s = session(cluster);
    const failed = s.k('run', 'fail', '--rm', '-i', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'echo oops; exit 3');
    expect(failed.exitCode).toBe(3);
    s.k('run', 'slow', '-i', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'for i in 1 2 3; do echo $i; sleep 1; done');
    s.k('run', 'bad', '--rm', '-i', '--image=nginx:doesnotexist', '--pod-running-timeout=5s');
    s.k('run', 'exp', '--rm', '-i', '--image=busybox', '--port=80', '--expose', '--restart=Never', '--', 'echo', 'x');
    cluster.runUntilQuiet();
    s.k('get', 'pods,svc');
    await expect(s.transcript()).toMatchFileSnapshot('./__golden__/attach-exit.txt');
  });

  it('leaves a process that never ends running, and says so', async () => {
    const cluster = withWebService();
    const s = session(cluster);
    s.k('run', 'load', '--rm', '-i', '--image=busybox', '--restart=Never', '--', 'sh', '-c', 'while sleep 1; do echo hit; done');
    s.k('get', 'pod', 'load');
    await expect(s.transcript()).toMatchFileSnapshot('./__golden__/attach-detached.txt');
  });

  it('opens a shell session for -it with a shell, and --rm deletes the pod when it ends', () => {
    const cluster = createCluster();
    const r = kubectl(['run', 'shell', '--rm', '-it', '--image=busybox', '--', 'sh'], { cluster, wait: (ms) => cluster.advance(ms) });
    expect({ ...r, session: { ...r.session, onExit: undefined } }).toEqual({
      stdout: '',
      stderr:
        'All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n' +
        "If you don't see a command prompt, try pressing enter.\n",
      exitCode: 0,
      session: { namespace: 'default', pod: 'shell', container: 'shell', argv: ['sh'], onExit: undefined },
    });
    expect(jsonpath(cluster, 'pod', 'shell', '-o', 'jsonpath={.status.phase}')).toBe('Running');
    expect(r.session?.onExit?.()).toBe(
      "Session ended, resume using 'kubectl attach shell -c shell -i -t' command when the pod is running\npod \"shell\" deleted from default namespace\n",
    );
    cluster.runUntilQuiet();
    expect(kubectl(['get', 'pod', 'shell'], { cluster }).stderr).toBe('Error from server (NotFound): pods "shell" not found\n');
  });

  it('opens a session for an image whose own command is a shell', () => {
    const cluster = createCluster();
    const r = kubectl(['run', 'alp', '-it', '--image=alpine'], { cluster, wait: (ms) => cluster.advance(ms) });
    expect(r.session?.argv).toEqual(['/bin/sh']);
  });

  it('times out at once without a way to wait (and keeps the pod)', () => {
    const cluster = createCluster();
    const r = kubectl(['run', 'nw', '-i', '--image=busybox', '--', 'true'], { cluster });
    expect(r).toEqual({ stdout: '', stderr: 'error: timed out waiting for the condition\n', exitCode: 1 });
    expect(jsonpath(cluster, 'pods', '-o', 'name')).toBe('pod/nw\n');
  });
});
