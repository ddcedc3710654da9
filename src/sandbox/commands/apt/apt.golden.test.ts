// apt-get, apt, apt-mark, apt-cache and dpkg on a node of a v1.34.3 cluster, as Ubuntu 24.04 prints them.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../index';
import { runSandboxScript } from '../../transcript';

describe('apt', () => {
  it('prints what apt and dpkg print', async () => {
    const script = readFileSync(new URL('./__golden__/apt.sh', import.meta.url), 'utf8');
    const sandbox = createSandbox({ seed: 35, clusterConfig: { version: 'v1.34.3', workers: 1 } });
    await expect(runSandboxScript(sandbox, script).text).toMatchFileSnapshot('./__golden__/apt.out');
  }, 60_000);

  it('keeps the packages in the snapshot', () => {
    const sandbox = createSandbox({ seed: 35, clusterConfig: { version: 'v1.34.3', workers: 1 } });
    sandbox.run("sed -i 's/v1.34/v1.35/' /etc/apt/sources.list.d/kubernetes.list && apt-get update && apt-mark unhold kubeadm && apt-get install -y kubeadm=1.35.0-1.1");
    const machine = sandbox.snapshot().machines['controlplane'];
    expect(machine?.packages).toEqual({
      installed: { 'cri-tools': '1.34.0-1.1', kubeadm: '1.35.0-1.1', kubectl: '1.34.3-1.1', kubelet: '1.34.3-1.1', 'kubernetes-cni': '1.7.1-1.1' },
      held: ['kubectl', 'kubelet'],
      lists: [35],
    });
  });
});
