import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const sts = (spec: Obj, name = 'db') => ({
  apiVersion: 'apps/v1',
  kind: 'StatefulSet',
  metadata: { name },
  spec: {
    serviceName: 'db',
    replicas: 3,
    selector: { matchLabels: { app: 'db' } },
    template: { metadata: { labels: { app: 'db' } }, spec: { containers: [{ name: 'pg', image: 'postgres' }] } },
    volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
    ...spec,
  },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('StatefulSet create', () => {
  const cases: Array<[string, ReturnType<typeof sts>, string[]]> = [
    ['a valid stateful set', sts({}), []],
    [
      'names are DNS labels',
      sts({}, 'db.primary'),
      ['metadata.name: Invalid value: "db.primary": must not contain dots'],
    ],
    [
      'no selector',
      sts({ selector: undefined }),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: {"app":"db"}: `selector` does not match template `labels`'],
    ],
    ['empty selector', sts({ selector: {} }), ['spec.selector: Invalid value: {}: empty selector is invalid for statefulset']],
    [
      'bad podManagementPolicy and strategy',
      sts({ podManagementPolicy: 'Random', updateStrategy: { type: 'Rolling' } }),
      [
        "spec.podManagementPolicy: Invalid value: \"Random\": must be 'OrderedReady' or 'Parallel'",
        "spec.updateStrategy: Invalid value: {\"Type\":\"Rolling\",\"RollingUpdate\":null}: must be 'RollingUpdate' or 'OnDelete'",
      ],
    ],
    [
      'negative partition, zero maxUnavailable',
      sts({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: -1, maxUnavailable: 0 } } }),
      [
        'spec.updateStrategy.rollingUpdate.partition: Invalid value: -1: must be greater than or equal to 0',
        'spec.updateStrategy.rollingUpdate.maxUnavailable: Invalid value: 0: cannot be 0',
      ],
    ],
    [
      'template restartPolicy',
      sts({ template: { metadata: { labels: { app: 'db' } }, spec: { restartPolicy: 'Never', containers: [{ name: 'pg', image: 'postgres' }] } } }),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('StatefulSet update', () => {
  it('allows replicas, template and strategy changes', () => {
    expect(render(validateUpdate(sts({ replicas: 5, updateStrategy: { type: 'OnDelete' } }), sts({})))).toEqual([]);
  });

  it('forbids changes to other fields', () => {
    const next = sts({ volumeClaimTemplates: [{ metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '5Gi' } } } }] });
    expect(render(validateUpdate(next, sts({})))).toEqual([
      "spec: Forbidden: updates to statefulset spec for fields other than 'replicas', 'ordinals', 'template', 'updateStrategy', 'revisionHistoryLimit', 'persistentVolumeClaimRetentionPolicy' and 'minReadySeconds' are forbidden",
    ]);
  });
});
