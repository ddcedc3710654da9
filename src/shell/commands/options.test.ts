import { describe, expect, it } from 'vitest';
import { parseArgs } from './options';

describe('parseArgs', () => {
  const spec = { flags: 'la', values: 'n', long: { lines: { key: 'n', value: true as const }, all: { key: 'a' } } };

  it('handles clusters, attached values, long options, prefixes and --', () => {
    const parsed = parseArgs('x', ['-la', 'f1', '-n5', '--lin=7', '--al', '--', '-z'], spec);
    expect(parsed.ok && [parsed.args.options, parsed.args.operands]).toEqual([
      [
        { key: 'l', value: undefined },
        { key: 'a', value: undefined },
        { key: 'n', value: '5' },
        { key: 'n', value: '7' },
        { key: 'a', value: undefined },
      ],
      ['f1', '-z'],
    ]);
  });

  it('returns getopt’s messages', () => {
    const stderr = (args: string[]) => {
      const parsed = parseArgs('x', args, { ...spec, usageExit: 2 });
      return parsed.ok ? undefined : [parsed.result.stderr, parsed.result.exitCode];
    };
    expect(stderr(['-z'])).toEqual(["x: invalid option -- 'z'\nTry 'x --help' for more information.\n", 2]);
    expect(stderr(['-n'])).toEqual(["x: option requires an argument -- 'n'\nTry 'x --help' for more information.\n", 2]);
    expect(stderr(['--nope'])).toEqual(["x: unrecognized option '--nope'\nTry 'x --help' for more information.\n", 2]);
    expect(stderr(['--all=1'])).toEqual(["x: option '--all' doesn't allow an argument\nTry 'x --help' for more information.\n", 2]);
  });
});
