import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const ds = (spec: Obj) => ({
  apiVersion: 'apps/v1',
  kind: 'DaemonSet',
  metadata: { name: 'agent' },
  spec: {
    selector: { matchLabels: { app: 'agent' } },
    template: { metadata: { labels: { app: 'agent' } }, spec: { containers: [{ name: 'agent', image: 'fluentd' }] } },
    ...spec,
  },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('DaemonSet', () => {
  const cases: Array<[string, ReturnType<typeof ds>, string[]]> = [
    ['a valid daemon set', ds({}), []],
    ['no selector: only the mismatch is reported', ds({ selector: undefined }), ['spec.template.metadata.labels: Invalid value: {"app":"agent"}: `selector` does not match template `labels`']],
    ['empty selector', ds({ selector: {} }), ['spec.selector: Invalid value: {}: empty selector is invalid for daemonset']],
    [
      'restartPolicy OnFailure and activeDeadlineSeconds',
      ds({ template: { metadata: { labels: { app: 'agent' } }, spec: { restartPolicy: 'OnFailure', activeDeadlineSeconds: 5, containers: [{ name: 'agent', image: 'fluentd' }] } } }),
      [
        'spec.template.spec.restartPolicy: Unsupported value: "OnFailure": supported values: "Always"',
        'spec.template.spec.activeDeadlineSeconds: Forbidden: activeDeadlineSeconds in DaemonSet is not Supported',
      ],
    ],
    [
      'rolling update with both surge and unavailable',
      ds({ updateStrategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 1, maxSurge: 1 } } }),
      ['spec.updateStrategy.rollingUpdate.maxSurge: Invalid value: 1: may not be set when maxUnavailable is non-zero'],
    ],
    [
      'rolling update with neither',
      ds({ updateStrategy: { rollingUpdate: { maxUnavailable: 0 } } }),
      ['spec.updateStrategy.rollingUpdate.maxUnavailable: Required value: cannot be 0 when maxSurge is 0'],
    ],
    [
      'unknown strategy',
      ds({ updateStrategy: { type: 'Rolling' } }),
      ['spec.updateStrategy: Unsupported value: {"Type":"Rolling","RollingUpdate":null}: supported values: "RollingUpdate", "OnDelete"'],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('keeps the selector immutable on update', () => {
    const next = ds({ selector: { matchLabels: { app: 'agent', v: '2' } }, template: { metadata: { labels: { app: 'agent', v: '2' } }, spec: { containers: [{ name: 'agent', image: 'fluentd' }] } } });
    expect(render(validateUpdate(next, ds({})))).toEqual(['spec.selector: Invalid value: {"matchLabels":{"app":"agent","v":"2"}}: field is immutable']);
  });
});
