import { describe, it, expect } from 'vitest';
import {
  aggregateErrors,
  formatLabelSelector,
  goQuote,
  labelKeyErrors,
  labelSelectorFromObject,
  labelValueErrors,
  matchesLabels,
  parseLabelSelector,
  selectorFromMap,
  selectorToString,
  validateLabelSelector,
} from './labels';
import type { ParsedLabelSelector } from './labels';

// Upstream's wording, double space after each example comma included.
const NAME_PART =
  "name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')";
const VALUE =
  "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')";
const PREFIX_PART =
  "prefix part a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const TOO_MANY_SLASHES =
  "a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')";

function parsed(s: string): ParsedLabelSelector {
  const r = parseLabelSelector(s);
  if (!r.ok) throw new Error(r.message);
  return r.selector;
}

describe('parseLabelSelector: accepted syntax and canonical string', () => {
  const cases: [string, string][] = [
    ['', ''],
    ['   ', ''],
    ['app=nginx', 'app=nginx'],
    ['app==nginx', 'app==nginx'],
    ['app!=nginx', 'app!=nginx'],
    ['tier in (web,api,web)', 'tier in (api,web)'],
    ['tier notin (db)', 'tier notin (db)'],
    ['app', 'app'],
    ['!canary', '!canary'],
    ['replicas>2', 'replicas>2'],
    ['replicas<10', 'replicas<10'],
    ['app=', 'app='],
    ['a in ()', 'a in ()'],
    ['a in (,)', 'a in ()'],
    ['x in (foo,,baz),y,z notin ()', 'x in (,baz,foo),y,z notin ()'],
    [' app = nginx , tier in ( web ) ', 'app=nginx,tier in (web)'],
    ['\tapp\n=\rnginx', 'app=nginx'],
    ['a in(x),b notin(y)', 'a in (x),b notin (y)'],
    ['zeta=1,alpha=2,mid', 'alpha=2,mid,zeta=1'],
    ['in in (in),notin=notin', 'in in (in),notin=notin'],
    ['example.com/tier=web', 'example.com/tier=web'],
    ['a=b,a=c', 'a=b,a=c'],
    // A NUL ends the token it stops (upstream's lexer reads byte 0 as end of input).
    ['a,\0b', 'a,b'],
  ];
  it.each(cases)('%j → %j', (input, canonical) => {
    expect(selectorToString(parsed(input))).toBe(canonical);
  });

  it('produces typed requirements sorted by key', () => {
    expect(parsed('b in (y,x),a!=1,!c,d>3')).toEqual([
      { key: 'a', operator: '!=', values: ['1'] },
      { key: 'b', operator: 'in', values: ['x', 'y'] },
      { key: 'c', operator: '!', values: [] },
      { key: 'd', operator: 'gt', values: ['3'] },
    ]);
  });
});

