import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const cm = (fields: Obj, name = 'app-config') => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata: { name }, ...fields });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);
const KEY_MSG =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

describe('ConfigMap create', () => {
  const cases: Array<[string, ReturnType<typeof cm>, string[]]> = [
    ['a valid config map', cm({ data: { 'app.properties': 'a=b', LOG_LEVEL: 'debug' } }), []],
    ['a key with a space and a slash', cm({ data: { 'my key': 'x', 'conf/app': 'y' } }), [`data[my key]: Invalid value: "my key": ${KEY_MSG}`, `data[conf/app]: Invalid value: "conf/app": ${KEY_MSG}`]],
    ['a key starting with ..', cm({ data: { '..data': 'x' } }), ["data[..data]: Invalid value: \"..data\": must not start with '..'"]],
    [
      'a key in both data and binaryData',
      cm({ data: { logo: 'x' }, binaryData: { logo: 'aGk=' } }),
      ['data[logo]: Invalid value: "logo": duplicate of key present in binaryData'],
    ],
    ['more than 1 MiB in total', cm({ data: { a: 'x'.repeat(600 * 1024), b: 'y'.repeat(500 * 1024) } }), [': Too long: may not be more than 1048576 bytes']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('ConfigMap update', () => {
  const frozen = cm({ data: { mode: 'prod' }, immutable: true });
  it('changes freely while mutable', () => {
    expect(render(validateUpdate(cm({ data: { mode: 'dev' } }), cm({ data: { mode: 'prod' } })))).toEqual([]);
  });

  it('refuses data changes once immutable', () => {
    expect(render(validateUpdate(cm({ data: { mode: 'dev' }, immutable: true }), frozen))).toEqual(['data: Forbidden: field is immutable when `immutable` is set']);
  });

  it('refuses turning immutability off', () => {
    expect(render(validateUpdate(cm({ data: { mode: 'prod' }, immutable: false }), frozen))).toEqual(['immutable: Forbidden: field is immutable when `immutable` is set']);
  });
});
