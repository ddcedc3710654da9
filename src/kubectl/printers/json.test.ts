import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadGolden } from './golden';
import { goJsonString, toCompactJson, toJson } from './json';

const read = (p: string) => readFileSync(p, 'utf8');

/** Same object with its keys in reverse order at every level, to prove sorting does the work. */
function reversed(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(reversed);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).reverse().map(([k, x]) => [k, reversed(x)]));
  }
  return v;
}

describe('toJson', () => {
  it('indents by four spaces, sorts keys, prints {} and [] and ends with a newline', () => {
    expect(toJson({ b: [], a: {}, c: [1, 'x', null, true], d: { z: 1, y: 2 } })).toBe(
      '{\n    "a": {},\n    "b": [],\n    "c": [\n        1,\n        "x",\n        null,\n        true\n    ],\n' +
        '    "d": {\n        "y": 2,\n        "z": 1\n    }\n}\n',
    );
  });

  it('keeps insertion order when asked and supports other indents', () => {
    expect(toJson({ kind: 'Pod', apiVersion: 'v1' }, { sortKeys: false, indent: '  ' })).toBe(
      '{\n  "kind": "Pod",\n  "apiVersion": "v1"\n}\n',
    );
  });

  it('escapes strings as Go encoding/json does (HTML-safe)', () => {
    expect(goJsonString('<a href="x">&</a>')).toBe('"\\u003ca href=\\"x\\"\\u003e\\u0026\\u003c/a\\u003e"');
    expect(goJsonString('tab\tnl\ncr\rbs\bff\f\u0001\u001f\u007f')).toBe('"tab\\tnl\\ncr\\rbs\\bff\\f\\u0001\\u001f\u007f"');
    expect(goJsonString('\u2028\u2029 é 😀 \\')).toBe('"\\u2028\\u2029 é 😀 \\\\"');
    expect(goJsonString('\ud800x')).toBe('"\\ufffdx"');
  });

  it('prints numbers like Go int64 / float64', () => {
    expect(toCompactJson([0, -3, 2 ** 62, 0.5, 1e-7, 1.5e-7, 1e21, 123456789.25])).toBe(
      '[0,-3,4611686018427387904,0.5,1e-7,1.5e-7,1e+21,123456789.25]',
    );
  });

  it('drops undefined fields and writes compact JSON for jsonpath', () => {
    expect(toCompactJson({ b: 1, a: undefined, c: { y: [1, { x: '<' }] } })).toBe('{"b":1,"c":{"y":[1,{"x":"\\u003c"}]}}');
  });
});

describe('toJson against the goldens', () => {
  it.each(['get-pod-json', 'get-pods-empty-json'])('fake-v1.35/%s (decoded object: sorted keys)', (name) => {
    const { stdout } = loadGolden(read, 'fake-v1.35', name);
    expect(toJson(reversed(JSON.parse(stdout)))).toBe(stdout);
  });

  it('local-v1.35/create-deployment-json (typed object: field order kept)', () => {
    const { stdout } = loadGolden(read, 'local-v1.35', 'create-deployment-json');
    expect(toJson(JSON.parse(stdout), { sortKeys: false })).toBe(stdout);
  });

  it('local-v1.35/version-client-json (two-space indent, field order kept)', () => {
    const { stdout } = loadGolden(read, 'local-v1.35', 'version-client-json');
    expect(toJson(JSON.parse(stdout), { sortKeys: false, indent: '  ' })).toBe(stdout);
  });
});
