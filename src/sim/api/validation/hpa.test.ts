import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const cpu = (target: Obj): Obj => ({ type: 'Resource', resource: { name: 'cpu', target } });
const hpa = (spec: Obj, apiVersion = 'autoscaling/v2') => ({
  apiVersion,
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: 'web' },
  spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 1, maxReplicas: 5, ...spec },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('HorizontalPodAutoscaler', () => {
  const cases: Array<[string, ReturnType<typeof hpa>, string[]]> = [
    ['a valid autoscaler', hpa({ metrics: [cpu({ type: 'Utilization', averageUtilization: 50 })] }), []],
    ['minReplicas zero', hpa({ minReplicas: 0 }), ['spec.minReplicas: Invalid value: 0: must be greater than or equal to 1']],
    [
      'maxReplicas missing',
      hpa({ maxReplicas: undefined }),
      ['spec.maxReplicas: Invalid value: 0: must be greater than 0', 'spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`'],
    ],
    ['maxReplicas below minReplicas', hpa({ minReplicas: 5, maxReplicas: 2 }), ['spec.maxReplicas: Invalid value: 2: must be greater than or equal to `minReplicas`']],
    ['no target', hpa({ scaleTargetRef: {} }), ['spec.scaleTargetRef.kind: Required value', 'spec.scaleTargetRef.name: Required value']],
    [
      'CPU target missing and doubled',
      hpa({ metrics: [cpu({ type: 'Utilization' }), cpu({ type: 'Utilization', averageUtilization: 50, averageValue: '500m' })] }),
      [
        'spec.metrics[0].resource.target.averageUtilization: Required value: must set either a target raw value or a target utilization',
        'spec.metrics[1].resource.target.averageValue: Forbidden: may not set both a target raw value and a target utilization',
      ],
    ],
    [
      'target type and zero utilization',
      hpa({ metrics: [cpu({ type: 'Percent', averageUtilization: 0 })] }),
      [
        'spec.metrics[0].resource.target.type: Invalid value: "Percent": must be either Utilization, Value, or AverageValue',
        'spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0',
      ],
    ],
    [
      'unknown metric type',
      hpa({ metrics: [{ type: 'Cpu' }] }),
      [
        'spec.metrics[0].type: Unsupported value: "Cpu": supported values: "ContainerResource", "External", "Object", "Pods", "Resource"',
        'spec.metrics[0].type: Unsupported value: "Cpu": supported values: "ContainerResource", "External", "Object", "Pods", "Resource"',
      ],
    ],
    ['autoscaling/v1 CPU target', hpa({ targetCPUUtilizationPercentage: 0 }, 'autoscaling/v1'), ['spec.metrics[0].resource.target.averageUtilization: Invalid value: 0: must be greater than 0']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('validates the spec again on update', () => {
    expect(render(validateUpdate(hpa({ maxReplicas: 0 }), hpa({})))).toEqual([
      'spec.maxReplicas: Invalid value: 0: must be greater than 0',
      'spec.maxReplicas: Invalid value: 0: must be greater than or equal to `minReplicas`',
    ]);
  });
});
