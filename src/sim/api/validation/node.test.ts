import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const node = (spec: Obj = {}, name = 'node01') => ({ apiVersion: 'v1', kind: 'Node', metadata: { name }, spec });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('Node', () => {
  const cases: Array<[string, ReturnType<typeof node>, string[]]> = [
    ['a valid node', node({ taints: [{ key: 'gpu', value: 'true', effect: 'NoSchedule' }] }), []],
    [
      'taint problems (reported under metadata.taints, as upstream)',
      node({ taints: [{ key: 'gpu', effect: 'Sometimes' }, { key: 'gpu', value: 'a b', effect: '' }, { key: 'x', effect: 'NoExecute' }, { key: 'x', value: 'y', effect: 'NoExecute' }] }),
      [
        'metadata.taints[0].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
        "metadata.taints[1].value: Invalid value: \"a b\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        'metadata.taints[1].effect: Required value',
        'metadata.taints[3]: Duplicate value: {"Key":"x","Value":"y","Effect":"NoExecute","TimeAdded":null}: taints must be unique by key and effect pair',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('keeps podCIDRs once set', () => {
    expect(render(validateUpdate(node({ podCIDRs: ['10.244.2.0/24'] }), node({ podCIDRs: ['10.244.1.0/24'] })))).toEqual([
      'spec.podCIDRs: Forbidden: node updates may not change podCIDR except from "" to valid',
    ]);
  });

  it('validates RBAC names as path segments, other kinds as DNS subdomains', () => {
    expect(render(validateCreate({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'system:reader' } }))).toEqual([]);
    expect(render(validateCreate({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'a/b' } }))).toEqual([
      "metadata.name: Invalid value: \"a/b\": may not contain '/'",
    ]);
    expect(render(validateCreate({ apiVersion: 'v1', kind: 'ServiceAccount', metadata: { name: 'ci:bot' } }))).toEqual([
      "metadata.name: Invalid value: \"ci:bot\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    ]);
  });
});
