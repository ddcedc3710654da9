import { describe, expect, it } from 'vitest';
import type { Pod } from 'kubernetes-types/core/v1';
import { createCluster, type KubeObject } from '../sim';
import { gradingView } from './view';

describe('gradingView', () => {
  const cluster = createCluster({ seed: 2 });
  const view = gradingView(cluster, { history: ['kubectl get pods'] });

  it('reads objects by any kind name kubectl accepts', () => {
    expect(view.get('ns', 'default')?.metadata.name).toBe('default');
    expect(view.get('Namespace', 'kube-system')?.metadata.name).toBe('kube-system');
    expect(view.get('nodes', 'node02', 'ignored')?.metadata.name).toBe('node02');
    expect(view.get('pods', 'nothing')).toBeUndefined();
    expect(view.get('no-such-kind', 'x')).toBeUndefined();
    expect(view.list('po', { namespace: 'kube-system', labelSelector: 'k8s-app=kube-dns' }).map((p) => p.metadata.name?.replace(/-[a-z0-9]+$/, ''))).toEqual(['coredns-66578bbfcf', 'coredns-66578bbfcf']);
    expect(view.list('po', { labelSelector: 'in (' })).toEqual([]);
    expect([view.controlPlane(), view.history, view.runInCopy]).toEqual(['controlplane', ['kubectl get pods'], undefined]);
  });

  it('runs read-only kubectl and refuses the rest', () => {
    expect(view.kubectl(['get', 'ns', 'default', '-o', 'name'])).toEqual({ stdout: 'namespace/default\n', stderr: '', exitCode: 0 });
    expect(view.kubectl(['-n', 'kube-system', 'rollout', 'history', 'deploy/coredns']).exitCode).toBe(0);
    for (const args of [['delete', 'ns', 'default'], ['rollout', 'undo', 'deploy/coredns'], ['get', 'pods', '-w'], ['logs', 'x', '--follow=true']]) {
      expect(view.kubectl(args)).toEqual({ stdout: '', stderr: `error: grading runs only read-only kubectl commands, not "kubectl ${args.join(' ')}"\n`, exitCode: 1 });
    }
    expect(view.get('ns', 'default')).toBeDefined();
  });

  it('shows pods as kubectl get pods does', () => {
    const pod = view.list<Pod & KubeObject>('pods', { namespace: 'kube-system', labelSelector: 'component=etcd' })[0];
    expect(pod && view.podState(pod)).toEqual({ name: 'etcd-controlplane', ready: '1/1', status: 'Running', restarts: '0', node: 'controlplane', isReady: true });
  });
});
