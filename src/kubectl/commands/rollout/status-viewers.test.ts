// The branches of the rollout status viewers that the captures and the live cluster do not reach:
// strategies other than RollingUpdate, and a StatefulSet without a rollingUpdate block (only the
// revisions tell whether its update is finished).

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../../sim/api/object';
import { RESOURCE_TYPES } from '../../../sim/api/registry';
import { statusViewerFor } from './status-viewers';

const typeOf = (kind: string) => RESOURCE_TYPES.find((t) => t.kind === kind && t.group === 'apps') as (typeof RESOURCE_TYPES)[number];

function view(kind: string, obj: Partial<KubeObject> & Record<string, unknown>, revision = 0) {
  const viewer = statusViewerFor(typeOf(kind));
  if ('error' in viewer) throw new Error(viewer.error);
  return viewer({ apiVersion: 'apps/v1', kind, metadata: { name: 'x', generation: 2 }, ...obj } as KubeObject, revision);
}

describe('rollout status viewers', () => {
  it('refuse daemon sets and stateful sets that do not roll out by themselves', () => {
    expect(view('DaemonSet', { spec: { updateStrategy: { type: 'OnDelete' } } })).toEqual({ error: 'rollout status is only available for RollingUpdate strategy type' });
    expect(view('StatefulSet', { spec: { updateStrategy: { type: 'OnDelete' } } })).toEqual({ error: 'rollout status is only available for RollingUpdate strategy type' });
  });

  it('follow a stateful set without a rollingUpdate block by its revisions', () => {
    const spec = { replicas: 3, updateStrategy: { type: 'RollingUpdate' } };
    const status = { observedGeneration: 2, replicas: 3, readyReplicas: 3, currentReplicas: 1, updatedReplicas: 2, currentRevision: 'x-5b9c', updateRevision: 'x-7d6f' };
    expect(view('StatefulSet', { spec, status })).toEqual({ message: 'waiting for statefulset rolling update to complete 2 pods at revision x-7d6f...\n', done: false });
    expect(view('StatefulSet', { spec, status: { ...status, currentReplicas: 3, currentRevision: 'x-7d6f' } })).toEqual({
      message: 'statefulset rolling update complete 3 pods at revision x-7d6f...\n',
      done: true,
    });
  });

  it('wait for a partitioned stateful set to update the pods above the partition', () => {
    const spec = { replicas: 4, updateStrategy: { type: 'RollingUpdate', rollingUpdate: { partition: 2 } } };
    expect(view('StatefulSet', { spec, status: { observedGeneration: 2, replicas: 4, readyReplicas: 4, updatedReplicas: 1 } })).toEqual({
      message: 'Waiting for partitioned roll out to finish: 1 out of 2 new pods have been updated...\n',
      done: false,
    });
  });

  it('check the revision a deployment runs when --revision is given', () => {
    const d = { metadata: { name: 'x', generation: 1, annotations: { 'deployment.kubernetes.io/revision': 'two' } }, spec: { replicas: 1 }, status: { observedGeneration: 1 } };
    expect(view('Deployment', d, 2)).toEqual({ error: 'cannot get the revision of deployment "x": strconv.ParseInt: parsing "two": invalid syntax' });
  });
});
