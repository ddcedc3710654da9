/** Test helpers: a default cluster with the network, ingress-nginx, metrics and the HPA wired in. */
import type { KubeObject } from '../api/object';
import { Cluster, type ClusterWiring } from '../cluster';
import type { ClusterOptions } from '../config';
import { hpaComponent } from '../controllers/hpa';
import { ingressNginxComponent } from '../controllers/ingress';
import { metricsComponent, type MetricsComponent } from '../metrics/component';
import { DEFAULT_WIRING } from '../wiring';
import { networkComponent, type NetworkComponent } from './component';
import type { HttpResult } from './http';
import { ingressObjects } from './ingress-objects';

const OURS = new Set(['network', 'metrics', 'horizontal-pod-autoscaler', 'ingress-nginx']);

export const NET_TEST_WIRING: ClusterWiring = {
  ...DEFAULT_WIRING,
  components: (ctx) => [
    ...DEFAULT_WIRING.components(ctx).filter((c) => !OURS.has(c.name)),
    networkComponent(ctx),
    metricsComponent(ctx),
    hpaComponent(ctx),
    ingressNginxComponent(ctx),
  ],
  bootstrap: (cluster) => {
    DEFAULT_WIRING.bootstrap(cluster);
    for (const obj of ingressObjects()) {
      if (cluster.api.peek(obj.kind === 'Namespace' ? 'namespaces' : obj.kind === 'IngressClass' ? 'ingressclasses.networking.k8s.io' : 'services', obj.metadata.namespace, obj.metadata.name ?? '')) continue;
      must(cluster, obj);
    }
  },
};

export function netCluster(options: ClusterOptions = {}): Cluster {
  return Cluster.create(options, NET_TEST_WIRING);
}

export function net(c: Cluster): NetworkComponent {
  return c.component<NetworkComponent>('network');
}

export function metrics(c: Cluster): MetricsComponent {
  return c.component<MetricsComponent>('metrics');
}

export function must(c: Cluster, obj: KubeObject): KubeObject {
  const r = c.api.create(obj);
  if (!r.ok) throw new Error(`create ${obj.kind} ${obj.metadata.name}: ${r.status.message}`);
  return r.object;
}

export function deployment(name: string, image: string, replicas: number, extra: { labels?: Record<string, string>; port?: number; resources?: object; namespace?: string; args?: string[] } = {}): KubeObject {
  const labels = extra.labels ?? { app: name };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: extra.namespace ?? 'default' },
    spec: {
      replicas,
      selector: { matchLabels: labels },
      template: {
        metadata: { labels },
        spec: {
          containers: [{
            name: name.split('-')[0],
            image,
            ...(extra.args ? { args: extra.args } : {}),
            ...(extra.port ? { ports: [{ containerPort: extra.port }] } : {}),
            ...(extra.resources ? { resources: extra.resources } : {}),
          }],
        },
      },
    },
  };
}

export function service(name: string, port: number, targetPort: number | string, extra: { selector?: Record<string, string>; type?: string; clusterIP?: string; namespace?: string; nodePort?: number; sessionAffinity?: string } = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name, namespace: extra.namespace ?? 'default' },
    spec: {
      ...(extra.type ? { type: extra.type } : {}),
      ...(extra.clusterIP ? { clusterIP: extra.clusterIP } : {}),
      ...(extra.sessionAffinity ? { sessionAffinity: extra.sessionAffinity } : {}),
      selector: extra.selector ?? { app: name },
      ports: [{ port, targetPort, ...(extra.nodePort ? { nodePort: extra.nodePort } : {}) }],
    },
  };
}

/** A pod that just sleeps: a client to run curl and nslookup from. */
export function clientPod(name = 'client', namespace = 'default', image = 'busybox:1.37'): KubeObject {
  return { apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace }, spec: { containers: [{ name, image, command: ['sleep', 'infinity'] }] } };
}

/** Like `curl -i`: status line, headers, body; or curl's error with its exit code and duration. */
export function curlText(r: HttpResult): string {
  if (!r.ok) return `${r.message}\n[exit ${r.exitCode} after ${r.elapsedMs} ms]\n`;
  const head = `HTTP/1.1 ${r.reply.status} ${r.reply.reason}\n${r.reply.headers.map(([k, v]) => `${k}: ${v}\n`).join('')}\n`;
  return `${head}${r.reply.body}${r.reply.body.endsWith('\n') ? '' : '\n'}`;
}

/** Lets the cluster settle, then moves the clock to `minutes` after its start time: HTTP Date headers stay put when boot timings change. */
export function settleAt(c: Cluster, minutes: number): void {
  c.runUntilQuiet();
  const at = c.config.startTime + minutes * 60_000;
  if (c.now() > at) throw new Error(`the cluster took until ${new Date(c.now()).toISOString()} to settle`);
  c.advance(at - c.now());
}
