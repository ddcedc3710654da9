// --record (deprecated, still honoured by kubectl v1.35): the change-cause annotation holds the
// command line as kubectl rebuilds it (words, then every flag as --name=value in the order given),
// and `rollout history` shows it. The --local lines print what they would send, with no server,
// and were checked against the real kubectl v1.35.2; the live lines follow kubectl's source
// (set/label/annotate/apply/create/replace/run/expose/autoscale/edit record into the object they
// send; scale and patch send a second merge patch).

import { describe, expect, it } from 'vitest';
import { createCluster } from '../../sim';
import { transcript } from './edit-patch.test-util';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: nginx
spec:
  selector:
    matchLabels:
      app: nginx
  template:
    metadata:
      labels:
        app: nginx
    spec:
      containers:
      - name: nginx
        image: nginx:1.27
`;

describe('--record', () => {
  it('writes the command line kubectl would (client-side, --local)', async () => {
    const cluster = createCluster({ seed: 7 });
    const text = transcript(cluster, { 'd.yaml': DEPLOYMENT }, [
      'kubectl set image -f d.yaml nginx=nginx:1.28 --local --record -o yaml -n default',
      'kubectl set serviceaccount -f d.yaml builder --local --record -o yaml',
      'kubectl set resources -f d.yaml -c=nginx --limits=cpu=200m,memory=512Mi --local --record -o yaml',
      'kubectl set image -f d.yaml nginx=nginx:1.27 --local --record -o name',
      'kubectl set image -f d.yaml nginx=nginx:1.27 --local -o name',
      'kubectl set image -f d.yaml nginx=nginx:1.28 --local --record=false -o jsonpath={.metadata.annotations}',
      'kubectl set env -f d.yaml --local A=1 --record -o yaml',
      'kubectl create deployment x --image=nginx --record',
      'kubectl label -f d.yaml --local a=b --record -o jsonpath={.metadata.annotations}',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/record-local.txt');
  });

  it('shows in rollout history and on the objects written (live cluster)', async () => {
    const cluster = createCluster({ seed: 7 });
    cluster.runUntilQuiet();
    const history = 'kubectl rollout history deployment/nginx';
    const cause = `kubectl get deployment nginx -o 'jsonpath={.metadata.annotations.kubernetes\\.io/change-cause}{"\\n"}'`;
    const text = transcript(cluster, { 'd.yaml': DEPLOYMENT }, [
      'kubectl apply -f d.yaml --record',
      history,
      'kubectl set image deployment/nginx nginx=nginx:1.28 --record',
      history,
      'kubectl set env deployment/nginx A=1',
      history,
      'kubectl scale deployment nginx --replicas=2 --record',
      history,
      cause,
      `kubectl patch deployment nginx -p '{"spec":{"minReadySeconds":1}}' --record`,
      cause,
      'kubectl annotate deployment nginx team=web --record',
      cause,
      'kubectl annotate deployment nginx kubernetes.io/change-cause=by-hand --record',
      cause,
      'kubectl label deployment nginx tier=front --record',
      cause,
      'kubectl run pod1 --image=nginx --record --expose --port=80',
      `kubectl get pod pod1 -o 'jsonpath={.metadata.annotations}{"\\n"}'`,
      `kubectl get service pod1 -o 'jsonpath={.metadata.annotations}{"\\n"}'`,
      `kubectl expose deployment nginx --name=web --port=80 --record -o 'jsonpath={.metadata.annotations}{"\\n"}'`,
      `kubectl autoscale deployment nginx --max=3 --record --dry-run=client -o 'jsonpath={.metadata.annotations}{"\\n"}'`,
      `kubectl create -f d.yaml -n kube-public --save-config --record -o 'jsonpath={.metadata.annotations}{"\\n"}'`,
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/record-live.txt');
  });
});
