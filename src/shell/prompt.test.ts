import { describe, expect, it } from 'vitest';
import { promptFor } from './prompt';
import { testShell } from './testing/run';

describe('promptFor', () => {
  it('shows host and directory, with ~ for home', () => {
    const shell = testShell();
    expect(promptFor(shell.host)).toBe('controlplane:~$ ');
    shell.run('mkdir -p sub && cd sub');
    expect(promptFor(shell.host)).toBe('controlplane:~/sub$ ');
    shell.run('cd /etc');
    expect(promptFor(shell.host)).toBe('controlplane:/etc$ ');
  });
});
