// kubectl expose on a live simulated cluster: the Service it makes selects the right pods, its
// Endpoints list them on the target port, and a pod inside the cluster can reach them by name.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import type { Cluster } from '../../../sim/cluster';
import type { KubeletComponent } from '../../../sim/kubelet';
import { kubectl } from '../../index';

const get = (cluster: Cluster, ...args: string[]): string => kubectl(['get', ...args], { cluster }).stdout;

/** `wget -qO- URL` from a busybox pod inside the cluster. */
function fetchFromPod(cluster: Cluster, url: string): string {
  const res = cluster.component<KubeletComponent>('kubelet').exec('default', 'client', undefined, ['wget', '-qO-', url]);
  if (!res.ok || res.result.kind !== 'ran') return `failed: ${JSON.stringify(res)}`;
  return res.result.stdout + res.result.stderr;
}

function clusterWithDeployment(): Cluster {
  const cluster = createCluster();
  kubectl(['create', 'deployment', 'web', '--image=nginx:1.27', '--replicas=2', '--port=80'], { cluster });
  kubectl(['run', 'client', '--image=busybox', '--', 'sleep', '3600'], { cluster });
  cluster.runUntilQuiet();
  return cluster;
}

describe('kubectl expose: a working Service', () => {
  it('exposes a deployment: selector and port come from it, endpoints list its pods', () => {
    const cluster = clusterWithDeployment();
    expect(kubectl(['expose', 'deployment', 'web'], { cluster })).toEqual({ stdout: 'service/web exposed\n', stderr: '', exitCode: 0 });
    cluster.runUntilQuiet();
    expect(get(cluster, 'svc', 'web', '-o', 'jsonpath={.spec.selector.app} {.spec.ports[0].port}->{.spec.ports[0].targetPort}')).toBe('web 80->80');
    const podIPs = get(cluster, 'pods', '-l', 'app=web', '-o', 'jsonpath={.items[*].status.podIP}').split(' ').sort();
    const endpointIPs = get(cluster, 'endpoints', 'web', '-o', 'jsonpath={.subsets[0].addresses[*].ip}').split(' ').sort();
    expect(endpointIPs).toEqual(podIPs);
    expect(podIPs).toHaveLength(2);
    expect(fetchFromPod(cluster, 'http://web')).toContain('<title>Welcome to nginx!</title>');
  });

  it('sends a NodePort Service on another port to the pods\' target port', () => {
    const cluster = clusterWithDeployment();
    expect(kubectl(['expose', 'deployment', 'web', '--type=NodePort', '--port=8080', '--target-port=80', '--name=web-np'], { cluster }).stdout).toBe('service/web-np exposed\n');
    cluster.runUntilQuiet();
    const nodePort = Number(get(cluster, 'svc', 'web-np', '-o', 'jsonpath={.spec.ports[0].nodePort}'));
    expect(nodePort).toBeGreaterThanOrEqual(30000);
    expect(nodePort).toBeLessThanOrEqual(32767);
    expect(get(cluster, 'endpoints', 'web-np', '-o', 'jsonpath={.subsets[0].ports[0].port}')).toBe('80');
    expect(fetchFromPod(cluster, 'http://web-np:8080')).toContain('<title>Welcome to nginx!</title>');
  });

  it('exposes a single pod by its labels', () => {
    const cluster = clusterWithDeployment();
    kubectl(['run', 'solo', '--image=nginx', '--labels=app=solo,tier=web'], { cluster });
    cluster.runUntilQuiet();
    expect(kubectl(['expose', 'pod', 'solo', '--port=80', '--name=solo-svc'], { cluster }).stdout).toBe('service/solo-svc exposed\n');
    cluster.runUntilQuiet();
    expect(get(cluster, 'svc', 'solo-svc', '-o', 'jsonpath={.metadata.labels.tier} {.spec.selector.app},{.spec.selector.tier}')).toBe('web solo,web');
    expect(get(cluster, 'endpoints', 'solo-svc', '-o', 'jsonpath={.subsets[0].addresses[0].ip}')).toBe(get(cluster, 'pod', 'solo', '-o', 'jsonpath={.status.podIP}'));
  });

  it('a server-side dry run stores nothing; a second expose of the same name is refused', () => {
    const cluster = clusterWithDeployment();
    expect(kubectl(['expose', 'deployment', 'web', '--dry-run=server'], { cluster }).stdout).toBe('service/web exposed (server dry run)\n');
    expect(kubectl(['get', 'svc', 'web'], { cluster }).stderr).toBe('Error from server (NotFound): services "web" not found\n');
    kubectl(['expose', 'deployment', 'web'], { cluster });
    expect(kubectl(['expose', 'deployment', 'web'], { cluster })).toEqual({ stdout: '', stderr: 'Error from server (AlreadyExists): services "web" already exists\n', exitCode: 1 });
  });

  it('exposes a replication controller and an existing service (same pods, another port)', () => {
    const cluster = clusterWithDeployment();
    const rc =
      'apiVersion: v1\nkind: ReplicationController\nmetadata:\n  name: legacy\nspec:\n  replicas: 1\n  selector:\n    app: legacy\n' +
      '  template:\n    metadata:\n      labels:\n        app: legacy\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        ports:\n        - containerPort: 80\n';
    const files = { readFile: (p: string) => (p === 'rc.yaml' ? rc : undefined), isDir: () => false, list: () => [] };
    expect(kubectl(['create', '-f', 'rc.yaml'], { cluster, files }).stdout).toBe('replicationcontroller/legacy created\n');
    // The simulator runs no ReplicationController controller: a pod with the RC's labels stands in.
    kubectl(['run', 'legacy-pod', '--image=nginx:1.27', '--labels=app=legacy'], { cluster });
    cluster.runUntilQuiet();
    expect(kubectl(['expose', 'rc', 'legacy', '--external-ip=192.168.1.100'], { cluster }).stdout).toBe('service/legacy exposed\n');
    expect(kubectl(['expose', 'svc', 'legacy', '--port=8080', '--target-port=80', '--name=legacy-alt'], { cluster }).stdout).toBe('service/legacy-alt exposed\n');
    cluster.runUntilQuiet();
    expect(get(cluster, 'svc', 'legacy', '-o', 'jsonpath={.spec.selector.app} {.spec.ports[0].port} {.spec.externalIPs[0]}')).toBe('legacy 80 192.168.1.100');
    const podIP = get(cluster, 'pods', '-l', 'app=legacy', '-o', 'jsonpath={.items[0].status.podIP}');
    expect(get(cluster, 'endpoints', 'legacy-alt', '-o', 'jsonpath={.subsets[0].addresses[0].ip}:{.subsets[0].ports[0].port}')).toBe(`${podIP}:80`);
    expect(fetchFromPod(cluster, 'http://legacy-alt:8080')).toContain('<title>Welcome to nginx!</title>');
  });
});
