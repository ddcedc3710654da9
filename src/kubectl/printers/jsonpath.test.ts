import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGolden } from './golden';
import { executeJsonPath, parseJsonPath, type ExecuteOptions } from './jsonpath';

const read = (p: string) => readFileSync(p, 'utf8');

const pod = (name: string, phase: string, extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1',
  kind: 'Pod',
  metadata: { name, namespace: 'default', labels: { app: 'nginx', 'app.kubernetes.io/name': name } },
  spec: { containers: [{ name: 'c', image: `${name}:1` }, { name: 's', image: 'side:2' }], ...extra },
  status: { phase },
});

const LIST = {
  apiVersion: 'v1',
  kind: 'List',
  metadata: { resourceVersion: '' },
  items: [
    pod('a', 'Running', { nodeName: 'node01', replicas: 3, ratio: 0.5, ready: true, gone: null }),
    pod('b', 'Pending', { replicas: 1, ratio: 1.5, ready: false }),
  ],
};

/** Text printed for `template` over `data`, or the error message. */
function run(template: string, data: unknown = LIST, options: ExecuteOptions = {}): string {
  const parsed = parseJsonPath(template);
  if (!parsed.ok) return `PARSE: ${parsed.message}`;
  const out = executeJsonPath(parsed.program, data, options);
  return out.ok ? out.text : `EXEC: ${out.reason}`;
}

describe('jsonpath selection and printing', () => {
  const table: Array<[string, string]> = [
    ['{.items[*].metadata.name}', 'a b'],
    ['{.items[0].metadata.name}', 'a'],
    ['{.items[-1].metadata.name}', 'b'],
    ['{.items[0:1].metadata.name}', 'a'],
    ['{.items[1:].metadata.name}', 'b'],
    ['{.items[::2].metadata.name}', 'a'],
    ['{.items[0,1].metadata.name}', 'a b'],
    ['{.items[*].spec.containers[*].image}', 'a:1 side:2 b:1 side:2'],
    ['{range .items[*]}{.metadata.name}{"\\t"}{.status.phase}{"\\n"}{end}', 'a\tRunning\nb\tPending\n'],
    ["{range .items[*]}[{.metadata.name}]{end}", '[a][b]'],
    ['{range .items[*]}{range .spec.containers[*]}{.name},{end};{end}', 'c,s,;c,s,;'],
    ['{.items[?(@.status.phase=="Running")].metadata.name}', 'a'],
    ["{.items[?(@.status.phase!='Running')].metadata.name}", 'b'],
    ['{.items[?(@.spec.replicas>1)].metadata.name}', 'a'],
    ['{.items[?(@.spec.replicas<=1)].metadata.name}', 'b'],
    ['{.items[?(@.spec.ratio>=1.0)].metadata.name}', 'b'],
    ['{.items[?(@.spec.ready==true)].metadata.name}', 'a'],
    ['{.items[?(@.spec.nodeName)].metadata.name}', 'a'],
    ['{..phase}', 'Running Pending'],
    ['{.items[0].metadata.labels}', '{"app":"nginx","app.kubernetes.io/name":"a"}'],
    ['{.items[0].metadata.labels.app\\.kubernetes\\.io/name}', 'a'],
    ["{.items[0].metadata.labels['app']}", 'nginx'],
    ["{.items[*]['metadata.name']}", 'a b'],
    ['{.items[0].spec.replicas} {.items[0].spec.ratio} {.items[0].spec.ready} {.items[0].spec.gone}', '3 0.5 true null'],
    ['{.items[0].spec.containers[0]}', '{"image":"a:1","name":"c"}'],
    ['{.metadata}', '{"resourceVersion":""}'],
    ['{.missing}', ''],
    ['{.items[*].missing}', ''],
    ['name: {.items[0].metadata.name}!', 'name: a!'],
    ['plain text', 'plain text'],
    ['{.items[0].metadata.name}{.items[1].metadata.name}', 'ab'],
    ['{$.kind}', 'List'],
    ['{@.kind}', 'List'],
    ['{3} {2.5} {true} {"lit"}', '3 2.5 true lit'],
    ['{.items[0].metadata.labels.*}', 'nginx a'],
  ];
  it.each(table)('%s', (template, want) => {
    expect(run(template)).toBe(want);
  });

  it('prints every action as an indented JSON array for -o jsonpath-as-json', () => {
    expect(run('{.items[*].metadata.name}', LIST, { outputJson: true })).toBe('[\n    "a",\n    "b"\n]\n');
  });

  it('walks an empty range without output', () => {
    expect(run('{range .items[*]}{.metadata.name}{"\\n"}{end}', { items: [] })).toBe('');
  });
});

