import { describe, expect, it } from 'vitest';
import { CommandRegistry } from './registry';
import { output, testShell } from './testing/run';
import type { Command } from './types';

const hello: Command = { execute: (args, io) => ({ stdout: `hello ${args.join(',')} from ${io.cwd} stdin=${io.stdin}`, stderr: '', exitCode: 0 }) };

describe('CommandRegistry', () => {
  it('registers files under /usr/bin and builtins without a path', () => {
    const registry = new CommandRegistry().register('kubectl', hello).register('cd', hello, { kind: 'builtin' }).register('ssh', hello, { path: '/usr/bin/ssh' });
    expect(registry.get('kubectl')).toMatchObject({ kind: 'file', path: '/usr/bin/kubectl' });
    expect(registry.get('cd')).toMatchObject({ kind: 'builtin', path: undefined });
    expect(registry.byPath('/usr/bin/ssh')?.name).toBe('ssh');
    expect(registry.names()).toEqual(['kubectl', 'cd', 'ssh']);
  });

  it('makes a registered command runnable, piped, found by which and type', () => {
    const shell = testShell((host) => host.commands.register('hello', hello));
    expect(output(['echo in | hello a b; echo', 'which hello', 'type hello', '/usr/bin/hello x; echo'], shell)).toBe(
      'hello a,b from /root stdin=in\n\n/usr/bin/hello\nhello is /usr/bin/hello\nhello x from /root stdin=\n',
    );
  });
});
