// kubectl port-forward on a live simulated cluster: the target and port checks of kubectl and
// client-go (service ports to target ports, named ports, UDP, addresses, port syntax), the
// "Forwarding from" lines, and the note that nothing listens. Compared whole with
// __golden__/port-forward.txt (UPDATE_GOLDEN=1 rewrites it).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { create, liveCluster, Transcript } from './node-debug-fixture';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

describe('kubectl port-forward on a live cluster', () => {
  it('checks ports as kubectl does, prints the listeners and returns', () => {
    const c = liveCluster();
    const t = new Transcript(c);
    create(
      c,
      {
        apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web', namespace: 'default', labels: { app: 'web' } },
        spec: { containers: [{ name: 'nginx', image: 'nginx:1.27', ports: [{ name: 'http', containerPort: 80 }, { name: 'dns', containerPort: 53, protocol: 'UDP' }] }] },
      },
      {
        apiVersion: 'v1', kind: 'Service', metadata: { name: 'web', namespace: 'default' },
        spec: { selector: { app: 'web' }, ports: [{ name: 'front', port: 8080, targetPort: 'http' }, { name: 'plain', port: 9090 }] },
      },
      { apiVersion: 'v1', kind: 'Service', metadata: { name: 'bare', namespace: 'default' }, spec: { ports: [{ port: 80 }] } },
    );
    t.kubectl('port-forward web 8080:80');
    t.advance(20_000);
    t.kubectl('port-forward');
    t.kubectl('port-forward web');
    t.kubectl('port-forward web 8080:80');
    t.kubectl('port-forward pod/web 8080 8443:http');
    t.kubectl('port-forward web :80');
    t.kubectl('port-forward --address 0.0.0.0 web 8080:80');
    t.kubectl('port-forward --address localhost,10.0.0.5 web 8080:80');
    t.kubectl('port-forward --address nowhere web 8080:80');
    t.kubectl('port-forward svc/web 9000:8080');
    t.kubectl('port-forward svc/web 9000:front');
    t.kubectl('port-forward svc/web 9090');
    t.kubectl('port-forward svc/web 9000:7000');
    t.kubectl('port-forward svc/web 9000:nope');
    t.kubectl('port-forward svc/bare 8080:80');
    t.kubectl('port-forward web 8080:nope');
    t.kubectl('port-forward web 5353:53');
    t.kubectl('port-forward web abc:80');
    t.kubectl('port-forward web 99999:80');
    t.kubectl('port-forward web 8080:0');
    t.kubectl('port-forward web 1:2:3');
    t.kubectl('port-forward web 8080:');
    t.kubectl('port-forward nope 8080:80');
    t.kubectl('port-forward cm/kube-root-ca.crt 8080:80');
    golden('port-forward.txt', t.text);
  });
});