describe('parseLabelSelector: errors are the API server message', () => {
  const cases: [string, string][] = [
    ['a b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['a!b', "unable to parse requirement: found '!', expected: in, notin, =, ==, !=, gt, lt"],
    ['app in (a', "unable to parse requirement: found '', expected: ',' or ')'"],
    ['a in (x y)', "unable to parse requirement: found 'y', expected: ',' or ')'"],
    ['a in', "unable to parse requirement: found '' expected: '('"],
    ['a notin x', "unable to parse requirement: found 'x' expected: '('"],
    ['a in (=)', "unable to parse requirement: found '=', expected: ',', ')' or identifier"],
    ['a in (x,=)', "unable to parse requirement: found '=', expected: ',', or identifier"],
    ['a=(b)', "unable to parse requirement: found '(', expected: identifier"],
    ['a>=1', "unable to parse requirement: found '=', expected: identifier"],
    ['! =a', "unable to parse requirement: found '=', expected: identifier"],
    ['!=a', "found '!=', expected: !, identifier, or 'end of string'"],
    ['!', "unable to parse requirement: found '', expected: identifier"],
    ['=a', "found '=', expected: !, identifier, or 'end of string'"],
    [',a', "found ',', expected: !, identifier, or 'end of string'"],
    ['(a)', "found '(', expected: !, identifier, or 'end of string'"],
    ['a,', "found '', expected: identifier after ','"],
    ['a,,b', "found ',', expected: identifier after ','"],
    ['a=b c', "found 'c', expected: ',' or 'end of string'"],
    ['a=b=c', "found '=', expected: ',' or 'end of string'"],
    ['a!=b!=c', "found '!=', expected: ',' or 'end of string'"],
    ['!a=b', "found '=', expected: ',' or 'end of string'"],
    ['a\0b', "unable to parse requirement: found 'b', expected: in, notin, =, ==, !=, gt, lt"],
    ['-a=b', `unable to parse requirement: <nil>: Invalid value: "-a": ${NAME_PART}`],
    ['a/b/c', `unable to parse requirement: <nil>: Invalid value: "a/b/c": ${TOO_MANY_SLASHES}`],
    ['/a', 'unable to parse requirement: <nil>: Invalid value: "/a": prefix part must be non-empty'],
    ['a/', `unable to parse requirement: <nil>: Invalid value: "a/": name part must be non-empty; ${NAME_PART}`],
    ['Example.com/a', `unable to parse requirement: <nil>: Invalid value: "Example.com/a": ${PREFIX_PART}`],
    [`${'k'.repeat(64)}=v`, `unable to parse requirement: <nil>: Invalid value: "${'k'.repeat(64)}": name part must be no more than 63 bytes`],
    ['a=-b', `unable to parse requirement: values[0][a]: Invalid value: "-b": ${VALUE}`],
    [`a=${'v'.repeat(64)}`, `unable to parse requirement: values[0][a]: Invalid value: "${'v'.repeat(64)}": must be no more than 63 bytes`],
    [`a=-${'v'.repeat(63)}`, `unable to parse requirement: values[0][a]: Invalid value: "-${'v'.repeat(63)}": must be no more than 63 bytes; ${VALUE}`],
    ['a in (-x,-y)', `unable to parse requirement: [values[0][a]: Invalid value: "-x": ${VALUE}, values[1][a]: Invalid value: "-y": ${VALUE}]`],
    ['a<x', `unable to parse requirement: values[0]: Invalid value: "x": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a>99999999999999999999', `unable to parse requirement: values[0]: Invalid value: "99999999999999999999": for 'Gt', 'Lt' operators, the value must be an integer`],
    ['a>-1', `unable to parse requirement: values[0][a]: Invalid value: "-1": ${VALUE}`],
    ['a>', `unable to parse requirement: values[0]: Invalid value: "": for 'Gt', 'Lt' operators, the value must be an integer`],
  ];
  it.each(cases)('%j', (input, message) => {
    expect(parseLabelSelector(input)).toEqual({ ok: false, message });
  });
});

describe('matchesLabels', () => {
  const labels = { app: 'nginx', tier: 'web', replicas: '3', empty: '' };
  const cases: [string, boolean][] = [
    ['', true],
    ['app=nginx', true],
    ['app==nginx', true],
    ['app=apache', false],
    ['missing=', false],
    ['empty=', true],
    ['app!=apache', true],
    ['app!=nginx', false],
    ['missing!=x', true],
    ['tier in (web,api)', true],
    ['tier in (db)', false],
    ['missing in (x)', false],
    ['tier notin (db)', true],
    ['tier notin (web)', false],
    ['missing notin (x)', true],
    ['app', true],
    ['missing', false],
    ['!missing', true],
    ['!app', false],
    ['replicas>2', true],
    ['replicas>3', false],
    ['replicas<4', true],
    ['replicas<3', false],
    ['app>1', false],
    ['missing<1', false],
    ['app=nginx,tier=db', false],
    ['app=nginx,tier=web,!canary', true],
  ];
  it.each(cases)('%j → %s', (selector, expected) => {
    expect(matchesLabels(parsed(selector), labels)).toBe(expected);
  });

  it('treats absent labels as an empty set', () => {
    expect(matchesLabels(parsed(''), undefined)).toBe(true);
    expect(matchesLabels(parsed('!app'), undefined)).toBe(true);
    expect(matchesLabels(parsed('app'), undefined)).toBe(false);
  });

  it('a null selector (nil LabelSelector) matches nothing, not even unlabeled objects', () => {
    expect(matchesLabels(null, labels)).toBe(false);
    expect(matchesLabels(null, undefined)).toBe(false);
  });

  it('does not read inherited properties as labels', () => {
    expect(matchesLabels(parsed('constructor'), {})).toBe(false);
  });
});

describe('labelSelectorFromObject (metav1.LabelSelectorAsSelector)', () => {
  it('nil selects nothing, {} selects everything', () => {
    expect(labelSelectorFromObject(undefined)).toEqual({ ok: true, selector: null });
    expect(labelSelectorFromObject(null)).toEqual({ ok: true, selector: null });
    expect(labelSelectorFromObject({})).toEqual({ ok: true, selector: [] });
    expect(labelSelectorFromObject({ matchLabels: {}, matchExpressions: [] })).toEqual({ ok: true, selector: [] });
  });

  it('combines matchLabels and every expression operator, sorted by key', () => {
    const r = labelSelectorFromObject({
      matchLabels: { tier: 'web', app: 'nginx' },
      matchExpressions: [
        { key: 'env', operator: 'In', values: ['prod', 'dev'] },
        { key: 'zone', operator: 'NotIn', values: ['b'] },
        { key: 'canary', operator: 'DoesNotExist' },
        { key: 'version', operator: 'Exists' },
      ],
    });
    expect(r.ok && selectorToString(r.selector)).toBe('app=nginx,!canary,env in (dev,prod),tier=web,version,zone notin (b)');
    expect(r.ok && matchesLabels(r.selector, { app: 'nginx', tier: 'web', env: 'dev', version: '2' })).toBe(true);
    expect(r.ok && matchesLabels(r.selector, { app: 'nginx', tier: 'web', env: 'dev', version: '2', canary: '' })).toBe(false);
  });

  const errors: [string, Parameters<typeof labelSelectorFromObject>[0], string][] = [
    ['unknown operator', { matchExpressions: [{ key: 'a', operator: 'Gt', values: ['1'] }] }, '"Gt" is not a valid label selector operator'],
    ['In without values', { matchExpressions: [{ key: 'a', operator: 'In' }] }, "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"],
    ['NotIn with []', { matchExpressions: [{ key: 'a', operator: 'NotIn', values: [] }] }, "values: Invalid value: null: for 'in', 'notin' operators, values set can't be empty"],
    ['Exists with values', { matchExpressions: [{ key: 'a', operator: 'Exists', values: ['x', 'y'] }] }, 'values: Invalid value: ["x","y"]: values set must be empty for exists and does not exist'],
    [
      'DoesNotExist with values Go-JSON-escaped',
      { matchExpressions: [{ key: 'a', operator: 'DoesNotExist', values: ['<y>'] }] },
      `[values: Invalid value: ["\\u003cy\\u003e"]: values set must be empty for exists and does not exist, values[0][a]: Invalid value: "<y>": ${VALUE}]`,
    ],
    ['bad expression key', { matchExpressions: [{ key: 'a b', operator: 'Exists' }] }, `key: Invalid value: "a b": ${NAME_PART}`],
    ['bad matchLabels value', { matchLabels: { app: 'a b' } }, `values[0][app]: Invalid value: "a b": ${VALUE}`],
    [
      'several problems in one requirement',
      { matchExpressions: [{ key: '-k', operator: 'DoesNotExist', values: ['-v'] }] },
      `[key: Invalid value: "-k": ${NAME_PART}, values: Invalid value: ["-v"]: values set must be empty for exists and does not exist, values[0][-k]: Invalid value: "-v": ${VALUE}]`,
    ],
  ];
  it.each(errors)('%s', (_name, ls, message) => {
    expect(labelSelectorFromObject(ls)).toEqual({ ok: false, message });
  });
});

describe('formatLabelSelector (kubectl wide SELECTOR column, describe Selector:)', () => {
  it('prints <none>, <error> or the canonical string', () => {
    expect(formatLabelSelector(undefined)).toBe('<none>');
    expect(formatLabelSelector({})).toBe('<none>');
    expect(formatLabelSelector({ matchLabels: { app: 'nginx' } })).toBe('app=nginx');
    expect(formatLabelSelector({ matchLabels: { 'pod-template-hash': '5869d7778c', app: 'nginx' } })).toBe('app=nginx,pod-template-hash=5869d7778c');
    expect(formatLabelSelector({ matchExpressions: [{ key: 'a', operator: 'In' }] })).toBe('<error>');
  });
});

describe('validateLabelSelector (object validation messages)', () => {
  it('is empty for valid and nil selectors', () => {
    expect(validateLabelSelector(undefined, 'spec.selector')).toEqual([]);
    expect(validateLabelSelector({ matchLabels: { app: 'x' }, matchExpressions: [{ key: 'a', operator: 'Exists' }] }, 'spec.selector')).toEqual([]);
  });

  it('reports each problem at its path', () => {
    expect(
      validateLabelSelector(
        {
          matchLabels: { 'b/': 'ok', a: '-bad' },
          matchExpressions: [
            { key: 'k', operator: 'In' },
            { key: 'k', operator: 'NotIn', values: [] },
            { key: 'k', operator: 'Exists', values: ['x'] },
            { key: 'k', operator: 'DoesNotExist', values: ['x'] },
            { key: 'k', operator: 'Gt', values: ['1'] },
            { key: '-k', operator: 'In', values: ['ok', '-v'] },
          ],
        },
        'spec.selector',
      ),
    ).toEqual([
      `spec.selector.matchLabels: Invalid value: "-bad": ${VALUE}`,
      'spec.selector.matchLabels: Invalid value: "b/": name part must be non-empty',
      `spec.selector.matchLabels: Invalid value: "b/": ${NAME_PART}`,
      "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[1].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
      "spec.selector.matchExpressions[2].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      "spec.selector.matchExpressions[3].values: Forbidden: may not be specified when `operator` is 'Exists' or 'DoesNotExist'",
      'spec.selector.matchExpressions[4].operator: Invalid value: "Gt": not a valid selector operator',
      `spec.selector.matchExpressions[5].key: Invalid value: "-k": ${NAME_PART}`,
      `spec.selector.matchExpressions[5].values[1]: Invalid value: "-v": ${VALUE}`,
    ]);
  });

  it('works without a parent path', () => {
    expect(validateLabelSelector({ matchExpressions: [{ key: 'k', operator: 'In' }] }, '')).toEqual([
      "matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
    ]);
  });
});

describe('helpers', () => {
  it('selectorFromMap: equality per entry, sorted; empty selects everything', () => {
    expect(selectorToString(selectorFromMap({ tier: 'web', app: 'nginx' }))).toBe('app=nginx,tier=web');
    expect(selectorFromMap(undefined)).toEqual([]);
    expect(matchesLabels(selectorFromMap({}), { any: 'thing' })).toBe(true);
    expect(matchesLabels(selectorFromMap({ app: 'nginx' }), { app: 'nginx', x: 'y' })).toBe(true);
  });

  it('selectorToString of nothing is empty', () => {
    expect(selectorToString(null)).toBe('');
  });

  it('labelKeyErrors / labelValueErrors', () => {
    expect(labelKeyErrors('app.kubernetes.io/name')).toEqual([]);
    expect(labelKeyErrors('')).toEqual(['name part must be non-empty', NAME_PART]);
    expect(labelKeyErrors(`${'a'.repeat(254)}/n`)).toEqual(['prefix part must be no more than 253 bytes']);
    expect(labelValueErrors('')).toEqual([]);
    expect(labelValueErrors('é')).toEqual([VALUE]);
  });

  it('goQuote follows Go %q', () => {
    expect(goQuote('a"b\\c')).toBe('"a\\"b\\\\c"');
    expect(goQuote('tab\there\n')).toBe('"tab\\there\\n"');
    expect(goQuote('\x01\x7f')).toBe('"\\x01\\x7f"');
    expect(goQuote('café')).toBe('"café"');
  });

  it('aggregateErrors drops duplicates and brackets several', () => {
    expect(aggregateErrors(['x'])).toBe('x');
    expect(aggregateErrors(['x', 'x'])).toBe('x');
    expect(aggregateErrors(['x', 'y'])).toBe('[x, y]');
  });
});
