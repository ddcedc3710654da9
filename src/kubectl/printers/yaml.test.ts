import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import yaml from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { loadGolden } from './golden';
import { toYaml } from './yaml';
import { yamlKeyCompare } from './yaml-sort';
import { isYamlTimestamp, resolvesToNonString } from './yaml-resolve';

const read = (p: string) => readFileSync(p, 'utf8');

describe('toYaml scalars', () => {
  const table: Array<[string, string]> = [
    ['', '""'],
    ['nginx', 'nginx'],
    ['true', '"true"'],
    ['True', '"True"'],
    ['y', '"y"'],
    ['Yes', '"Yes"'],
    ['yEs', 'yEs'],
    ['on', '"on"'],
    ['OFF', '"OFF"'],
    ['n', '"n"'],
    ['~', '"~"'],
    ['null', '"null"'],
    ['Null', '"Null"'],
    ['1017', '"1017"'],
    ['-5', '"-5"'],
    ['+5', '"+5"'],
    ['0x1F', '"0x1F"'],
    ['017', '"017"'],
    ['08', '"08"'],
    ['1_000', '"1_000"'],
    ['1e3', '"1e3"'],
    ['1.5', '"1.5"'],
    ['1.', '"1."'],
    ['.5', '".5"'],
    ['.nan', '".nan"'],
    ['-.inf', '"-.inf"'],
    ['12:30', '"12:30"'],
    ['1:20:30.5', '"1:20:30.5"'],
    ['80:30569/TCP', '80:30569/TCP'],
    ['8080:80', '8080:80'],
    ['1.2.3', '1.2.3'],
    ['1G', '1G'],
    ['100m', '100m'],
    ['2026-11-24T11:43:56Z', '"2026-11-24T11:43:56Z"'],
    ['2026-11-24', '"2026-11-24"'],
    ['2026-11-24 10:00:00', '"2026-11-24 10:00:00"'],
    ['2026-11-24T11:43:56', '2026-11-24T11:43:56'],
    ['2026-13-24', '2026-13-24'],
    ['nginx:1.27', 'nginx:1.27'],
    ['*/5 * * * *', "'*/5 * * * *'"],
    ['*', "'*'"],
    ['a: b', "'a: b'"],
    ['a:b', 'a:b'],
    ['a:', "'a:'"],
    [':a', ':a'],
    ['a #b', "'a #b'"],
    ['a#b', 'a#b'],
    [' lead', "' lead'"],
    ['trail ', "'trail '"],
    ['-', "'-'"],
    ['- a', "'- a'"],
    ['-a', '-a'],
    ['---', "'---'"],
    ['@foo', "'@foo'"],
    ['%x', "'%x'"],
    ['{a}', "'{a}'"],
    ['a{b}', 'a{b}'],
    ['?x', '?x'],
    ['? x', "'? x'"],
    ["it's", "it's"],
    ["'q'", "'''q'''"],
    ['"q"', `'"q"'`],
    ['a\tb', '"a\\tb"'],
    ['a\\b', 'a\\b'],
    ['héllo wörld', 'héllo wörld'],
    ['😀', '"\\U0001F600"'],
    ['a\u0085b', '"a\\Nb"'],
    ['\u00a0x', '\u00a0x'],
    ['bell\u0007', '"bell\\a"'],
    ['esc\u001b[0m', '"esc\\e[0m"'],
    ['a\rb', '"a\\rb"'],
  ];
  it.each(table)('%j -> %s', (input, want) => {
    expect(toYaml({ k: input })).toBe(`k: ${want}\n`);
  });

  it('prints numbers, booleans and null as the JSON round trip leaves them', () => {
    expect(toYaml({ a: 3, b: 0, c: -7, d: 0.5, e: 1e21, f: 1234567.5, g: 0.00001, h: true, i: null, j: 2 ** 60 })).toBe(
      'a: 3\nb: 0\nc: -7\nd: 0.5\ne: 1e+21\nf: 1.2345675e+06\ng: 1e-05\nh: true\ni: null\nj: 1152921504606846976\n',
    );
  });

  it('quotes keys like values', () => {
    expect(toYaml({ '80': 'x', 'a b': 1, 'true': 2, 'a: b': 3 })).toBe('"80": x\na b: 1\n\'a: b\': 3\n"true": 2\n');
  });
});

