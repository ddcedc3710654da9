// Behaviour of `kubectl wait` on a live simulated cluster, in virtual time: the conditions it waits
// for really come about (or not) while it waits. Transcripts are checked whole against __golden__/.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { KubeObject } from '../../../sim/api/object';
import type { Cluster } from '../../../sim/cluster';
import { kubectl } from '../../index';
import { deployment, LiveSession, mustCreate, stored } from '../rollout/live-session';

function pod(name: string, image = 'nginx:1.27'): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default', labels: { run: name } }, spec: { containers: [{ name, image }] } };
}

/** A default cluster with the pod `web` running and ready. */
function clusterWithPod(): Cluster {
  const cluster = createCluster();
  mustCreate(cluster, pod('web'));
  cluster.runUntilQuiet(5 * 60_000);
  return cluster;
}

describe('kubectl wait for conditions', () => {
  it('waits until a pod created moments ago is Ready', () => {
    const s = new LiveSession(createCluster());
    mustCreate(s.cluster, pod('fresh'));
    const r = s.run('kubectl wait --for=condition=Ready pod/fresh');
    expect(r).toMatchObject({ stdout: 'pod/fresh condition met\n', stderr: '', exitCode: 0 });
    expect(r.waitedMs).toBeGreaterThan(0);
    expect(r.waitedMs).toBeLessThan(30_000);
    const ready = (stored(s.cluster, 'pods', 'fresh')['status'] as { conditions: { type: string; status: string }[] }).conditions.find((c) => c.type === 'Ready');
    expect(ready?.status).toBe('True');
  });

  it('times out after --timeout of virtual time when the condition never comes', () => {
    const s = new LiveSession(clusterWithPod());
    const r = s.run('kubectl wait --for=condition=Ready=false pod/web --timeout=5s');
    expect(r).toMatchObject({ stdout: '', stderr: 'error: timed out waiting for the condition on pods/web\n', exitCode: 1, waitedMs: 5000 });
  });

  it('checks once with --timeout=0, and shares one timeout among several objects', async () => {
    const s = new LiveSession(clusterWithPod());
    mustCreate(s.cluster, pod('broken', 'nginx:doesnotexist'));
    s.cluster.advance(5000);
    s.run('kubectl wait --for=condition=Ready pod/web pod/broken --timeout=0');
    s.run('kubectl wait --for=condition=ready pod --all --timeout=3s');
    s.run('kubectl wait --for=condition=Ready=FALSE pod -l run=broken --timeout=3s');
    s.run('kubectl wait --for=condition=Ready pod -l run=nothing');
    s.run('kubectl wait --for=condition=Available deployment --all -A --timeout=1s');
    s.run('kubectl wait --for=condition=Ready pod/web -o name');
    s.run('kubectl wait --for=condition=Ready pod/web -o jsonpath={.status.phase}');
    s.run('kubectl wait --for=condition=Ready pod/nope pod/web');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/conditions.txt');
  });
});

describe('kubectl wait with jsonpath', () => {
  it('compares one value, or any value when none is given, and refuses lists', async () => {
    const s = new LiveSession(clusterWithPod());
    for (const line of [
      'kubectl wait --for=jsonpath={.status.phase}=Running pod/web',
      "kubectl wait --for=jsonpath='{.status.conditions[?(@.type==\"Ready\")].status}'=True pod/web",
      'kubectl wait --for=jsonpath=.status.podIP pod/web',
      'kubectl wait --for=jsonpath={.spec.nodeName}="node01" pod/web --timeout=1s',
      'kubectl wait --for=jsonpath={.status.conditions[*].type}=Ready pod/web',
      'kubectl wait --for=jsonpath={.spec.containers}=x pod/web',
      'kubectl wait --for=jsonpath={.status.nothing}=x pod/web --timeout=2s',
      'kubectl wait --for=jsonpath={.spec.replicas}=3 deployment/coredns -n kube-system',
    ]) {
      s.run(line);
    }
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/jsonpath.txt');
  });

  it('waits until the value appears', () => {
    const s = new LiveSession(createCluster());
    mustCreate(s.cluster, deployment('api', 'nginx:1.27'));
    const r = s.run('kubectl wait --for=jsonpath={.status.availableReplicas}=3 deployment/api --timeout=2m');
    expect(r).toMatchObject({ stdout: 'deployment.apps/api condition met\n', exitCode: 0 });
    expect(r.waitedMs).toBeGreaterThan(0);
  });
});

