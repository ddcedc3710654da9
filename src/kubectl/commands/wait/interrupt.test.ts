// Ctrl-C ends a waiting command silently (as SIGINT ends kubectl), unlike its own timeout.

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../../sim';
import { kubectl, type KubectlContext } from '../../index';

function interruptedAfter(steps: number): KubectlContext {
  const cluster = createCluster({ seed: 5 });
  cluster.runUntilQuiet();
  let calls = 0;
  return {
    cluster,
    wait: (ms) => {
      calls++;
      cluster.advance(ms);
    },
    interrupted: () => calls >= steps,
  };
}

describe('interrupting a waiting command', () => {
  it('stops rollout status and wait without a message, exit status 130', () => {
    const ctx = interruptedAfter(5);
    expect(kubectl(['create', 'deployment', 'broken', '--image=nginx:no-such-tag'], ctx).exitCode).toBe(0);
    expect(kubectl(['rollout', 'status', 'deployment/broken'], ctx)).toEqual({
      stdout:
        'Waiting for deployment spec update to be observed...\n' +
        'Waiting for deployment "broken" rollout to finish: 0 out of 1 new replicas have been updated...\n' +
        'Waiting for deployment "broken" rollout to finish: 0 of 1 updated replicas are available...\n',
      stderr: '',
      exitCode: 130,
    });
    expect(kubectl(['wait', '--for=condition=Available', 'deployment/broken', '--timeout=10m'], ctx)).toEqual({ stdout: '', stderr: '', exitCode: 130 });
  });
});
