import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  parseCustomColumnsSpec,
  parseCustomColumnsTemplate,
  printCustomColumns,
  relaxedJsonPathExpression,
  type CustomColumn,
} from './custom-columns';
import { loadGolden } from './golden';
import { newKubectlTabWriter } from './tabwriter';

const read = (p: string) => readFileSync(p, 'utf8');

function columns(spec: string): CustomColumn[] {
  const parsed = parseCustomColumnsSpec(spec);
  if (!parsed.ok) throw new Error(parsed.message);
  return parsed.columns;
}

describe('custom-columns spec parsing', () => {
  it('relaxes paths to complete jsonpath templates', () => {
    for (const p of ['metadata.name', '.metadata.name', '{metadata.name}', '{.metadata.name}']) {
      expect(relaxedJsonPathExpression(p)).toEqual({ ok: true, template: '{.metadata.name}' });
    }
    expect(relaxedJsonPathExpression('')).toEqual({ ok: true, template: '' });
    expect(relaxedJsonPathExpression('{.a}{.b}')).toEqual({
      ok: false,
      message: "unexpected path string, expected a 'name1.name2' or '.name1.name2' or '{name1.name2}' or '{.name1.name2}'",
    });
  });

  it('splits NAME:path pairs on commas and the first colon', () => {
    expect(columns('NAME:.metadata.name,IMAGE:spec.containers[0].image,A:b:c')).toEqual([
      { header: 'NAME', fieldSpec: '{.metadata.name}' },
      { header: 'IMAGE', fieldSpec: '{.spec.containers[0].image}' },
      { header: 'A', fieldSpec: '{.b:c}' },
    ]);
  });

  it('rejects specs without a colon, and empty specs', () => {
    expect(parseCustomColumnsSpec('NAME')).toEqual({
      ok: false,
      message: 'unexpected custom-columns spec: NAME, expected <header>:<json-path-expr>',
    });
    expect(parseCustomColumnsSpec('')).toEqual({ ok: false, message: 'custom-columns format specified but no custom columns given' });
  });

  it('reads custom-columns-file templates', () => {
    expect(parseCustomColumnsTemplate('NAME   IMAGE\n{.metadata.name}  spec.containers[0].image\n')).toEqual({
      ok: true,
      columns: [
        { header: 'NAME', fieldSpec: '{.metadata.name}' },
        { header: 'IMAGE', fieldSpec: '{.spec.containers[0].image}' },
      ],
    });
    const hint = 'Expected format is one line of space separated headers, one line of space separated column specs.';
    expect(parseCustomColumnsTemplate('')).toEqual({ ok: false, message: `invalid template, missing header line. ${hint}` });
    expect(parseCustomColumnsTemplate('NAME\n')).toEqual({ ok: false, message: `invalid template, missing spec line. ${hint}` });
    expect(parseCustomColumnsTemplate('A B\n.a\n')).toEqual({
      ok: false,
      message: "number of headers (2) and field specifications (1) don't match",
    });
  });
});

describe('custom-columns printing', () => {
  const pods = [
    {
      metadata: { name: 'web', labels: { app: 'web', tier: 'fe' } },
      spec: { containers: [{ image: 'nginx' }, { image: 'busybox' }], nodeName: 'node01' },
      status: { podIP: null, phase: 'Running' },
    },
    { metadata: { name: 'db' }, spec: { containers: [{ image: 'postgres\x1b[0m' }] }, status: {} },
  ];

  it('joins several values with commas, shows <none> for nothing and Go %v for maps and nulls', () => {
    const out = printCustomColumns(
      columns('NAME:.metadata.name,IMAGES:.spec.containers[*].image,LABELS:.metadata.labels,IP:.status.podIP,NODE:.spec.nodeName'),
      pods,
    );
    expect(out).toEqual({
      ok: true,
      text:
        'NAME   IMAGES          LABELS                 IP       NODE\n' +
        'web    nginx,busybox   map[app:web tier:fe]   <nil>    node01\n' +
        'db     postgres^[[0m   <none>                 <none>   <none>\n',
    });
  });

  it('omits the header with --no-headers and leaves flushing to a shared writer', () => {
    const w = newKubectlTabWriter();
    expect(printCustomColumns(columns('N:.metadata.name'), pods, { noHeaders: true, writer: w })).toEqual({ ok: true, text: '' });
    expect(w.flush()).toBe('web\ndb\n');
  });

  it('prints <none> for an empty path and reports template errors after the header', () => {
    expect(printCustomColumns(columns('X:'), pods)).toEqual({ ok: true, text: 'X\n<none>\n<none>\n' });
    expect(printCustomColumns(columns('NAME:.metadata.name,BAD:.spec.containers['), pods)).toEqual({
      ok: false,
      text: 'NAME   BAD\n',
      message: 'unterminated array',
    });
    expect(printCustomColumns(columns('NAME:.metadata.name,C:.spec.containers[1].image'), pods)).toEqual({
      ok: false,
      text: 'NAME   C\nweb    busybox\n',
      message: 'array index out of bounds: index 1, length 1',
    });
  });
});

describe('custom-columns against the goldens', () => {
  // Pods reduced to the fields the golden commands read, taken from get-pods-custom-columns itself.
  const golden = loadGolden(read, 'fake-v1.35', 'get-pods-custom-columns');
  const pods = golden.stdout
    .trimEnd()
    .split('\n')
    .slice(1)
    .map((line) => {
      const [name = '', node = '', ip = ''] = line.split(/ +/);
      return {
        metadata: { name },
        spec: node === '<none>' ? {} : { nodeName: node },
        status: ip === '<none>' ? {} : { podIP: ip },
      };
    });

  it.each(['get-pods-custom-columns', 'get-pods-custom-columns-missing'])('fake-v1.35/%s', (name) => {
    const g = loadGolden(read, 'fake-v1.35', name);
    const spec = /custom-columns=(\S+)$/.exec(g.command)?.[1] ?? '';
    expect(printCustomColumns(columns(spec), pods)).toEqual({ ok: true, text: g.stdout });
  });

  it('fake-v1.35/get-pods-custom-columns-bad', () => {
    const g = loadGolden(read, 'fake-v1.35', 'get-pods-custom-columns-bad');
    const parsed = parseCustomColumnsSpec('NAME');
    expect(parsed.ok ? '' : `error: ${parsed.message}\n`).toBe(g.stderr);
  });
});
