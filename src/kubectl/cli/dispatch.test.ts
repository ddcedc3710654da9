import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { goldenCluster } from '../testing/golden-state';

const cluster = goldenCluster();
const run = (...args: string[]) => kubectl(args, { cluster });

describe('command tree', () => {
  it('prints the root help for `kubectl`, `kubectl --help`, flags only, and `kubectl help`', async () => {
    const help = run();
    expect(help.exitCode).toBe(0);
    expect(help.stderr).toBe('');
    await expect(help.stdout).toMatchFileSnapshot('./__golden__/help-root.txt');
    for (const args of [['--help'], ['-h'], ['-n', 'dev'], ['help']]) expect(run(...args), args.join(' ')).toEqual(help);
  });

  it('prints a command help for --help, -h and `kubectl help <command>`', async () => {
    const help = run('get', '--help');
    expect(help.exitCode).toBe(0);
    await expect(help.stdout).toMatchFileSnapshot('./__golden__/help-get.txt');
    expect(run('get', 'pods', '-h')).toEqual(help);
    expect(run('help', 'get')).toEqual(help);
    // Flags are parsed before help is honoured, so a bad flag still fails.
    expect(run('get', '--foo', '--help').stderr).toBe("error: unknown flag: --foo\nSee 'kubectl get --help' for usage.\n");
  });

  it('lists the global options', async () => {
    const r = run('options');
    expect(r.exitCode).toBe(0);
    await expect(r.stdout).toMatchFileSnapshot('./__golden__/options.txt');
  });

  it('suggests close commands, prefixes and SuggestFor words', () => {
    expect(run('list', 'pods').stderr).toBe('error: unknown command "list" for "kubectl"\n\nDid you mean this?\n\tget\n');
    expect(run('ap').stderr).toBe('error: unknown command "ap" for "kubectl"\n\nDid you mean this?\n\ttop\n\tcp\n\tapply\n\tapi-versions\n\tapi-resources\n');
    expect(run('xyzzy')).toEqual({ stdout: '', stderr: 'error: unknown command "xyzzy" for "kubectl"\n', exitCode: 1 });
    expect(run('GET', 'pods').stderr).toBe('error: unknown command "GET" for "kubectl"\n\nDid you mean this?\n\tset\n\tget\n');
  });

  it('finds the command after global flags and their values', () => {
    expect(run('--namespace', 'kube-system', 'get', 'ds').stdout).toBe(run('get', 'ds', '-n', 'kube-system').stdout);
    expect(run('-v', '6', 'get', 'ns', 'dev').exitCode).toBe(0);
  });

  it('rejects unknown flags at the root', () => {
    expect(run('--foo')).toEqual({ stdout: '', stderr: "error: unknown flag: --foo\nSee 'kubectl --help' for usage.\n", exitCode: 1 });
  });

  it('answers plainly for real commands the simulator lacks', () => {
    expect(run('proxy')).toEqual({ stdout: '', stderr: 'error: "kubectl proxy" is not available in this simulator yet\n', exitCode: 1 });
  });
});

describe('robustness', () => {
  const TOKENS = [
    'get', 'pods', 'po', 'pod/web', 'web', 'nope', 'all', 'svc,deploy', 'nodes', 'events', 'ns', 'foo', 'describe', 'help', 'options', '-n',
    'kube-system', '-A', '-o', 'yaml', 'json', 'name', 'wide', 'jsonpath={.items[*].metadata.name}', 'custom-columns=N:.metadata.name', '-l',
    'app=nginx', 'app in (a', '--field-selector', 'status.phase=Running', '--sort-by', '.metadata.name', '--no-headers', '--show-labels', '-L',
    'run', '--', '-', '--ignore-not-found', '-w', '--context', 'x', '-h', '--help', '-z', '--foo=bar', '-v=9', '--show-kind', '=', '',
  ];
  const argv = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 8 })), { maxLength: 8 });

  it('never throws, never reports an internal error, and exits 0 or 1', () => {
    fc.assert(
      fc.property(argv, (args) => {
        const r = kubectl(args, { cluster });
        expect([0, 1]).toContain(r.exitCode);
        expect(r.stderr).not.toContain('internal error');
        if (r.exitCode === 1) expect(r.stderr.length + r.stdout.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });
});
