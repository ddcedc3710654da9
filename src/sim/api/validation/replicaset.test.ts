import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const rs = (spec: Obj) => ({
  apiVersion: 'apps/v1',
  kind: 'ReplicaSet',
  metadata: { name: 'web-5d8f' },
  spec: {
    replicas: 2,
    selector: { matchLabels: { app: 'web' } },
    template: { metadata: { labels: { app: 'web' } }, spec: { containers: [{ name: 'nginx', image: 'nginx' }] } },
    ...spec,
  },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('ReplicaSet', () => {
  const cases: Array<[string, ReturnType<typeof rs>, string[]]> = [
    ['a valid replica set', rs({}), []],
    [
      'negative replicas and minReadySeconds',
      rs({ replicas: -3, minReadySeconds: -1 }),
      ['spec.replicas: Invalid value: -3: must be greater than or equal to 0', 'spec.minReadySeconds: Invalid value: -1: must be greater than or equal to 0'],
    ],
    ['empty selector (worded as for deployments upstream)', rs({ selector: { matchLabels: {} } }), ['spec.selector: Invalid value: {}: empty selector is invalid for deployment']],
    [
      'selector with a NotIn expression that excludes the template',
      rs({ selector: { matchExpressions: [{ key: 'app', operator: 'NotIn', values: ['web'] }] } }),
      ['spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`'],
    ],
    [
      'bad selector operator',
      rs({ selector: { matchExpressions: [{ key: 'app', operator: 'Equals', values: ['web'] }] } }),
      [
        'spec.selector.matchExpressions[0].operator: Invalid value: "Equals": not a valid selector operator',
        'spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"Equals","values":["web"]}]}: invalid label selector',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('keeps the selector immutable on update', () => {
    const next = rs({ selector: { matchLabels: { app: 'web' }, matchExpressions: [{ key: 'tier', operator: 'DoesNotExist' }] } });
    expect(render(validateUpdate(next, rs({})))).toEqual([
      'spec.selector: Invalid value: {"matchLabels":{"app":"web"},"matchExpressions":[{"key":"tier","operator":"DoesNotExist"}]}: field is immutable',
    ]);
  });
});