describe('jsonpath errors', () => {
  const table: Array<[string, string]> = [
    ['{.items[*].metadata.name', 'PARSE: error parsing jsonpath {.items[*].metadata.name, unclosed action'],
    ['{.items[}', 'PARSE: error parsing jsonpath {.items[}, unterminated array'],
    ['{.items[x]}', 'PARSE: error parsing jsonpath {.items[x]}, invalid array index x'],
    ['{.items[-]}', 'PARSE: error parsing jsonpath {.items[-]}, array index - is not a number'],
    ['{"abc}', 'PARSE: error parsing jsonpath {"abc}, unterminated quoted string'],
    ['{.items[?(@.x==1}', 'PARSE: error parsing jsonpath {.items[?(@.x==1}, unterminated filter'],
    ['{.items[?(@.x==1)}', 'PARSE: error parsing jsonpath {.items[?(@.x==1)}, unclosed array expect ]'],
    ['{.a | b}', "PARSE: error parsing jsonpath {.a | b}, unrecognized character in action: U+007C '|'"],
    ['{.a\tb}', 'PARSE: error parsing jsonpath {.a\tb}, unrecognized character in action: U+0009'],
    ['{....a}', 'PARSE: error parsing jsonpath {....a}, invalid multiple recursive descent'],
    ['{1.2.3}', 'PARSE: error parsing jsonpath {1.2.3}, cannot parse number 1.2.3'],
    ["{'it\\\"s'}", "PARSE: error parsing jsonpath {'it\\\"s'}, unquote string 'it\\\"s' error invalid syntax"],
    ['{end}', 'EXEC: not in range, nothing to end'],
    ['{foo}', 'EXEC: unrecognized identifier foo'],
    ['{.items[5].metadata.name}', 'EXEC: array index out of bounds: index 5, length 2'],
    ['{.items[1:3].metadata.name}', 'EXEC: array index out of bounds: index 2, length 2'],
    ['{.items[1:0]}', 'EXEC: starting index 1 is greater than ending index 0'],
    ['{.items[::0]}', 'EXEC: step must be > 0'],
    ['{.kind[0]}', 'EXEC: string is not array or slice'],
    ['{.metadata[0]}', 'EXEC: map[string]interface {} is not array or slice'],
    ['{.metadata[?(@.a)]}', 'EXEC: map[resourceVersion:] is not array or slice and cannot be filtered'],
    ['{.items[?(@.spec.replicas=="3")]}', 'EXEC: incompatible types for comparison'],
    ['{.items[?(@.spec.replicas==3.0)]}', 'EXEC: incompatible types for comparison'],
    ['{.items[?(@.spec.ready>false)]}', 'EXEC: invalid type for comparison'],
    ['{.items[?(@.metadata==1)]}', 'EXEC: invalid type for comparison'],
    ['{.items[?(@.spec.containers[*].name=="c")]}', 'EXEC: can only compare one element at a time'],
    ['{.items[?(@.spec.replicas=1)]}', 'EXEC: unrecognized filter operator ='],
  ];
  it.each(table)('%s', (template, want) => {
    expect(run(template)).toBe(want);
  });

  it('errors on the first item of an empty list even when missing keys are allowed', () => {
    expect(run('{.items[0].metadata.name}', { items: [] })).toBe('EXEC: array index out of bounds: index 0, length 0');
  });

  it('reports missing keys with --allow-missing-template-keys=false, in kubectl words', () => {
    const parsed = parseJsonPath('{.foo}');
    if (!parsed.ok) throw new Error(parsed.message);
    const out = executeJsonPath(parsed.program, { kind: 'Pod', n: 1, l: ['x', null], m: {} }, { allowMissingKeys: false });
    expect(out).toEqual({
      ok: false,
      reason: 'foo is not found',
      message:
        'error executing jsonpath "{.foo}": Error executing template: foo is not found. Printing more information for debugging the template:\n' +
        '\ttemplate was:\n\t\t{.foo}\n' +
        '\tobject given to jsonpath engine was:\n' +
        '\t\tmap[string]interface {}{"kind":"Pod", "l":[]interface {}{"x", interface {}(nil)}, "m":map[string]interface {}{}, "n":1}\n\n\n',
    });
  });

  it('keeps missing keys silent in filters and exists checks', () => {
    expect(run('{.items[?(@.spec.nodeName=="node01")].metadata.name}', LIST, { allowMissingKeys: false })).toBe(
      'EXEC: nodeName is not found',
    );
    expect(run('{.items[?(@.spec.nodeName)].metadata.name}', LIST, { allowMissingKeys: false })).toBe('a');
  });
});

