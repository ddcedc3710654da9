import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster';
import type { KubeletComponent } from '../kubelet';
import type { HttpOptions } from './http';
import type { From } from './component';
import { clientPod, curlText, deployment, must, net, netCluster, service, settleAt } from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function curl(c: Cluster, from: From, url: string, opts: HttpOptions = {}): string {
  const who = from.fromPod ? `pod/${from.fromPod}` : `node/${from.fromNode}`;
  return `[${who}] $ curl -i ${url}\n${curlText(net(c).httpGet(from, url, opts))}`;
}

function webCluster(): Cluster {
  const c = netCluster();
  must(c, deployment('web', 'kubedojo/hello:3.0', 2, { port: 8080 }));
  must(c, service('web', 80, 8080, { clusterIP: '10.96.100.10' }));
  must(c, service('web-np', 80, 8080, { selector: { app: 'web' }, type: 'NodePort', nodePort: 30100, clusterIP: '10.96.100.11' }));
  must(c, service('sticky', 80, 8080, { selector: { app: 'web' }, sessionAffinity: 'ClientIP', clusterIP: '10.96.100.12' }));
  must(c, service('empty', 80, 8080, { selector: { app: 'nothing' }, clusterIP: '10.96.100.13' }));
  must(c, service('wrongport', 80, 9999, { selector: { app: 'web' }, clusterIP: '10.96.100.14' }));
  must(c, deployment('cache', 'redis:7.4', 1, { port: 6379 }));
  must(c, service('cache', 6379, 6379, { clusterIP: '10.96.100.15' }));
  must(c, clientPod());
  settleAt(c, 3);
  return c;
}

describe('curl through kube-proxy', () => {
  it('spreads Service traffic round-robin, sticks with ClientIP affinity, and fails like curl 8', () => {
    const c = webCluster();
    const from = { fromPod: 'default/client' };
    const web = c.store.list('pods', 'default').filter((p) => p.metadata.name?.startsWith('web-')).sort((a, b) => String(a.metadata.name).localeCompare(String(b.metadata.name)));
    const podIP = (web[0] as { status?: { podIP?: string } }).status?.podIP ?? '';
    golden('curl-service.txt', [
      curl(c, from, 'http://web'),
      curl(c, from, 'http://web/'),
      curl(c, from, 'web.default.svc.cluster.local/version'),
      curl(c, from, 'http://sticky'),
      curl(c, from, 'http://sticky'),
      curl(c, from, `http://${podIP}:8080/healthz`),
      curl(c, from, 'http://empty'),
      curl(c, from, 'http://wrongport'),
      curl(c, from, 'http://web:8080'),
      curl(c, from, 'http://web:8080', { connectTimeoutMs: 5000 }),
      curl(c, from, 'http://cache:6379'),
      curl(c, from, 'http://nope'),
      curl(c, from, 'http://10.96.99.99'),
      curl(c, { fromNode: 'controlplane' }, 'http://192.168.1.11:30100/'),
      curl(c, { fromNode: 'controlplane' }, 'http://localhost:30100/'),
      curl(c, { fromNode: 'controlplane' }, 'http://10.96.100.10/'),
      curl(c, { fromNode: 'controlplane' }, 'http://web.default.svc.cluster.local/'),
      curl(c, { fromNode: 'controlplane' }, 'http://192.168.1.11:30999/'),
    ].join('\n'));
  });

  it('cannot reach pods or NodePorts of a node whose kubelet is stopped', () => {
    const c = webCluster();
    const pod = c.store.list('pods', 'default').find((p) => p.metadata.name?.startsWith('web-') && (p as { spec?: { nodeName?: string } }).spec?.nodeName === 'node01') as { status?: { podIP?: string } } | undefined;
    c.component<KubeletComponent>('kubelet').stopKubelet('node01');
    const ip = pod?.status?.podIP ?? '';
    golden('curl-node-down.txt', [
      curl(c, { fromPod: 'default/client' }, `http://${ip}:8080/`),
      curl(c, { fromPod: 'default/client' }, `http://${ip}:8080/`, { connectTimeoutMs: 3000 }),
      curl(c, { fromNode: 'controlplane' }, 'http://192.168.1.11:30100/'),
      curl(c, { fromNode: 'controlplane' }, 'http://192.168.1.12:30100/'),
    ].join('\n'));
  });

  it('keeps its round-robin position in snapshots', () => {
    const c = webCluster();
    const n = net(c);
    const first = n.connect({ fromPod: 'default/client' }, 'web', 80);
    const saved = n.save?.();
    const second = n.connect({ fromPod: 'default/client' }, 'web', 80);
    n.load?.(saved);
    const again = n.connect({ fromPod: 'default/client' }, 'web', 80);
    expect(first.ok && second.ok && again.ok).toBe(true);
    if (first.ok && second.ok && again.ok && first.target === 'pod' && second.target === 'pod' && again.target === 'pod') {
      expect(second.pod.metadata.name).not.toBe(first.pod.metadata.name);
      expect(again.pod.metadata.name).toBe(second.pod.metadata.name);
    }
  });
});
