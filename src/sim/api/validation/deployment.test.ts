import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const template = (labels: Obj | null = { app: 'web' }, spec: Obj = {}): Obj => ({
  metadata: labels ? { labels } : {},
  spec: { containers: [{ name: 'nginx', image: 'nginx:1.27' }], ...spec },
});
const deploy = (spec: Obj, name = 'web') => ({
  apiVersion: 'apps/v1',
  kind: 'Deployment',
  metadata: { name },
  spec: { selector: { matchLabels: { app: 'web' } }, template: template(), ...spec },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('Deployment create', () => {
  const cases: Array<[string, ReturnType<typeof deploy>, string[]]> = [
    ['a valid deployment', deploy({ replicas: 3 }), []],
    ['negative replicas', deploy({ replicas: -1 }), ['spec.replicas: Invalid value: -1: must be greater than or equal to 0']],
    [
      'no selector',
      deploy({ selector: undefined }),
      ['spec.selector: Required value', 'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`'],
    ],
    [
      'selector does not match the template',
      deploy({ selector: { matchLabels: { app: 'api' } }, template: template({ tier: 'front', app: 'web' }) }),
      ['spec.template.metadata.labels: Invalid value: {"app":"web","tier":"front"}: `selector` does not match template `labels`'],
    ],
    [
      'template without labels',
      deploy({ template: template(null) }),
      ['spec.template.metadata.labels: Invalid value: null: `selector` does not match template `labels`'],
    ],
    ['empty selector', deploy({ selector: {} }), ['spec.selector: Invalid value: {}: empty selector is invalid for deployment']],
    [
      'selector expression without values',
      deploy({ selector: { matchExpressions: [{ key: 'app', operator: 'In' }] } }),
      [
        "spec.selector.matchExpressions[0].values: Required value: must be specified when `operator` is 'In' or 'NotIn'",
        'spec.selector: Invalid value: {"matchExpressions":[{"key":"app","operator":"In"}]}: invalid label selector',
      ],
    ],
    [
      'template restartPolicy Never',
      deploy({ template: template({ app: 'web' }, { restartPolicy: 'Never' }) }),
      ['spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"'],
    ],
    [
      'template activeDeadlineSeconds',
      deploy({ template: template({ app: 'web' }, { activeDeadlineSeconds: 30 }) }),
      ['spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in ReplicaSet is not Supported'],
    ],
    [
      'template container errors carry the template path',
      deploy({ template: template({ app: 'web' }, { containers: [{ name: 'nginx' }] }) }),
      ['spec.template.spec.containers[0].image: Required value'],
    ],
    [
      'both maxSurge and maxUnavailable zero',
      deploy({ strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: 0, maxUnavailable: 0 } } }),
      ['spec.strategy.rollingUpdate.maxUnavailable: Invalid value: 0: may not be 0 when `maxSurge` is 0'],
    ],
    [
      'percentages: malformed and above 100%',
      deploy({ strategy: { rollingUpdate: { maxSurge: '50', maxUnavailable: '150%' } } }),
      [
        "spec.strategy.rollingUpdate.maxSurge: Invalid value: \"50\": a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')",
        'spec.strategy.rollingUpdate.maxUnavailable: Invalid value: "150%": must not be greater than 100%',
      ],
    ],
    [
      'negative maxSurge',
      deploy({ strategy: { rollingUpdate: { maxSurge: -1 } } }),
      ['spec.strategy.rollingUpdate.maxSurge: Invalid value: -1: must be greater than or equal to 0'],
    ],
    [
      'unknown strategy type',
      deploy({ strategy: { type: 'BlueGreen' } }),
      ['spec.strategy: Unsupported value: {"Type":"BlueGreen","RollingUpdate":null}: supported values: "Recreate", "RollingUpdate"'],
    ],
    [
      'Recreate with rollingUpdate',
      deploy({ strategy: { type: 'Recreate', rollingUpdate: { maxSurge: 1 } } }),
      ["spec.strategy.rollingUpdate: Forbidden: may not be specified when strategy `type` is 'Recreate'"],
    ],
    [
      'progress deadline not above minReadySeconds',
      deploy({ minReadySeconds: 60, progressDeadlineSeconds: 30, revisionHistoryLimit: -2 }),
      [
        'spec.revisionHistoryLimit: Invalid value: -2: must be greater than or equal to 0',
        'spec.progressDeadlineSeconds: Invalid value: 30: must be greater than minReadySeconds',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('Deployment update', () => {
  const old = deploy({ replicas: 2 });
  it('allows template and replica changes', () => {
    expect(render(validateUpdate(deploy({ replicas: 5, template: template({ app: 'web', v: '2' }) }), old))).toEqual([]);
  });

  it('keeps the selector immutable', () => {
    const next = deploy({ selector: { matchLabels: { app: 'web2' } }, template: template({ app: 'web2' }) });
    expect(render(validateUpdate(next, old))).toEqual(['spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable']);
  });

  it('reports a mismatch before the immutability', () => {
    const next = deploy({ selector: { matchLabels: { app: 'web2' } } });
    expect(render(validateUpdate(next, old))).toEqual([
      'spec.template.metadata.labels: Invalid value: {"app":"web"}: `selector` does not match template `labels`',
      'spec.selector: Invalid value: {"matchLabels":{"app":"web2"}}: field is immutable',
    ]);
  });
});
