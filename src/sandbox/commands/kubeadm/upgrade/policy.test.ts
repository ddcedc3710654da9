import { describe, expect, it } from 'vitest';
import { enforceVersionPolicies, skewFailure } from './policy';
import { parseSemver, type ClusterVersions, type Semver } from './versions';

const cluster = (over: Partial<ClusterVersions> = {}): ClusterVersions => ({
  cluster: 'v1.34.3', kubeadm: 'v1.35.0', kubelets: [['controlplane', 'v1.34.3'], ['node01', 'v1.34.3']],
  kubeProxy: 'v1.34.3', coredns: 'v1.12.1', etcd: '3.6.4-0', controlPlane: 'controlplane', ...over,
});
const check = (target: string, v: ClusterVersions) => enforceVersionPolicies(target, parseSemver(target) as Semver, v);

describe("kubeadm's version skew policy", () => {
  it('allows the next minor with a kubeadm of that minor', () => {
    expect(check('v1.35.0', cluster())).toEqual({ mandatory: [], skippable: [] });
  });

  it('refuses skipping a minor, a newer minor than kubeadm, and downgrades', () => {
    expect(check('v1.36.0', cluster()).mandatory).toHaveLength(2);
    expect(check('v1.35.0', cluster({ kubeadm: 'v1.34.3' })).mandatory).toEqual([
      'Specified version to upgrade to "v1.35.0" is at least one minor release higher than the kubeadm minor release (35 > 34). Such an upgrade is not supported',
    ]);
    expect(check('v1.34.2', cluster({ kubeadm: 'v1.34.3' })).mandatory[0]).toContain('is equal to or lower than the cluster version "v1.34.3"');
  });

  it('lets --force pass a newer patch than kubeadm, an older target minor and too old kubelets', () => {
    const newerPatch = check('v1.35.1', cluster());
    expect(newerPatch.skippable).toEqual(['Specified version to upgrade to "v1.35.1" is higher than the kubeadm version "v1.35.0". Upgrade kubeadm first using the tool you used to install kubeadm']);
    expect(skewFailure(newerPatch, false)).toContain('Can be bypassed if you pass the --force flag');
    expect(skewFailure(newerPatch, true)).toBeUndefined();
    expect(check('v1.34.3', cluster({ cluster: 'v1.34.2' })).skippable).toEqual(['Kubeadm version v1.35.0 can only be used to upgrade to Kubernetes version 1.35']);
    expect(check('v1.35.0', cluster({ kubelets: [['node01', 'v1.31.0']] })).skippable).toEqual(['There are kubelets in this cluster that are too old that have these versions [v1.31.0]']);
  });
});