describe('kubectl wait for delete and create', () => {
  it('waits for a deleted pod to be gone, and is done at once for one already gone', async () => {
    const s = new LiveSession(clusterWithPod());
    s.cluster.api.delete(s.cluster.api.typeOf(stored(s.cluster, 'pods', 'web')) as never, 'default', 'web');
    const r = s.run('kubectl wait --for=delete pod/web --timeout=60s');
    expect(r.exitCode).toBe(0);
    expect(r.waitedMs).toBeGreaterThan(0);
    expect(s.cluster.api.peek('pods', 'default', 'web')).toBeUndefined();
    s.run('kubectl wait --for=delete pod/web');
    s.run('kubectl wait --for=delete pod -l run=web');
    mustCreate(s.cluster, pod('stays'));
    s.run('kubectl wait --for=delete pod/stays --timeout=2s');
    s.run('kubectl wait --for=delete pod/stays --timeout=0');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/delete.txt');
  });

  it('waits for objects to be created', async () => {
    const cluster = createCluster();
    const s = new LiveSession(cluster, (waited) => {
      if (waited === 1500) mustCreate(cluster, deployment('api', 'nginx:1.27'));
    });
    const r = s.run('kubectl wait --for=create deployment/api --timeout=10s');
    expect(r).toMatchObject({ exitCode: 0, waitedMs: 1500 });
    s.run('kubectl wait --for=create pod -l app=api --timeout=10s');
    s.run('kubectl wait --for=create secret/nope --timeout=1s');
    s.run('kubectl wait --for=create secret/nope --timeout=0');
    await expect(s.transcript).toMatchFileSnapshot('./__golden__/create.txt');
  });
});

describe('kubectl wait arguments', () => {
  // Client-side errors, as the real kubectl v1.35.2 binary prints them.
  const cases: [string, string][] = [
    ['wait', 'error: unrecognized condition: ""\n'],
    ['wait pod/x', 'error: unrecognized condition: ""\n'],
    ['wait --for=foo pod/x', 'error: unrecognized condition: "foo"\n'],
    ['wait --for=jsonpath= pod/x', 'error: jsonpath expression cannot be empty\n'],
    ["wait --for=jsonpath={.a}=b=c pod/x", "error: jsonpath wait format must be --for=jsonpath='{.status.readyReplicas}'=3 or --for=jsonpath='{.status.readyReplicas}'\n"],
    ['wait --for=jsonpath={.a}= pod/x', "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3\n"],
    ["wait --for=jsonpath={.a}='' pod/x", "error: jsonpath wait has to have a value after equal sign, like --for=jsonpath='{.status.readyReplicas}'=3\n"],
    ['wait --for=jsonpath={.a pod/x', "error: unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'\n"],
    ['wait --for=jsonpath=a[ pod/x', 'error: unterminated array\n'],
    [
      'wait --for=condition=Ready -o foo pod/x',
      'error: unable to match a printer suitable for the output format "foo", allowed formats are: go-template,go-template-file,json,jsonpath,jsonpath-as-json,jsonpath-file,kyaml,name,template,templatefile,yaml\n',
    ],
  ];
  for (const [line, stderr] of cases) {
    it(line, () => {
      // Split on spaces only: quotes reach kubectl as typed (`=''` is a quoted empty value).
      expect(kubectl(line.split(' '), { cluster: createCluster() })).toEqual({ stdout: '', stderr, exitCode: 1 });
    });
  }

  it('asks for resources once the condition is valid', () => {
    expect(kubectl(['wait', '--for=delete'], { cluster: createCluster() }).stderr).toBe(
      "error: You must provide one or more resources by argument or filename.\nExample resource specifications include:\n   '-f rsrc.yaml'\n   '--filename=rsrc.json'\n   '<resource> <name>'\n   '<resource>'\n",
    );
    expect(kubectl(['wait', '--for=delete', 'pods'], { cluster: createCluster() }).stderr).toBe('error: resource(s) were provided, but no name was specified\n');
  });
});
