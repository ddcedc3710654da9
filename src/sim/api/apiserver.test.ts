import { beforeAll, describe, expect, it } from 'vitest';
import { createCluster, type Cluster, type KubeObject } from '../index';
import { RESOURCE_TYPE } from '../controllers/types';
import type { WatchEvent } from '../store/store';

let c: Cluster;
beforeAll(() => {
  c = createCluster({ seed: 31 });
});

const strict = { fieldValidation: 'Strict' } as const;
const message = (r: { ok: boolean; status?: { message: string } } | { ok: true }) => ('status' in r && r.status ? r.status.message : 'ok');

describe('the simulated API server', () => {
  it('refuses invalid objects with the API server message and stores nothing', () => {
    const res = c.api.create(
      { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'Web_2', namespace: 'default' }, spec: { selector: { matchLabels: { app: 'a' } }, template: { metadata: { labels: { app: 'b' } }, spec: { containers: [{ name: 'c', image: 'nginx' }] } } } },
      strict,
    );
    expect(res.ok).toBe(false);
    expect(message(res)).toBe(
      'Deployment.apps "Web_2" is invalid: [metadata.name: Invalid value: "Web_2": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, \'-\' or \'.\', and must start and end with an alphanumeric character (e.g. \'example.com\', regex used for validation is \'[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*\'), spec.template.metadata.labels: Invalid value: {"app":"b"}: `selector` does not match template `labels`]',
    );
    expect(c.api.peek('deployments.apps', 'default', 'Web_2')).toBeUndefined();
  });

  it('refuses unknown fields under strict validation, keeps them out under Ignore', () => {
    const pod = (name: string): KubeObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'nginx', imagePullPolice: 'Always' }] } });
    expect(message(c.api.create(pod('typo'), strict))).toBe('Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "spec.containers[0].imagePullPolice"');
    const lenient = c.api.create(pod('lenient'), { fieldValidation: 'Ignore' });
    expect(lenient.ok).toBe(true);
    expect(JSON.stringify(c.api.peek<KubeObject>('pods', 'default', 'lenient')?.['spec'])).not.toContain('imagePullPolice');
  });

  it('refuses an object over etcd\'s 1.5 MiB and a request over 3 MiB, with their messages', () => {
    const cm = (name: string, bytes: number): KubeObject => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name, namespace: 'default' }, data: { big: 'x'.repeat(bytes) } });
    expect(message(c.api.create(cm('big', 2 * 1024 * 1024), strict))).toBe('etcdserver: request is too large');
    expect(message(c.api.create(cm('huge', 4 * 1024 * 1024), strict))).toBe('Request entity too large: limit is 3145728');
    expect(c.api.peek('configmaps', 'default', 'big')).toBeUndefined();
  });

  it('answers conflicts, missing objects and duplicates with structured statuses', () => {
    const cm: KubeObject = { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'cfg', namespace: 'default' }, data: { a: '1' } };
    const created = c.api.create(cm, strict);
    expect(created.ok).toBe(true);
    const again = c.api.create(cm, strict);
    expect(again.ok ? undefined : again.status).toMatchObject({ code: 409, reason: 'AlreadyExists', message: 'configmaps "cfg" already exists' });
    const stale = c.api.update({ ...cm, metadata: { ...cm.metadata, resourceVersion: '1' } }, strict);
    expect(message(stale)).toBe('Operation cannot be fulfilled on configmaps "cfg": the object has been modified; please apply your changes to the latest version and try again');
    const missing = c.api.get(RESOURCE_TYPE.deployments, 'default', 'nope');
    expect(missing.ok ? undefined : missing.status).toMatchObject({ code: 404, reason: 'NotFound', message: 'deployments.apps "nope" not found' });
  });

  it('bumps generation only for spec changes and watches with selectors', () => {
    const events: string[] = [];
    const watch = c.api.watch(RESOURCE_TYPE.deployments, { namespace: 'default', labelSelector: 'tier=web' }, (e: WatchEvent) => events.push(`${e.type} ${e.object.metadata.name} gen=${e.object.metadata.generation}`));
    expect(watch.ok).toBe(true);
    const d: KubeObject = { apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web', namespace: 'default', labels: { tier: 'web' } }, spec: { replicas: 1, selector: { matchLabels: { app: 'web' } }, template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'c', image: 'nginx:1.27' }] } } } };
    c.api.create(d, strict);
    c.settle();
    const stored = c.api.peek<KubeObject>('deployments.apps', 'default', 'web') as KubeObject;
    c.api.update({ ...stored, metadata: { ...stored.metadata, labels: { tier: 'web', extra: 'x' } } }, strict);
    const relabelled = c.api.peek<KubeObject>('deployments.apps', 'default', 'web') as KubeObject;
    c.api.update({ ...relabelled, spec: { ...(relabelled['spec'] as object), replicas: 2 } }, strict);
    const last = c.api.peek<KubeObject>('deployments.apps', 'default', 'web') as KubeObject;
    c.api.update({ ...last, metadata: { ...last.metadata, labels: { tier: 'db' } } }, strict);
    if (watch.ok) watch.object();
    c.api.update({ ...last, metadata: { ...last.metadata, resourceVersion: undefined, labels: { tier: 'web' } } }, strict);
    const names = events.filter((e, i) => e !== events[i - 1]);
    expect(names[0]).toBe('ADDED web gen=1');
    expect(names).toContain('MODIFIED web gen=2');
    expect(names[names.length - 1]).toBe('DELETED web gen=2');
  });

  it('deletes a running pod gracefully: Terminating for its grace period, then gone', () => {
    // `sleep` ignores SIGTERM (it runs as PID 1), so the kubelet waits out the whole grace period.
    c.api.create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'graceful', namespace: 'default' }, spec: { containers: [{ name: 'c', image: 'busybox:1.36', command: ['sleep', '3600'] }] } }, strict);
    c.advance(30_000);
    const res = c.api.delete(RESOURCE_TYPE.pods, 'default', 'graceful');
    expect(res.ok && res.object.metadata.deletionGracePeriodSeconds).toBe(30);
    c.advance(20_000);
    expect(c.api.peek<KubeObject>('pods', 'default', 'graceful')?.metadata.deletionTimestamp).toBeDefined();
    c.advance(35_000);
    expect(c.api.peek('pods', 'default', 'graceful')).toBeUndefined();
  });

  it('refuses to create in a namespace that does not exist', () => {
    const res = c.api.create({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'x', namespace: 'nosuchns' } }, strict);
    expect(res.ok ? undefined : res.status).toMatchObject({ code: 404, reason: 'NotFound', message: 'namespaces "nosuchns" not found' });
  });
});
