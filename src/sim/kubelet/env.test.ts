import { describe, expect, it } from 'vitest';
import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../api/object';
import { containerEnv } from './env';
import { podVolumes, containerMounts } from './volumes';
import { testCluster } from './testing';

const facts = { hostIP: '192.168.1.11', podIP: '10.244.1.7', nodeCpuMilli: 2000, nodeMemoryBytes: 4_000_000_000 };

function setup() {
  const cluster = testCluster();
  const must = (o: KubeObject) => {
    const r = cluster.api.create(o);
    if (!r.ok) throw new Error(r.status.message);
  };
  must({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { mode: 'fast', level: '3' } });
  must({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 'db', namespace: 'default' }, data: { password: 'czNjcjN0', user: 'YWRtaW4=' } });
  must({ apiVersion: 'v1', kind: 'Service', metadata: { name: 'my-db', namespace: 'default' }, spec: { clusterIP: '10.96.45.12', ports: [{ name: 'pg', port: 5432, protocol: 'TCP' }] } });
  return cluster;
}

const pod = (c: Container, extra: Partial<Pod['spec']> = {}): Pod => ({
  metadata: { name: 'app', namespace: 'default', uid: 'u-1', labels: { app: 'web' } },
  spec: { nodeName: 'node01', serviceAccountName: 'default', containers: [c], ...extra },
});

describe('container environment', () => {
  it('resolves values, references, downward API, resources and service links in order', () => {
    const cluster = setup();
    const c: Container = {
      name: 'app',
      envFrom: [{ configMapRef: { name: 'cfg' }, prefix: 'CFG_' }],
      env: [
        { name: 'A', value: 'x' },
        { name: 'B', value: '$(A)-$(MY_DB_SERVICE_HOST)-$(NOPE)-$$(A)' },
        { name: 'PASS', valueFrom: { secretKeyRef: { name: 'db', key: 'password' } } },
        { name: 'MODE', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'mode' } } },
        { name: 'OPT', valueFrom: { configMapKeyRef: { name: 'missing', key: 'k', optional: true } } },
        { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
        { name: 'APP', valueFrom: { fieldRef: { fieldPath: "metadata.labels['app']" } } },
        { name: 'IP', valueFrom: { fieldRef: { fieldPath: 'status.podIP' } } },
        { name: 'CPU', valueFrom: { resourceFieldRef: { resource: 'limits.cpu' } } },
        { name: 'MEM_MI', valueFrom: { resourceFieldRef: { resource: 'limits.memory', divisor: '1Mi' } } },
      ],
      resources: { limits: { cpu: '500m', memory: '256Mi' } },
    };
    const r = containerEnv(cluster.store, pod(c), c, facts);
    expect(r).toEqual({
      ok: true,
      env: {
        CFG_level: '3',
        CFG_mode: 'fast',
        A: 'x',
        B: 'x-10.96.45.12-$(NOPE)-$(A)',
        PASS: 's3cr3t',
        MODE: 'fast',
        POD: 'app',
        APP: 'web',
        IP: '10.244.1.7',
        CPU: '1',
        MEM_MI: '256',
        KUBERNETES_SERVICE_HOST: '10.96.0.1',
        KUBERNETES_SERVICE_PORT: '443',
        KUBERNETES_SERVICE_PORT_HTTPS: '443',
        KUBERNETES_PORT: 'tcp://10.96.0.1:443',
        KUBERNETES_PORT_443_TCP: 'tcp://10.96.0.1:443',
        KUBERNETES_PORT_443_TCP_PROTO: 'tcp',
        KUBERNETES_PORT_443_TCP_PORT: '443',
        KUBERNETES_PORT_443_TCP_ADDR: '10.96.0.1',
        MY_DB_SERVICE_HOST: '10.96.45.12',
        MY_DB_SERVICE_PORT: '5432',
        MY_DB_SERVICE_PORT_PG: '5432',
        MY_DB_PORT: 'tcp://10.96.45.12:5432',
        MY_DB_PORT_5432_TCP: 'tcp://10.96.45.12:5432',
        MY_DB_PORT_5432_TCP_PROTO: 'tcp',
        MY_DB_PORT_5432_TCP_PORT: '5432',
        MY_DB_PORT_5432_TCP_ADDR: '10.96.45.12',
      },
    });
  });

  it('reports missing ConfigMaps, Secrets and keys with the kubelet messages', () => {
    const cluster = setup();
    const msg = (c: Container) => {
      const r = containerEnv(cluster.store, pod(c), c, facts);
      return r.ok ? 'ok' : r.message;
    };
    expect(msg({ name: 'a', envFrom: [{ configMapRef: { name: 'nope' } }] })).toBe('configmap "nope" not found');
    expect(msg({ name: 'a', envFrom: [{ secretRef: { name: 'nope' } }] })).toBe('secret "nope" not found');
    expect(msg({ name: 'a', env: [{ name: 'X', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'k' } } }] })).toBe("couldn't find key k in ConfigMap default/cfg");
    expect(msg({ name: 'a', env: [{ name: 'X', valueFrom: { secretKeyRef: { name: 'db', key: 'k' } } }] })).toBe("couldn't find key k in Secret default/db");
    expect(msg({ name: 'a', envFrom: [{ configMapRef: { name: 'nope', optional: true } }] })).toBe('ok');
  });

  it('builds mounted files and explains volumes that cannot mount', () => {
    const cluster = setup();
    const c: Container = { name: 'a', volumeMounts: [{ name: 'conf', mountPath: '/etc/app' }, { name: 'one', mountPath: '/etc/mode.txt', subPath: 'mode' }, { name: 'sec', mountPath: '/secrets/' }] };
    const p = pod(c, {
      volumes: [
        { name: 'conf', configMap: { name: 'cfg', items: [{ key: 'mode', path: 'mode.conf' }] } },
        { name: 'one', configMap: { name: 'cfg' } },
        { name: 'sec', secret: { secretName: 'db' } },
      ],
    });
    const v = podVolumes(cluster.store, p, facts);
    expect(v.failures).toEqual([]);
    expect(containerMounts(c, v.files)).toEqual({ '/etc/app/mode.conf': 'fast', '/etc/mode.txt': 'fast', '/secrets/password': 's3cr3t', '/secrets/user': 'admin' });
    const bad = pod(c, {
      volumes: [
        { name: 'conf', configMap: { name: 'cfg', items: [{ key: 'zz', path: 'z' }] } },
        { name: 'sec', secret: { secretName: 'gone' } },
        { name: 'data', persistentVolumeClaim: { claimName: 'data' } },
      ],
    });
    expect(podVolumes(cluster.store, bad, facts).failures).toEqual([
      { volume: 'conf', kind: 'setup', message: 'MountVolume.SetUp failed for volume "conf" : configmap references non-existent config key: zz' },
      { volume: 'sec', kind: 'setup', message: 'MountVolume.SetUp failed for volume "sec" : secret "gone" not found' },
      { volume: 'data', kind: 'pvc', message: 'error processing PVC default/data: failed to fetch PVC from API server: persistentvolumeclaims "data" not found' },
    ]);
  });
});
