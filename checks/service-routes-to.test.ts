import { describe, expect, it } from 'vitest';
import { serviceRoutesTo } from './service-routes-to';
import { clusterAfter, goldenResults, shopCluster, viewOf } from './testing';

describe('serviceRoutesTo', () => {
  it('checks the port, the endpoints and an HTTP answer', async () => {
    const cluster = shopCluster();
    const before = JSON.stringify(cluster.snapshot());
    const text = goldenResults(serviceRoutesTo, viewOf(cluster), {
      routed: { service: 'web', namespace: 'shop', selector: 'app=web', port: 80 },
      'no such port': { service: 'web', namespace: 'shop', selector: 'app=web', port: 443 },
      'a selector that matches nothing': { service: 'orphan', namespace: 'shop', selector: 'app=web', port: 80 },
      'no ready pods to route to': { service: 'web', namespace: 'shop', selector: 'app=broken', port: 80 },
      'a port the pods do not listen on': { service: 'wrongport', namespace: 'shop', selector: 'app=web', port: 8080 },
      'missing service': { service: 'api', namespace: 'shop', selector: 'app=web', port: 80 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/service-routes-to.txt');
    // The HTTP requests ran in a copy: kube-proxy's round robin and the access logs are untouched.
    expect(JSON.stringify(cluster.snapshot())).toBe(before);
  });

  it('names pods routed to by mistake, and pods left out', async () => {
    const pod = (name: string, track: string) => `apiVersion: v1\nkind: Pod\nmetadata: {name: ${name}, labels: {app: web, track: ${track}}}\nspec:\n  containers: [{name: web, image: "nginx:1.27"}]\n---\n`;
    const view = viewOf(
      clusterAfter([
        { yaml: pod('stable', 'stable') + pod('canary', 'canary') },
        'create service clusterip all --tcp=80:80',
        'set selector service all app=web',
        'create service clusterip stable --tcp=80:80',
        'set selector service stable track=stable',
      ]),
    );
    const text = goldenResults(serviceRoutesTo, view, {
      'routes to more pods than the selector': { service: 'all', selector: 'track=stable', port: 80 },
      'misses a pod of the selector': { service: 'stable', selector: 'app=web', port: 80 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/service-routes-to-pods.txt');
  });
});
