import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import type { Cluster } from '../cluster';
import { Cluster as ClusterClass } from '../cluster';
import { deployment, metrics, must, NET_TEST_WIRING, netCluster, service } from '../network/testing';
import { HPA_SYNC_PERIOD_MS } from './hpa';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const METRICS_SERVER: KubeObject = {
  apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'metrics-server', namespace: 'kube-system', labels: { 'k8s-app': 'metrics-server' } },
  spec: {
    selector: { matchLabels: { 'k8s-app': 'metrics-server' } },
    template: {
      metadata: { labels: { 'k8s-app': 'metrics-server' } },
      spec: { containers: [{ name: 'metrics-server', image: 'registry.k8s.io/metrics-server/metrics-server:v0.8.0', args: ['--cert-dir=/tmp', '--secure-port=10250', '--kubelet-insecure-tls', '--metric-resolution=15s'] }] },
    },
  },
};

function hpa(name: string, min: number, max: number, target: object, behavior?: object): KubeObject {
  return {
    apiVersion: 'autoscaling/v2', kind: 'HorizontalPodAutoscaler', metadata: { name, namespace: 'default' },
    spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name }, minReplicas: min, maxReplicas: max, metrics: [{ type: 'Resource', resource: target }], ...(behavior ? { behavior } : {}) },
  };
}

const LOAD_GENERATOR: KubeObject = {
  apiVersion: 'v1', kind: 'Pod', metadata: { name: 'load-generator', namespace: 'default' },
  spec: { restartPolicy: 'Never', containers: [{ name: 'load-generator', image: 'busybox:1.28', command: ['/bin/sh', '-c', 'while sleep 0.01; do wget -q -O- http://php-apache; done'] }] },
};

function phpApacheCluster(withMetricsServer: boolean): Cluster {
  const c = netCluster();
  if (withMetricsServer) must(c, METRICS_SERVER);
  must(c, deployment('php-apache', 'registry.k8s.io/hpa-example', 1, { port: 80, resources: { limits: { cpu: '500m' }, requests: { cpu: '200m' } } }));
  must(c, service('php-apache', 80, 80));
  c.runUntilQuiet();
  return c;
}

/** One `kubectl get hpa` row (without AGE) plus the Deployment's READY column. */
function row(c: Cluster, name: string, t0: number): string {
  const h = c.api.peek<KubeObject>('horizontalpodautoscalers.autoscaling', 'default', name) as KubeObject & { spec: { minReplicas?: number; maxReplicas: number; metrics: { resource: { name: string; target: { averageUtilization?: number; averageValue?: string } } }[] }; status?: { currentReplicas?: number; currentMetrics?: { resource?: { current: { averageUtilization?: number; averageValue?: string } } }[] | null } };
  const m = h.spec.metrics[0]?.resource;
  const cur = h.status?.currentMetrics?.[0]?.resource?.current;
  const target = m?.target.averageUtilization !== undefined ? `${m.target.averageUtilization}%` : m?.target.averageValue;
  const value = m?.target.averageUtilization !== undefined ? (cur?.averageUtilization !== undefined ? `${cur.averageUtilization}%` : '<unknown>') : (cur?.averageValue ?? '<unknown>');
  const d = c.api.peek<KubeObject>('deployments.apps', 'default', name) as KubeObject & { spec: { replicas: number }; status?: { readyReplicas?: number } };
  const t = Math.round((c.now() - t0) / 1000);
  return `${String(t).padStart(4)}s  ${m?.name}: ${value}/${target}`.padEnd(28) + `  replicas ${h.status?.currentReplicas ?? 0}  deployment ${d.status?.readyReplicas ?? 0}/${d.spec.replicas}`;
}

function events(c: Cluster, name: string): string[] {
  return c.store
    .list('events', 'default')
    .filter((e) => (e['involvedObject'] as { kind: string; name: string }).kind === 'HorizontalPodAutoscaler' && (e['involvedObject'] as { name: string }).name === name)
    .map((e) => `${e['type']}  ${e['reason']}  (x${e['count']})  ${e['message']}`);
}

