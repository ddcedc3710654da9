// `crictl` on the control plane (static pods), on a worker with a Deployment's pod and a crashing
// pod, while its kubelet is stopped, and its refusals; ids survive a snapshot and restore.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox, restoreSandbox } from '../../index';
import { runSandboxScript } from '../../transcript';

describe('crictl', () => {
  it('prints what crictl v1.35 prints against containerd', async () => {
    const script = readFileSync(new URL('./__golden__/crictl.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/crictl.out');
  }, 60_000);

  it('keeps container, sandbox and image ids across a snapshot and restore', () => {
    const sb = createSandbox();
    sb.run('kubectl run crash --image=busybox -- sh -c "exit 1"');
    sb.run('sleep 30');
    const ask = (s: typeof sb) => ['crictl ps -a --no-trunc', 'crictl pods --no-trunc', 'crictl images --no-trunc'].map((l) => s.run(l).output).join('');
    const before = ask(sb);
    const restored = restoreSandbox(JSON.parse(JSON.stringify(sb.snapshot())));
    expect(ask(restored)).toBe(before);
    expect(before).toContain('kube-apiserver');
  });
});
