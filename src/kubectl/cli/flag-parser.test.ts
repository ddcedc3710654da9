import { describe, expect, it } from 'vitest';
import { parseFlags } from './flag-parser';
import { FlagSet, type FlagSpec } from './flags';

const SPECS: FlagSpec[] = [
  { name: 'namespace', shorthand: 'n', type: 'string', usage: '' },
  { name: 'all-namespaces', shorthand: 'A', type: 'bool', usage: '' },
  { name: 'watch', shorthand: 'w', type: 'bool', usage: '' },
  { name: 'output', shorthand: 'o', type: 'string', usage: '' },
  { name: 'no-headers', type: 'bool', usage: '' },
  { name: 'label-columns', shorthand: 'L', type: 'stringSlice', usage: '' },
  { name: 'env', type: 'stringArray', usage: '' },
  { name: 'replicas', type: 'int32', usage: '' },
  { name: 'timeout', type: 'duration', usage: '' },
  { name: 'old', type: 'bool', deprecated: 'use --new instead', usage: '' },
];
const flags = new FlagSet(SPECS);

function ok(argv: string[]) {
  const r = parseFlags(flags, argv);
  if (!r.ok) throw new Error(r.message);
  return r;
}
const fail = (argv: string[]): string => {
  const r = parseFlags(flags, argv);
  if (r.ok) throw new Error('parsed');
  return r.message;
};

describe('pflag grammar', () => {
  it('reads values in every spelling', () => {
    for (const argv of [['--namespace=dev'], ['--namespace', 'dev'], ['-n', 'dev'], ['-ndev'], ['-n=dev']]) {
      expect(ok(argv).values.string('namespace'), argv.join(' ')).toBe('dev');
    }
  });

  it('keeps positional arguments in order, wherever flags are', () => {
    const r = ok(['pods', '-n', 'dev', 'web', '-A', 'db']);
    expect(r.args).toEqual(['pods', 'web', 'db']);
    expect(r.values.bool('all-namespaces')).toBe(true);
    expect(r.argsLenAtDash).toBe(-1);
  });

  it('stops at -- and remembers where', () => {
    const r = ok(['a', '--', '-n', 'x', '--foo']);
    expect(r.args).toEqual(['a', '-n', 'x', '--foo']);
    expect(r.argsLenAtDash).toBe(1);
    expect(r.values.changed('namespace')).toBe(false);
  });

  it('treats a lone dash as an argument', () => {
    expect(ok(['-']).args).toEqual(['-']);
  });

  it('reads booleans bare, with =value, and clustered', () => {
    expect(ok(['--no-headers']).values.bool('no-headers')).toBe(true);
    expect(ok(['--no-headers=false']).values.bool('no-headers')).toBe(false);
    expect(ok(['--no-headers=T']).values.bool('no-headers')).toBe(true);
    const r = ok(['-Aw']);
    expect([r.values.bool('all-namespaces'), r.values.bool('watch')]).toEqual([true, true]);
    // A bare boolean never takes the next word: `false` stays an argument.
    expect(ok(['--no-headers', 'false']).args).toEqual(['false']);
  });

  it('gives a value-taking shorthand the rest of its cluster', () => {
    const r = ok(['-Anprod']);
    expect([r.values.bool('all-namespaces'), r.values.string('namespace')]).toEqual([true, 'prod']);
    expect(ok(['-An', 'prod']).values.string('namespace')).toBe('prod');
    expect(ok(['-o=yaml']).values.string('output')).toBe('yaml');
  });

  it('normalises underscores in long names', () => {
    expect(ok(['--all_namespaces']).values.bool('all-namespaces')).toBe(true);
  });

  it('appends repeated slice and array flags, splitting slices on commas', () => {
    expect(ok(['-L', 'app,tier', '-L', 'run']).values.strings('label-columns')).toEqual(['app', 'tier', 'run']);
    expect(ok(['-L', '"a,b",c']).values.strings('label-columns')).toEqual(['a,b', 'c']);
    expect(ok(['--env', 'A=1,2', '--env', 'B=3']).values.strings('env')).toEqual(['A=1,2', 'B=3']);
  });

  it('parses numbers and durations the Go way', () => {
    expect(ok(['--replicas=0x10']).values.number('replicas')).toBe(16);
    expect(ok(['--timeout=1m30s']).values.number('timeout')).toBe(90_000);
    expect(ok(['--timeout=1.5h']).values.number('timeout')).toBe(5_400_000);
  });

  it('reports deprecated flags', () => {
    expect(ok(['--old']).notices).toEqual(['Flag --old has been deprecated, use --new instead']);
  });
});

describe('pflag errors', () => {
  it('names unknown flags and shorthands', () => {
    expect(fail(['--foo'])).toBe('unknown flag: --foo');
    expect(fail(['--foo=bar'])).toBe('unknown flag: --foo');
    expect(fail(['-z'])).toBe("unknown shorthand flag: 'z' in -z");
    // pflag names only the rest of the cluster from the failing letter on.
    expect(fail(['-Az'])).toBe("unknown shorthand flag: 'z' in -z");
  });

  it('reports missing values', () => {
    expect(fail(['--namespace'])).toBe('flag needs an argument: --namespace');
    expect(fail(['-n'])).toBe("flag needs an argument: 'n' in -n");
    expect(fail(['-An'])).toBe("flag needs an argument: 'n' in -n");
  });

  it('reports bad values with the flag names and Go parse errors', () => {
    expect(fail(['--no-headers=maybe'])).toBe('invalid argument "maybe" for "--no-headers" flag: strconv.ParseBool: parsing "maybe": invalid syntax');
    expect(fail(['-A=x'])).toBe('invalid argument "x" for "-A, --all-namespaces" flag: strconv.ParseBool: parsing "x": invalid syntax');
    expect(fail(['--replicas=three'])).toBe('invalid argument "three" for "--replicas" flag: strconv.ParseInt: parsing "three": invalid syntax');
    expect(fail(['--replicas=99999999999'])).toBe('invalid argument "99999999999" for "--replicas" flag: strconv.ParseInt: parsing "99999999999": value out of range');
    expect(fail(['--timeout=5'])).toBe('invalid argument "5" for "--timeout" flag: time: missing unit in duration "5"');
    expect(fail(['--timeout=5y'])).toBe('invalid argument "5y" for "--timeout" flag: time: unknown unit "y" in duration "5y"');
    expect(fail(['--timeout=x'])).toBe('invalid argument "x" for "--timeout" flag: time: invalid duration "x"');
  });

  it('rejects bad long-flag syntax', () => {
    expect(fail(['---x'])).toBe('bad flag syntax: ---x');
    expect(fail(['--=x'])).toBe('bad flag syntax: --=x');
  });
});
