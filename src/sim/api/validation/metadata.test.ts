import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const cm = (metadata: Obj) => ({ apiVersion: 'v1', kind: 'ConfigMap', metadata });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('object metadata (any kind)', () => {
  const cases: Array<[string, ReturnType<typeof cm>, string[]]> = [
    ['name or generateName is required', cm({}), ['metadata.name: Required value: name or generateName is required']],
    [
      'a bad generateName is reported too',
      cm({ generateName: 'Cfg_', name: 'Cfg_x1' }),
      [
        "metadata.generateName: Invalid value: \"Cfg_\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        "metadata.name: Invalid value: \"Cfg_x1\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    ['annotations over 256 KiB', cm({ name: 'big', annotations: { note: 'x'.repeat(256 * 1024) } }), ['metadata.annotations: Too long: may not be more than 262144 bytes']],
    [
      'an annotation key with two slashes',
      cm({ name: 'c', annotations: { 'a/b/c': 'x' } }),
      [
        "metadata.annotations: Invalid value: \"a/b/c\": a valid label key must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]') with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')",
      ],
    ],
    [
      'finalizers: unqualified and conflicting',
      cm({ name: 'c', finalizers: ['orphan', 'foregroundDeletion', 'keep'] }),
      [
        'metadata.finalizers: Invalid value: ["orphan","foregroundDeletion","keep"]: finalizer orphan and foregroundDeletion cannot be both set',
        'metadata.finalizers[2]: Invalid value: "keep": name is neither a standard finalizer name nor is it fully qualified',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('keeps identity fields on update, carrying over what the request omitted', () => {
    const old = cm({ name: 'c', uid: 'u-1', creationTimestamp: '2025-01-01T00:00:00Z' });
    expect(render(validateUpdate(cm({ name: 'c' }), old))).toEqual([]);
    expect(render(validateUpdate(cm({ name: 'c', uid: 'u-2' }), old))).toEqual(['metadata.uid: Invalid value: "u-2": field is immutable']);
  });

  it('refuses new finalizers on an object being deleted', () => {
    const old = cm({ name: 'c', deletionTimestamp: '2025-01-01T00:00:00Z', finalizers: ['example.com/a'] });
    expect(render(validateUpdate(cm({ name: 'c', finalizers: ['example.com/a', 'example.com/b'] }), old))).toEqual([
      'metadata.finalizers: Forbidden: no new finalizers can be added if the object is being deleted, found new finalizers []string{"example.com/b"}',
    ]);
  });
});
