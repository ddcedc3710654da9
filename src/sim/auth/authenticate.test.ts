import { describe, expect, it } from 'vitest';
import { createCluster, type Cluster } from '..';
import { typeForKey, type ResourceType } from '../api/registry';
import { createServiceAccountToken, type TokenRequestSpec } from '../api/token-request';
import { serviceAccountToken } from '../kubelet/sa-token';
import { authenticate, type Credentials } from './authenticate';

const noCertificates = () => undefined;

function del(cluster: Cluster, resource: string, name: string): void {
  const res = cluster.api.delete(typeForKey(resource) as ResourceType, 'default', name, { gracePeriodSeconds: 0 });
  if (!res.ok) throw new Error(res.status.message);
}

function setup() {
  const cluster = createCluster({ seed: 7 });
  const ctx = cluster.ctx;
  const create = (obj: Record<string, unknown>) => {
    const res = cluster.api.create(obj as never);
    if (!res.ok) throw new Error(res.status.message);
    return res.object;
  };
  create({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ci', namespace: 'default' } });
  const token = (spec: TokenRequestSpec = {}, name = 'ci') => {
    const res = createServiceAccountToken(ctx, 'default', name, spec);
    if (!res.ok) throw new Error(res.status.message);
    return (res.object['status'] as { token: string }).token;
  };
  const who = (creds: Credentials) => {
    const a = authenticate(ctx, creds, noCertificates);
    return a.ok ? `${a.user.name} [${a.user.groups.join(' ')}]` : 'Unauthorized';
  };
  return { cluster, create, token, who };
}

describe('authenticate', () => {
  it('knows a requested token’s service account until it expires', () => {
    const { cluster, token, who } = setup();
    const t = token({ expirationSeconds: 600 });
    expect(who({ token: t })).toBe('system:serviceaccount:default:ci [system:serviceaccounts system:serviceaccounts:default system:authenticated]');
    cluster.advance(601_000);
    expect(who({ token: t })).toBe('Unauthorized');
  });

  it('refuses tokens for other audiences, altered tokens, and those of a deleted account or bound object', () => {
    const { cluster, create, token, who } = setup();
    expect(who({ token: token({ audiences: ['vault'] }) })).toBe('Unauthorized');
    const t = token();
    expect(who({ token: `${t.slice(0, 40)}x${t.slice(41)}` })).toBe('Unauthorized');
    create({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's', namespace: 'default' } });
    const bound = token({ boundObjectRef: { kind: 'Secret', apiVersion: 'v1', name: 's' } });
    expect(who({ token: bound })).toContain('system:serviceaccount:default:ci');
    del(cluster, 'secrets', 's');
    expect(who({ token: bound })).toBe('Unauthorized');
    del(cluster, 'serviceaccounts', 'ci');
    expect(who({ token: t })).toBe('Unauthorized');
  });

  it('accepts the token a running pod has mounted while the pod exists', () => {
    const { cluster, create, who } = setup();
    const pod = create({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'p', namespace: 'default' }, spec: { serviceAccountName: 'ci', containers: [{ name: 'c', image: 'nginx' }] } });
    const mounted = serviceAccountToken(pod as never);
    expect(who({ token: mounted })).toContain('system:serviceaccount:default:ci');
    del(cluster, 'pods', 'p');
    cluster.runUntilQuiet();
    expect(who({ token: mounted })).toBe('Unauthorized');
  });

  it('is anonymous without credentials, and refuses basic auth and unverifiable certificates', () => {
    const { who } = setup();
    expect(who({})).toBe('system:anonymous [system:unauthenticated]');
    expect(who({ basicAuth: true })).toBe('Unauthorized');
    expect(who({ clientCertificate: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' })).toBe('Unauthorized');
  });
});