describe('toYaml multi-line strings', () => {
  it('uses | literals with the right chomping and indentation hints', () => {
    expect(toYaml({ k: 'a\nb' })).toBe('k: |-\n  a\n  b\n');
    expect(toYaml({ k: 'a\nb\n' })).toBe('k: |\n  a\n  b\nz: 1\n'.replace('z: 1\n', ''));
    expect(toYaml({ k: 'a\n\n', z: 1 })).toBe('k: |+\n  a\n\nz: 1\n');
    expect(toYaml({ k: '\n' })).toBe('k: |2+\n\n');
    expect(toYaml({ k: ' a\nb' })).toBe('k: |2-\n   a\n  b\n');
    expect(toYaml({ k: 'a\n\nb', z: 1 })).toBe('k: |-\n  a\n\n  b\nz: 1\n');
    expect(toYaml({ k: 'a\n b' })).toBe('k: |-\n  a\n   b\n');
    expect(toYaml({ m: { k: 'x=1\ny=2\n' } })).toBe('m:\n  k: |\n    x=1\n    y=2\n');
    expect(toYaml(['a\nb'])).toBe('- |-\n  a\n  b\n');
  });

  it('falls back to double quotes when a literal cannot hold the text', () => {
    expect(toYaml({ k: 'a \nb' })).toBe('k: "a \\nb"\n');
    expect(toYaml({ k: 'a\nb ' })).toBe('k: "a\\nb "\n');
    expect(toYaml({ k: 'a\tb\nc' })).toBe('k: "a\\tb\\nc"\n');
    expect(toYaml({ 'a\nb': 1 })).toBe('? |-\n  a\n  b\n: 1\n');
  });
});

describe('toYaml long lines', () => {
  it('folds plain scalars at the first space after column 80', () => {
    const words = Array.from({ length: 30 }, (_, i) => `word${i}`).join(' ');
    const out = toYaml({ message: words });
    expect(out).toBe(
      // The space after word11 is reached at column 82 (> 80), so the line breaks there.
      'message: word0 word1 word2 word3 word4 word5 word6 word7 word8 word9 word10 word11\n' +
        '  word12 word13 word14 word15 word16 word17 word18 word19 word20 word21 word22 word23\n' +
        '  word24 word25 word26 word27 word28 word29\n',
    );
    expect(yaml.load(out)).toEqual({ message: words });
  });

  it('never folds a string without spaces, and folds quoted scalars too', () => {
    const long = 'x'.repeat(200);
    expect(toYaml({ k: long })).toBe(`k: ${long}\n`);
    const quoted = `${'a '.repeat(50)}: b`;
    const out = toYaml({ k: quoted });
    expect(out.split('\n').length).toBeGreaterThan(2);
    expect(out.startsWith("k: 'a a")).toBe(true);
    expect(yaml.load(out)).toEqual({ k: quoted });
    const dq = `${'b '.repeat(50)}\tc`;
    const out2 = toYaml({ k: dq });
    expect(out2.startsWith('k: "b b')).toBe(true);
    expect(yaml.load(out2)).toEqual({ k: dq });
  });
});

describe('toYaml structure', () => {
  it('sorts keys, indents maps by 2 and keeps sequences under their key', () => {
    const pod = {
      spec: { containers: [{ name: 'nginx', image: 'nginx', ports: [{ containerPort: 80 }], args: ['a', 'b'] }] },
      metadata: { name: 'web', labels: {} },
      apiVersion: 'v1',
      items: [],
      nested: [[1, 2], [], [{}]],
    };
    expect(toYaml(pod)).toBe(
      [
        'apiVersion: v1',
        'items: []',
        'metadata:',
        '  labels: {}',
        '  name: web',
        'nested:',
        '- - 1',
        '  - 2',
        '- []',
        '- - {}',
        'spec:',
        '  containers:',
        '  - args:',
        '    - a',
        '    - b',
        '    image: nginx',
        '    name: nginx',
        '    ports:',
        '    - containerPort: 80',
        '',
      ].join('\n'),
    );
  });

  it('prints top-level scalars and empty documents', () => {
    expect(toYaml(null)).toBe('null\n');
    expect(toYaml({})).toBe('{}\n');
    expect(toYaml([])).toBe('[]\n');
    expect(toYaml('x')).toBe('x\n');
    expect(toYaml({ a: undefined, b: 1 })).toBe('b: 1\n');
  });

  it('orders keys as go-yaml v2 does', () => {
    const keys = ['b', 'a10', 'a9', 'A', '_x', 'a', 'item02', 'item2', 'item1', 'x-y', 'x.y', 'x1'];
    expect([...keys].sort(yamlKeyCompare)).toEqual(['_x', 'A', 'a', 'a9', 'a10', 'b', 'item1', 'item2', 'item02', 'x-y', 'x.y', 'x1']);
  });

  it('resolves plain scalars like the YAML 1.1 decoder', () => {
    expect(isYamlTimestamp('2026-2-9T1:2:3.5+01:00')).toBe(true);
    expect(isYamlTimestamp('2024-02-30')).toBe(false);
    expect(isYamlTimestamp('2024-02-29')).toBe(true);
    expect(resolvesToNonString('0b101')).toBe(true);
    expect(resolvesToNonString('9223372036854775808')).toBe(true); // fits uint64
    expect(resolvesToNonString('0xfffffffffffffffff')).toBe(false); // overflows both
    expect(resolvesToNonString('1e400')).toBe(false); // overflows float64
  });
});