describe('jsonpath against the goldens', () => {
  // The pods of the fake cluster, reduced to the fields the golden templates read.
  const range = loadGolden(read, 'fake-v1.35', 'get-pods-jsonpath-range').stdout;
  const pods = range
    .trimEnd()
    .split('\n')
    .map((line) => {
      const [name = '', phase = ''] = line.split('\t');
      return { metadata: { name }, status: { phase, ...(name === 'web' ? { podIP: '10.244.1.9' } : {}) } };
    });
  const list = { apiVersion: 'v1', kind: 'List', items: pods, metadata: { resourceVersion: '' } };

  it.each(['get-pods-jsonpath', 'get-pods-jsonpath-range'])('fake-v1.35/%s', (name) => {
    const g = loadGolden(read, 'fake-v1.35', name);
    const template = /-o jsonpath="(.*)"$/.exec(g.command)?.[1]?.replace(/\\(["\\])/g, '$1') ?? '';
    expect(run(template, list)).toBe(g.stdout);
  });

  it('fake-v1.35/get-pod-jsonpath-single', () => {
    const g = loadGolden(read, 'fake-v1.35', 'get-pod-jsonpath-single');
    expect(run('{.status.podIP}', pods.find((p) => p.metadata.name === 'web'))).toBe(g.stdout);
  });

  it('fake-v1.35/config-set-ns ({..namespace} over a minified kubeconfig)', () => {
    const g = loadGolden(read, 'fake-v1.35', 'config-set-ns');
    const config = {
      apiVersion: 'v1',
      kind: 'Config',
      clusters: [{ name: 'kubernetes', cluster: { server: 'http://127.0.0.1:18035' } }],
      contexts: [{ name: 'kubernetes-admin@kubernetes', context: { cluster: 'kubernetes', user: 'kubernetes-admin', namespace: 'dev' } }],
      'current-context': 'kubernetes-admin@kubernetes',
      users: [{ name: 'kubernetes-admin', user: {} }],
    };
    // The command echoes a newline after the jsonpath output.
    expect(`Context "kubernetes-admin@kubernetes" modified.\n${run('{..namespace}', config)}\n`).toBe(g.stdout);
  });

  it('fake-v1.35/get-bad-jsonpath', () => {
    const g = loadGolden(read, 'fake-v1.35', 'get-bad-jsonpath');
    const parsed = parseJsonPath('{.items[*].metadata.name');
    expect(parsed.ok ? '' : `error: ${parsed.message}\n`).toBe(g.stderr);
  });
});
