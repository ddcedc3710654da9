// kubectl set on a live simulated cluster: a changed pod template rolls out a new ReplicaSet whose
// pods really carry the change; unchanged templates are left alone; services get new selectors.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { Cluster } from '../../../sim/cluster';
import type { KubeletComponent } from '../../../sim/kubelet';
import { kubectl } from '../../index';
import { goldenCluster } from '../../testing/golden-state';

const get = (cluster: Cluster, ...args: string[]): string => kubectl(['get', ...args], { cluster }).stdout;

function clusterWithWeb(): Cluster {
  const cluster = createCluster();
  kubectl(['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=80'], { cluster });
  cluster.runUntilQuiet();
  return cluster;
}

/** `IMAGE READY-REPLICAS` of each ReplicaSet of deployment web, sorted. */
const replicaSets = (cluster: Cluster): string[] =>
  get(cluster, 'rs', '-l', 'app=web', '-o', 'jsonpath={range .items[*]}{.spec.template.spec.containers[0].image} {.spec.replicas}{"\\n"}{end}').trim().split('\n').sort();

describe('kubectl set image', () => {
  it('rolls out a new ReplicaSet with the new image', () => {
    const cluster = clusterWithWeb();
    expect(replicaSets(cluster)).toEqual(['nginx:1.27 2']);
    expect(kubectl(['set', 'image', 'deployment/web', 'nginx=nginx:1.28'], { cluster })).toEqual({ stdout: 'deployment.apps/web image updated\n', stderr: '', exitCode: 0 });
    cluster.runUntilQuiet();
    expect(replicaSets(cluster)).toEqual(['nginx:1.27 0', 'nginx:1.28 2']);
    expect(get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[*].spec.containers[0].image}')).toBe('nginx:1.28 nginx:1.28');
  });

  it('changes nothing (and prints nothing) when the image is already there', () => {
    const cluster = clusterWithWeb();
    expect(kubectl(['set', 'image', 'deployment/web', 'nginx=nginx:1.27'], { cluster })).toEqual({ stdout: '', stderr: '', exitCode: 0 });
    expect(get(cluster, 'deployment', 'web', '-o', 'jsonpath={.metadata.generation}')).toBe('1');
  });

  it('stores nothing on a dry run', () => {
    const cluster = clusterWithWeb();
    expect(kubectl(['set', 'image', 'deployment/web', 'nginx=nginx:1.28', '--dry-run=server'], { cluster }).stdout).toBe('deployment.apps/web image updated (server dry run)\n');
    expect(kubectl(['set', 'image', 'deployment/web', '*=nginx:1.29', '--dry-run=client', '-o', 'jsonpath={.spec.template.spec.containers[0].image}'], { cluster }).stdout).toBe('nginx:1.29');
    expect(get(cluster, 'deployment', 'web', '-o', 'jsonpath={.spec.template.spec.containers[0].image}')).toBe('nginx:1.27');
  });
});

describe('kubectl set env / resources / serviceaccount', () => {
  it('gives the new pods the environment, visible inside the container', () => {
    const cluster = clusterWithWeb();
    kubectl(['create', 'configmap', 'app', '--from-literal=mode=test'], { cluster });
    expect(kubectl(['set', 'env', 'deployment/web', 'GREETING=hello', '--from=configmap/app'], { cluster }).stdout).toBe('deployment.apps/web env updated\n');
    cluster.runUntilQuiet();
    expect(kubectl(['set', 'env', 'deployment/web', '--list'], { cluster }).stdout).toBe('# Deployment web, container nginx\nGREETING=hello\n# MODE from configmap app, key mode\n');
    const pod = get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].metadata.name}');
    const res = cluster.component<KubeletComponent>('kubelet').exec('default', pod, undefined, ['sh', '-c', 'echo $GREETING $MODE']);
    expect(res.ok && res.result.kind === 'ran' ? res.result.stdout : res).toBe('hello test\n');
    expect(kubectl(['set', 'env', 'deployment/web', 'GREETING-'], { cluster }).stdout).toBe('deployment.apps/web env updated\n');
    expect(kubectl(['set', 'env', 'deployment/web', '--list'], { cluster }).stdout).toBe('# Deployment web, container nginx\n# MODE from configmap app, key mode\n');
  });

  it('sets requests and limits that the new pods carry', () => {
    const cluster = clusterWithWeb();
    expect(kubectl(['set', 'resources', 'deployment', 'web', '--limits=cpu=200m,memory=512Mi', '--requests=cpu=0.1'], { cluster }).stdout).toBe(
      'deployment.apps/web resource requirements updated\n',
    );
    cluster.runUntilQuiet();
    // The API server fills in the missing memory request from the limit.
    expect(get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[0].spec.containers[0].resources}')).toBe(
      '{"limits":{"cpu":"200m","memory":"512Mi"},"requests":{"cpu":"100m","memory":"512Mi"}}',
    );
    expect(get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[*].status.qosClass}')).toBe('Burstable Burstable');
  });

  it('runs the new pods as the service account', () => {
    const cluster = clusterWithWeb();
    kubectl(['create', 'serviceaccount', 'builder'], { cluster });
    expect(kubectl(['set', 'sa', 'deployment', 'web', 'builder'], { cluster }).stdout).toBe('deployment.apps/web serviceaccount updated\n');
    cluster.runUntilQuiet();
    expect(get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[*].spec.serviceAccountName}')).toBe('builder builder');
    // serviceaccount writes (and reports) even when nothing changes, as kubectl does.
    expect(kubectl(['set', 'sa', 'deployment', 'web', 'builder'], { cluster }).stdout).toBe('deployment.apps/web serviceaccount updated\n');
  });
});

describe('kubectl set selector', () => {
  it('points a Service at other pods: its endpoints follow', () => {
    const cluster = clusterWithWeb();
    kubectl(['run', 'other', '--image=nginx', '--labels=app=other'], { cluster });
    kubectl(['expose', 'deployment', 'web'], { cluster });
    cluster.runUntilQuiet();
    expect(kubectl(['set', 'selector', 'svc', 'web', 'app=other'], { cluster }).stdout).toBe('service/web selector updated\n');
    cluster.runUntilQuiet();
    expect(get(cluster, 'endpoints', 'web', '-o', 'jsonpath={.subsets[0].addresses[*].ip}')).toBe(get(cluster, 'pod', 'other', '-o', 'jsonpath={.status.podIP}'));
  });
});

describe('kubectl set env reading stdin', () => {
  // Expected output taken from the real kubectl v1.35.2 (`printf 'B=2 # comment\nC=3\n' | kubectl set env …`).
  it('takes KEY=value lines (comments cut) where `-` stands, in order', () => {
    const r = kubectl(['set', 'env', 'deployment/nginx', '-', 'X=1', '--dry-run=client', '-o', 'jsonpath={.spec.template.spec.containers[0].env}{"\\n"}'], {
      cluster: goldenCluster(),
      stdin: 'B=2 # comment\nC=3\n',
    });
    expect(r).toEqual({ stdout: '[{"name":"B","value":"2 "},{"name":"C","value":"3"},{"name":"X","value":"1"}]\n', stderr: '', exitCode: 0 });
  });

  it('needs stdin for `-`', () => {
    expect(kubectl(['set', 'env', 'deployment/nginx', '-'], { cluster: goldenCluster() })).toEqual({ stdout: '', stderr: "error: when '-' is used, STDIN must be open\n", exitCode: 1 });
  });
});
