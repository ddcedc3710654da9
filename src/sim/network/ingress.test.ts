import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../api/object';
import type { Cluster } from '../cluster';
import { STATUS_SYNC_MS } from '../controllers/ingress';
import type { HttpOptions } from './http';
import { clientPod, curlText, deployment, must, net, netCluster, service, settleAt } from './testing';

/** Compares with `__golden__/<name>`; UPDATE_GOLDEN=1 rewrites it (then review the diff). */
function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

type PathSpec = [path: string, pathType: string, service: string, port: number];

function ingress(name: string, host: string | undefined, paths: PathSpec[], extra: { className?: string | null; annotations?: Record<string, string>; tls?: string[]; defaultBackend?: [string, number] } = {}): KubeObject {
  const spec: Record<string, unknown> = {};
  if (extra.className !== null) spec['ingressClassName'] = extra.className ?? 'nginx';
  if (extra.defaultBackend) spec['defaultBackend'] = { service: { name: extra.defaultBackend[0], port: { number: extra.defaultBackend[1] } } };
  if (extra.tls) spec['tls'] = [{ hosts: extra.tls, secretName: `${name}-tls` }];
  if (paths.length) {
    spec['rules'] = [{
      ...(host ? { host } : {}),
      http: { paths: paths.map(([path, pathType, svc, port]) => ({ path, pathType, backend: { service: { name: svc, port: { number: port } } } })) },
    }];
  }
  return { apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata: { name, namespace: 'default', ...(extra.annotations ? { annotations: extra.annotations } : {}) }, spec };
}

function ingressCluster(): Cluster {
  const c = netCluster();
  must(c, deployment('web', 'kubedojo/hello:3.0', 2, { port: 8080 }));
  must(c, service('web', 80, 8080));
  must(c, deployment('api', 'gcr.io/google-samples/hello-app:1.0', 1, { port: 8080 }));
  must(c, service('api', 8080, 8080));
  must(c, deployment('static', 'nginx:1.27', 1, { port: 80 }));
  must(c, service('static', 80, 80));
  must(c, service('down', 80, 8080, { selector: { app: 'nothing' } }));
  must(c, clientPod());
  c.runUntilQuiet();
  must(c, ingress('shop', 'shop.example.com', [['/', 'Prefix', 'web', 80], ['/api', 'Prefix', 'api', 8080], ['/exact', 'Exact', 'api', 8080], ['/down', 'Prefix', 'down', 80], ['/files', 'ImplementationSpecific', 'static', 80]]));
  must(c, ingress('rewrite', 'rw.example.com', [['/app(/|$)(.*)', 'ImplementationSpecific', 'web', 80]], { annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/$2' } }));
  must(c, ingress('strip', 'strip.example.com', [['/static', 'Prefix', 'static', 80]], { annotations: { 'nginx.ingress.kubernetes.io/rewrite-target': '/' } }));
  must(c, ingress('secure', 'secure.example.com', [['/', 'Prefix', 'web', 80]], { tls: ['secure.example.com'] }));
  must(c, ingress('wild', '*.apps.example.com', [['/', 'Prefix', 'api', 8080]], { className: null }));
  must(c, ingress('other', 'other.example.com', [['/', 'Prefix', 'web', 80]], { className: 'traefik' }));
  settleAt(c, 3);
  return c;
}

function curl(c: Cluster, host: string, path: string, opts: HttpOptions & { from?: 'node' | 'pod'; https?: boolean } = {}): string {
  const scheme = opts.https ? 'https' : 'http';
  const fromPod = opts.from === 'pod';
  const url = fromPod ? `${scheme}://ingress-nginx-controller.ingress-nginx${path}` : `${scheme}://192.168.1.11:${opts.https ? 30443 : 30080}${path}`;
  const r = net(c).httpGet(fromPod ? { fromPod: 'default/client' } : { fromNode: 'controlplane' }, url, { ...opts, headers: { Host: host } });
  return `$ curl -i${opts.insecure ? 'k' : ''} -H 'Host: ${host}' ${url}\n${curlText(r)}`;
}

describe('ingress-nginx', () => {
  const c = ingressCluster();

  it('builds one server per host from the Ingresses of its class', () => {
    golden('ingress-routes.txt', net(c).ingressRoutingText());
  });

  it('routes by host and path like ingress-nginx, with its 404, 503 and redirect pages', () => {
    golden('ingress-curl.txt', [
      curl(c, 'shop.example.com', '/'),
      curl(c, 'shop.example.com', '/api'),
      curl(c, 'shop.example.com', '/api/v1/items?x=1'),
      curl(c, 'shop.example.com', '/apiary'),
      curl(c, 'shop.example.com', '/exact'),
      curl(c, 'shop.example.com', '/exact/more'),
      curl(c, 'shop.example.com', '/files-old/readme.txt'),
      curl(c, 'shop.example.com', '/down/x'),
      curl(c, 'rw.example.com', '/app/version'),
      curl(c, 'rw.example.com', '/app'),
      curl(c, 'strip.example.com', '/static/index.html'),
      curl(c, 'secure.example.com', '/login'),
      curl(c, 'secure.example.com', '/login', { https: true }),
      curl(c, 'secure.example.com', '/login', { https: true, insecure: true }),
      curl(c, 'x.apps.example.com', '/'),
      curl(c, 'other.example.com', '/'),
      curl(c, 'unknown.example.com', '/', { from: 'pod' }),
    ].join('\n'));
    // curl --resolve shop.example.com:30080:192.168.1.12 http://shop.example.com:30080/api
    const r = net(c).httpGet({ fromNode: 'controlplane' }, 'http://shop.example.com:30080/api', { connectTo: '192.168.1.12' });
    expect(r.ok && r.reply.body.startsWith('Hello, world!')).toBe(true);
  });

  it('publishes the controller node address at its next status sync, with Sync events', () => {
    const d = netCluster();
    must(d, deployment('web', 'kubedojo/hello:3.0', 1, { port: 8080 }));
    must(d, service('web', 80, 8080));
    d.runUntilQuiet();
    must(d, ingress('one', 'one.example.com', [['/', 'Prefix', 'web', 80]]));
    d.settle();
    const address = () => JSON.stringify((d.api.peek<KubeObject>('ingresses.networking.k8s.io', 'default', 'one')?.['status'] as object | undefined) ?? {});
    expect(address()).toBe('{"loadBalancer":{}}');
    const created = d.now();
    d.runUntilQuiet();
    expect(address()).toBe('{"loadBalancer":{"ingress":[{"ip":"192.168.1.11"}]}}');
    expect(d.now() - created).toBeLessThanOrEqual(STATUS_SYNC_MS);
    expect(d.now() % STATUS_SYNC_MS).toBe(0);
    const events = d.store.list('events', 'default').filter((e) => (e['involvedObject'] as { kind: string }).kind === 'Ingress');
    expect(events.map((e) => [e['reason'], e['message'], e['count'], (e['source'] as { component: string }).component])).toEqual([['Sync', 'Scheduled for sync', 2, 'nginx-ingress-controller']]);
  });
});
