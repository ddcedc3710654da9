// PodDisruptionBudgets as the disruption controller keeps them: `get pdb` and `describe pdb` show
// the status it writes (allowed disruptions, current, desired, total) as pods come and go; a
// percentage over a pod without a controller fails safe (SyncFailed, no disruption allowed).

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import { transcript } from './edit-patch.test-util';

describe('pod disruption budgets', () => {
  it('show what the disruption controller computed, and follow the pods', async () => {
    const cluster = createCluster({ seed: 3 });
    let text = transcript(cluster, {}, [
      'kubectl create deployment web --image=nginx --replicas=3',
      'kubectl create pdb web --selector=app=web --min-available=2',
      'kubectl get pdb',
    ]);
    cluster.advance(60_000);
    text += transcript(cluster, {}, [
      'kubectl get pdb',
      'kubectl describe pdb web',
      'kubectl get pdb web -o jsonpath={.status}',
      'kubectl scale deployment web --replicas=1',
    ]);
    cluster.advance(60_000);
    text += transcript(cluster, {}, [
      'kubectl get pdb web',
      'kubectl get pdb web -o jsonpath={.status.conditions}',
      'kubectl run solo --image=nginx --labels=app=solo',
      'kubectl create pdb solo --selector=app=solo --max-unavailable=50%',
      'kubectl create pdb nobody --selector=app=nobody --max-unavailable=1',
    ]);
    cluster.advance(30_000);
    text += transcript(cluster, {}, ['kubectl get pdb', 'kubectl describe pdb solo', 'kubectl describe pdb nobody', 'kubectl get pdb solo -o jsonpath={.status}']);
    await expect(text).toMatchFileSnapshot('./__golden__/pdb-status.txt');
  });
});