function conditions(c: Cluster, name: string): string[] {
  const h = c.api.peek<KubeObject>('horizontalpodautoscalers.autoscaling', 'default', name) as KubeObject & { status?: { conditions?: { type: string; status: string; reason: string; message: string }[] } };
  return (h.status?.conditions ?? []).map((x) => `${x.type}  ${x.status}  ${x.reason}  ${x.message}`);
}

describe('horizontal-pod-autoscaler', () => {
  it('scales php-apache up under load and back down after the 5-minute window', () => {
    const c = phpApacheCluster(true);
    expect(metrics(c).available()).toBe(true);
    must(c, hpa('php-apache', 1, 10, { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } }));
    const t0 = c.now();
    const lines: string[] = [];
    const step = (n: number) => {
      for (let i = 0; i < n; i++) {
        c.advance(HPA_SYNC_PERIOD_MS);
        lines.push(row(c, 'php-apache', t0));
      }
    };
    step(4);
    lines.push('--- load generator starts');
    must(c, LOAD_GENERATOR);
    step(16);
    lines.push('--- load generator deleted');
    c.api.delete(c.api.typeOf(LOAD_GENERATOR) as never, 'default', 'load-generator', { gracePeriodSeconds: 0 });
    step(26);
    golden('hpa-timeline.txt', [...lines, '', ...conditions(c, 'php-apache'), '', ...events(c, 'php-apache'), ''].join('\n'));
  });

  it('continues identically after a snapshot and restore (recommendations and scale events are kept)', () => {
    const run = (restoreAt: number | undefined): string[] => {
      let c = phpApacheCluster(true);
      must(c, hpa('php-apache', 1, 10, { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } }, { scaleDown: { stabilizationWindowSeconds: 60 } }));
      must(c, LOAD_GENERATOR);
      const t0 = c.now();
      const rows: string[] = [];
      for (let i = 0; i < 16; i++) {
        if (i === 8) c.api.delete(c.api.typeOf(LOAD_GENERATOR) as never, 'default', 'load-generator', { gracePeriodSeconds: 0 });
        if (i === restoreAt) c = ClusterClass.restore(JSON.parse(JSON.stringify(c.snapshot())), NET_TEST_WIRING);
        c.advance(HPA_SYNC_PERIOD_MS);
        rows.push(row(c, 'php-apache', t0));
      }
      return rows;
    };
    const straight = run(undefined);
    expect(run(9)).toEqual(straight);
    expect(straight.some((r) => r.includes('replicas 1 ')) && straight.some((r) => !r.includes('replicas 1 '))).toBe(true);
  });

  it('reports missing metrics the way the controller words it', () => {
    const c = phpApacheCluster(false);
    must(c, hpa('php-apache', 1, 10, { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } }));
    must(c, deployment('nocpu', 'nginx:1.27', 2, { port: 80 }));
    must(c, hpa('nocpu', 1, 5, { name: 'cpu', target: { type: 'Utilization', averageUtilization: 50 } }));
    must(c, hpa('ghost', 1, 5, { name: 'memory', target: { type: 'AverageValue', averageValue: '100Mi' } }));
    const t0 = c.now();
    c.runUntilQuiet();
    const before = row(c, 'php-apache', t0);
    c.advance(HPA_SYNC_PERIOD_MS * 2);
    must(c, METRICS_SERVER);
    c.runUntilQuiet();
    c.advance(HPA_SYNC_PERIOD_MS * 3);
    golden('hpa-no-metrics.txt', [
      before, ...conditions(c, 'php-apache'), ...events(c, 'php-apache'), '',
      ...conditions(c, 'nocpu'), ...events(c, 'nocpu'), '',
      ...conditions(c, 'ghost'), ...events(c, 'ghost'), '',
    ].join('\n'));
  });
});
