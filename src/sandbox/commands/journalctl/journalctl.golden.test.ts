// `journalctl` on the control plane and on a worker whose pods crash and fail to pull, before and
// after its kubelet is stopped and started; the same journal after a snapshot and restore.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox, restoreSandbox } from '../../index';
import { runSandboxScript } from '../../transcript';

describe('journalctl', () => {
  it('prints the kubelet and containerd journals as journalctl (systemd 255) does', async () => {
    const script = readFileSync(new URL('./__golden__/journalctl.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/journalctl.out');
  }, 60_000);

  it('shows the same journal after a snapshot and restore, stops and starts included', () => {
    const sb = createSandbox();
    sb.run('kubectl run crash --image=busybox -- sh -c "exit 1"');
    sb.run('sleep 30');
    sb.run('systemctl restart kubelet');
    sb.run('sleep 10');
    const before = sb.run('journalctl --no-pager').output;
    const restored = restoreSandbox(JSON.parse(JSON.stringify(sb.snapshot())));
    expect(restored.run('journalctl --no-pager').output).toBe(before);
    expect(before.match(/Started kubelet\.service/g)).toHaveLength(2);
  });
});
