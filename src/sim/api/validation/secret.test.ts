import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const secret = (fields: Obj, name = 'db-creds') => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name }, ...fields });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);
const b64 = (n: number): string => 'A'.repeat(Math.ceil(n / 3) * 4);

describe('Secret create', () => {
  const cases: Array<[string, ReturnType<typeof secret>, string[]]> = [
    ['an Opaque secret', secret({ data: { password: 'czNjcjN0' }, stringData: { user: 'admin' } }), []],
    [
      'a bad key in stringData',
      secret({ stringData: { 'db password': 'x' } }),
      [
        "data[db password]: Invalid value: \"db password\": a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')",
      ],
    ],
    ['a TLS secret without its key', secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'Y2VydA==' } }), ['data[tls.key]: Required value']],
    ['basic-auth without either field', secret({ type: 'kubernetes.io/basic-auth', data: {} }), ['data[username]: Required value', 'data[password]: Required value']],
    ['dockerconfigjson that is not JSON', secret({ type: 'kubernetes.io/dockerconfigjson', stringData: { '.dockerconfigjson': 'auths' } }), [
      "data[.dockerconfigjson]: Invalid value: \"<secret contents redacted>\": invalid character 'a' looking for beginning of value",
    ]],
    [
      'service-account-token without the annotation',
      secret({ type: 'kubernetes.io/service-account-token' }),
      ['metadata.annotations[kubernetes.io/service-account.name]: Required value'],
    ],
    ['more than 1 MiB of data', secret({ data: { a: b64(700 * 1024), b: b64(400 * 1024) } }), ['data: Too long: may not be more than 1048576 bytes']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('Secret update', () => {
  it('keeps the type', () => {
    expect(render(validateUpdate(secret({ type: 'kubernetes.io/tls', data: { 'tls.crt': 'eA==', 'tls.key': 'eA==' } }), secret({ data: {} })))).toEqual([
      'type: Invalid value: "kubernetes.io/tls": field is immutable',
    ]);
  });

  it('refuses data changes once immutable', () => {
    const frozen = secret({ data: { password: 'czNjcjN0' }, immutable: true });
    expect(render(validateUpdate(secret({ data: { password: 'bmV3' }, immutable: true }), frozen))).toEqual([
      'data: Forbidden: field is immutable when `immutable` is set',
    ]);
  });
});
