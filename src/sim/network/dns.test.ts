import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Cluster } from '../cluster';
import type { NslookupStyle } from './nslookup';
import { clientPod, deployment, must, net, netCluster, service } from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

function dnsCluster(): Cluster {
  const c = netCluster();
  must(c, { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'shop' } });
  c.settle();
  must(c, deployment('web', 'kubedojo/hello:3.0', 2, { port: 8080 }));
  must(c, service('web', 80, 8080, { clusterIP: '10.96.100.10' }));
  must(c, deployment('db', 'kubedojo/hello:3.0', 2, { port: 8080 }));
  must(c, service('db', 8080, 8080, { clusterIP: 'None' }));
  must(c, service('store', 80, 8080, { clusterIP: 'None' }));
  must(c, {
    apiVersion: 'apps/v1', kind: 'StatefulSet', metadata: { name: 'store', namespace: 'default' },
    spec: { serviceName: 'store', replicas: 2, selector: { matchLabels: { app: 'store' } }, template: { metadata: { labels: { app: 'store' } }, spec: { containers: [{ name: 'store', image: 'kubedojo/hello:3.0', ports: [{ containerPort: 8080 }] }] } } },
  });
  must(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'ext', namespace: 'default' }, spec: { type: 'ExternalName', externalName: 'web.default.svc.cluster.local' } });
  must(c, { apiVersion: 'v1', kind: 'Service', metadata: { name: 'docs', namespace: 'default' }, spec: { type: 'ExternalName', externalName: 'kubernetes.io' } });
  must(c, deployment('api', 'kubedojo/hello:3.0', 1, { port: 8080, namespace: 'shop' }));
  must(c, service('api', 80, 8080, { clusterIP: '10.96.200.20', namespace: 'shop' }));
  must(c, clientPod());
  c.runUntilQuiet();
  return c;
}

function transcript(c: Cluster, from: { fromPod?: string; fromNode?: string }, names: string[], style?: NslookupStyle, server?: string): string {
  return names
    .map((n) => {
      const out = net(c).nslookupText(from, n, { ...(style ? { style } : {}), ...(server ? { server } : {}) });
      return `$ nslookup ${n}${server ? ` ${server}` : ''}\n${out.stdout}${out.stderr}[exit ${out.exitCode}]\n`;
    })
    .join('');
}

describe('cluster DNS', () => {
  const c = dnsCluster();

  it('answers Services, headless Services, StatefulSet pods, ExternalNames and pod names like CoreDNS', () => {
    const podIP = (c.store.list('pods', 'default').find((p) => p.metadata.name?.startsWith('db-')) as { status?: { podIP?: string } }).status?.podIP ?? '';
    golden('nslookup-busybox.txt', transcript(c, { fromPod: 'default/client' }, [
      'web', 'web.default', 'web.default.svc', 'web.default.svc.cluster.local', 'db', 'store', 'store-0.store', 'store-1.store.default.svc.cluster.local',
      'ext', 'docs', 'api.shop', 'api', 'kubernetes.default', `${podIP.replace(/\./g, '-')}.default.pod.cluster.local`, 'nope', 'controlplane',
    ]));
  });

  it('prints the old BusyBox 1.28 layout with reverse names, and bind from a node', () => {
    golden('nslookup-styles.txt', [
      transcript(c, { fromPod: 'default/client' }, ['kubernetes.default', 'db', 'nope'], 'busybox-1.28'),
      transcript(c, { fromPod: 'default/client' }, ['web', 'nope'], 'bind'),
      transcript(c, { fromNode: 'node01' }, ['web.default.svc.cluster.local', 'node02']),
      transcript(c, { fromNode: 'node01' }, ['web.default.svc.cluster.local', 'web.default'], undefined, '10.96.0.10'),
    ].join(''));
  });

  it('applies the search list and ndots like a pod resolver', () => {
    const r = net(c).resolve('api.shop', 'default');
    expect(r).toEqual({ ok: true, name: 'api.shop.svc.cluster.local', addresses: ['10.96.200.20'], tried: ['api.shop.default.svc.cluster.local', 'api.shop.svc.cluster.local'] });
    expect(net(c).resolve('a.b.c.d.e.f', 'default').tried[0]).toBe('a.b.c.d.e.f');
    expect(net(c).resolve('web.default.svc.cluster.local.', 'default').tried).toEqual(['web.default.svc.cluster.local']);
  });
});
