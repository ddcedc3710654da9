// `ps -ef` on the control plane (static pods' processes under their shims) and `ps aux` on a
// worker before and after its kubelet is stopped.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../index';
import { runSandboxScript } from '../transcript';

describe('ps', () => {
  it('lists the node processes as procps prints them', async () => {
    const script = readFileSync(new URL('./__golden__/ps.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/ps.out');
  }, 60_000);
});
