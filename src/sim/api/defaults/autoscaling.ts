import type { HorizontalPodAutoscaler as HPAv1 } from 'kubernetes-types/autoscaling/v1';
import type { HPAScalingRules, HorizontalPodAutoscaler } from 'kubernetes-types/autoscaling/v2';
import { asJson, statusOf } from './types';

/** The target of an HPA that names no metric: 80% average CPU utilisation. */
export const DEFAULT_CPU_UTILIZATION = 80;

/** Scale up by at most 4 pods or 100% per 15 s, whichever is more, with no stabilisation. */
function defaultScaleUpRules(): HPAScalingRules {
  return {
    stabilizationWindowSeconds: 0,
    selectPolicy: 'Max',
    policies: [
      { type: 'Pods', value: 4, periodSeconds: 15 },
      { type: 'Percent', value: 100, periodSeconds: 15 },
    ],
  };
}

/** Scale down by up to 100% per 15 s; the window is left unset (the controller's flag decides). */
function defaultScaleDownRules(): HPAScalingRules {
  return { selectPolicy: 'Max', policies: [{ type: 'Percent', value: 100, periodSeconds: 15 }] };
}

export function defaultHorizontalPodAutoscaler(hpa: HorizontalPodAutoscaler): void {
  const spec = (hpa.spec ??= { maxReplicas: 0, scaleTargetRef: { kind: '', name: '' } });
  spec.minReplicas ??= 1;
  if (!spec.metrics?.length) {
    spec.metrics = [{
      type: 'Resource',
      resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: DEFAULT_CPU_UTILIZATION } },
    }];
  }
  // Only a behavior block that is present gets filled in; an HPA without one shows none.
  if (spec.behavior) {
    spec.behavior.scaleUp = withRules(spec.behavior.scaleUp, defaultScaleUpRules());
    spec.behavior.scaleDown = withRules(spec.behavior.scaleDown, defaultScaleDownRules());
  }
  // Neither field has `omitempty`: a new HPA shows `currentMetrics: null` and `desiredReplicas: 0`.
  const status = asJson(statusOf(hpa, () => ({ desiredReplicas: 0 })));
  status['currentMetrics'] ??= null;
  status['desiredReplicas'] ??= 0;
}

/** The given rules, each unset field taken from the defaults (tolerance included, when set). */
function withRules(given: HPAScalingRules | undefined, defaults: HPAScalingRules): HPAScalingRules {
  if (!given) return defaults;
  const merged: HPAScalingRules & { tolerance?: unknown } = { ...defaults };
  for (const [key, value] of Object.entries(given)) {
    if (value !== undefined && value !== null) (merged as Record<string, unknown>)[key] = value;
  }
  return merged;
}

/** autoscaling/v1 keeps only the replica floor default. */
export function defaultHorizontalPodAutoscalerV1(hpa: HPAv1): void {
  const spec = (hpa.spec ??= { maxReplicas: 0, scaleTargetRef: { kind: '', name: '' } });
  spec.minReplicas ??= 1;
  const status = statusOf(hpa, () => ({ currentReplicas: 0, desiredReplicas: 0 }));
  status.currentReplicas ??= 0;
  status.desiredReplicas ??= 0;
}