/** Golden stdout that is one YAML document (possibly cut by `| head -N`). */
const YAML_GOLDENS: Array<[dir: string, name: string]> = [
  ['fake-v1.35', 'get-pod-yaml'],
  ['fake-v1.35', 'get-pods-empty-yaml'],
  ['fake-v1.35', 'config-view'],
  ['fake-v1.35', 'create-clusterrole-dryrun'],
  ['fake-v1.35', 'create-role-dryrun'],
  ['fake-v1.35', 'expose-dryrun-yaml'],
  ['fake-v1.35', 'rollout-history-o-yaml-rev'],
  ['fake-v1.35', 'run-pod-dryrun-yaml'],
  ['fake-v1.35', 'version-yaml'],
  ...[
    'config-view-empty',
    'version-client-yaml',
    'create-clusterrolebinding',
    'create-configmap-envfile',
    'create-configmap-fromfile',
    'create-configmap',
    'create-cronjob',
    'create-deployment-command',
    'create-deployment-multi-image',
    'create-deployment-ns-dryrun',
    'create-deployment-replicas-port-yaml',
    'create-deployment-yaml',
    'create-ingress-tls',
    'create-ingress',
    'create-job',
    'create-namespace',
    'create-pdb',
    'create-priorityclass',
    'create-quota',
    'create-rolebinding',
    'create-secret-docker-registry',
    'create-secret-generic',
    'create-secret-tls',
    'create-service-clusterip-none',
    'create-service-clusterip',
    'create-service-externalname',
    'create-service-loadbalancer',
    'create-service-nodeport',
    'create-serviceaccount',
  ].map((n) => ['local-v1.35', n] as [string, string]),
];

describe('toYaml against the goldens (parse, re-print, compare bytes)', () => {
  it.each(YAML_GOLDENS)('%s/%s', (dir, name) => {
    const g = loadGolden(read, dir, name);
    // `kubectl version -o yaml` prints one extra newline after the document.
    const body = name.startsWith('version') ? g.stdout.replace(/\n\n$/, '\n') : g.stdout;
    const head = /\| head -(\d+)$/.exec(g.command);
    const printed = toYaml(yaml.load(body, { schema: yaml.CORE_SCHEMA }));
    if (head) {
      const lines = printed.replace(/\n$/, '').split('\n');
      expect(`${lines.slice(0, Number(head[1])).join('\n')}\n`).toBe(body);
    } else {
      expect(printed).toBe(body);
    }
  });
});

describe('toYaml round trip (property)', () => {
  const alphabet = ['a', 'b', 'Z', '0', '1', '9', ' ', ' ', ':', '#', '-', '.', ',', '[', '{', '?', '!', '&', '*', "'", '"', '\\', '\n', '\t', 'é', '😀', '~', '%', '@', '`', '|', '>'];
  const text = fc.array(fc.constantFrom(...alphabet), { maxLength: 120 }).map((cs) => cs.join(''));
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    node: fc.oneof(
      { depthSize: 'small' },
      text,
      fc.integer(),
      fc.boolean(),
      fc.constant(null),
      fc.array(tie('node'), { maxLength: 4 }),
      fc.dictionary(text, tie('node'), { maxKeys: 4 }),
    ),
  })).node;

  // kubectl always prints an object at the top (a root block scalar's indentation hint is read
  // differently by YAML 1.2 parsers), so values are wrapped in one.
  it('prints YAML that reads back to the same value', () => {
    fc.assert(
      fc.property(value, (v) => {
        expect(yaml.load(toYaml({ v }), { schema: yaml.CORE_SCHEMA })).toEqual({ v });
      }),
      { numRuns: 400 },
    );
  });
});
