// A sandbox made before its commands arrive (the browser's worker: command-source.lazy.ts) gets them
// when they do, and runs lines as if they had always been there.
import { describe, expect, it, vi } from 'vitest';
import { loadCommands } from './command-source';
import { createSandbox } from './create-sandbox';

vi.mock('./command-source', () => import('./command-source.lazy'));

describe('a sandbox whose commands load later', () => {
  it('restores and shows its prompt at once, and runs lines once the commands (and bash) are loaded', async () => {
    const sandbox = createSandbox({ seed: 1 });
    expect(sandbox.prompt()).toBe('controlplane:~$ ');
    // The worker never runs a line before the commands are there (src/ui/sandbox/engine-gate.ts).
    expect(() => sandbox.run('type kubectl')).toThrow('the shell is not loaded yet');
    await loadCommands();
    const lines = ['type kubectl', 'kubectl get nodes'].map((line) => sandbox.run(line).output).join('');
    expect(lines).toBe(
      [
        'kubectl is /usr/bin/kubectl',
        'NAME           STATUS   ROLES           AGE   VERSION',
        'controlplane   Ready    control-plane   10d   v1.35.0',
        'node01         Ready    <none>          10d   v1.35.0',
        'node02         Ready    <none>          10d   v1.35.0',
        '',
      ].join('\n'),
    );
  });
});
