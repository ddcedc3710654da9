import { describe, expect, it } from 'vitest';
import { undescribedFields } from '../src/grading/schema/schema-walk';
import { CHECKS } from '.';

describe('the checks library', () => {
  it('names every check as labs write it, with a description', () => {
    expect(Object.keys(CHECKS)).toEqual([
      'resourceExists', 'resourceAbsent', 'fieldEquals', 'fieldMatches', 'deploymentAvailable', 'podsRunning', 'replicasEquals', 'imageIs',
      'serviceRoutesTo', 'rolloutRevision', 'nodeReady', 'scheduledOn', 'kubeletVersion', 'controlPlaneVersion', 'configMapHas', 'secretHasKey', 'labelEquals', 'commandOutput', 'historyUsed',
    ]);
    for (const [name, check] of Object.entries(CHECKS)) {
      expect(check.name).toBe(name);
      expect(check.description.length).toBeGreaterThan(20);
    }
  });

  it('describes every param, and refuses unknown ones', () => {
    for (const check of Object.values(CHECKS)) {
      expect([check.name, undescribedFields(check.params)]).toEqual([check.name, []]);
      expect(check.params.safeParse({ surely: 'unknown' }).success).toBe(false);
    }
  });
});
