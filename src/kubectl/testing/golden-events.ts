// Test support: the events of the reference captures' cluster (get-events-wide.txt), with first and
// last timestamps, counts and sources.

import type { Ago, Seed } from './golden-objects';

interface EventOpts {
  name: string;
  reason: string;
  type?: 'Normal' | 'Warning';
  kind: string;
  object: string;
  fieldPath?: string;
  component: string;
  host?: string;
  first: number;
  last: number;
  count: number;
  message: string;
}

const PULL_ERROR =
  'Failed to pull image "nginx:doesnotexist": rpc error: code = NotFound desc = failed to pull and unpack image "docker.io/library/nginx:doesnotexist": failed to resolve reference "docker.io/library/nginx:doesnotexist": docker.io/library/nginx:doesnotexist: not found';
const UNSCHEDULABLE =
  "0/3 nodes are available: 1 node(s) had untolerated taint {node-role.kubernetes.io/control-plane: }, 1 node(s) had untolerated taint {node.kubernetes.io/unreachable: }, 1 node(s) didn't match Pod's node affinity/selector. preemption: 0/3 nodes are available: 3 Preemption is not helpful for scheduling.";

function eventSeed(o: EventOpts, ago: Ago): Seed {
  return {
    age: o.first,
    object: {
      apiVersion: 'v1',
      kind: 'Event',
      metadata: { name: o.name, namespace: 'default' },
      involvedObject: { apiVersion: o.kind === 'Deployment' ? 'apps/v1' : 'v1', kind: o.kind, name: o.object, namespace: o.kind === 'Node' ? undefined : 'default', ...(o.fieldPath ? { fieldPath: o.fieldPath } : {}) },
      reason: o.reason,
      message: o.message,
      source: { component: o.component, ...(o.host ? { host: o.host } : {}) },
      firstTimestamp: ago(o.first),
      lastTimestamp: ago(o.last),
      count: o.count,
      type: o.type ?? 'Normal',
      eventTime: null,
      reportingComponent: o.component,
      reportingInstance: o.host ?? '',
    },
  };
}

export function goldenEvents(ago: Ago): Seed[] {
  const kubelet = (container: string) => ({ kind: 'Pod', fieldPath: `spec.containers{${container}}`, component: 'kubelet', host: 'node01' });
  const bad = { object: 'badimage', ...kubelet('badimage') };
  const crashy = { object: 'crashy', ...kubelet('crashy') };
  const nginxPod = { object: 'nginx-5869d7778c-4xk2p', ...kubelet('nginx') };
  const scheduler = (object: string) => ({ kind: 'Pod', object, component: 'default-scheduler' });
  const list: EventOpts[] = [
    { name: 'badimage.18f424ca0b1c2d3', reason: 'Scheduled', ...scheduler('badimage'), first: 241, last: 241, count: 1, message: 'Successfully assigned default/badimage to node01' },
    { name: 'badimage.18f424da0b1c2d3', reason: 'Pulling', ...bad, first: 241, last: 71, count: 5, message: 'Pulling image "nginx:doesnotexist"' },
    { name: 'badimage.18f424ea0b1c2d3', reason: 'Failed', type: 'Warning', ...bad, first: 239, last: 69, count: 5, message: PULL_ERROR },
    { name: 'badimage.18f424fa0b1c2d3', reason: 'Failed', type: 'Warning', ...bad, first: 239, last: 69, count: 5, message: 'Error: ErrImagePull' },
    { name: 'badimage.18f4250a0b1c2d3', reason: 'BackOff', ...bad, first: 236, last: 4, count: 15, message: 'Back-off pulling image "nginx:doesnotexist"' },
    { name: 'badimage.18f4251a0b1c2d3', reason: 'Failed', type: 'Warning', ...bad, first: 236, last: 4, count: 15, message: 'Error: ImagePullBackOff' },
    { name: 'crashy.18f4247a0b1c2d3', reason: 'Scheduled', ...scheduler('crashy'), first: 750, last: 750, count: 1, message: 'Successfully assigned default/crashy to node01' },
    {
      name: 'crashy.18f4248a0b1c2d3', reason: 'Pulled', ...crashy, first: 750, last: 76, count: 8,
      message: 'Container image "busybox:1.36" already present on machine and can be accessed by the pod',
    },
    { name: 'crashy.18f4249a0b1c2d3', reason: 'Created', ...crashy, first: 750, last: 76, count: 8, message: 'Container created' },
    { name: 'crashy.18f424aa0b1c2d3', reason: 'Started', ...crashy, first: 750, last: 76, count: 8, message: 'Container started' },
    {
      name: 'crashy.18f424ba0b1c2d3', reason: 'BackOff', type: 'Warning', ...crashy, first: 690, last: 11, count: 45,
      message: 'Back-off restarting failed container crashy in pod crashy_default(00000000-0000-4000-8000-000000000018)',
    },
    {
      name: 'nginx-5869d7778c-4xk2p.18f4241a0b1c2d3', reason: 'Scheduled', ...scheduler('nginx-5869d7778c-4xk2p'), first: 1505, last: 1505, count: 1,
      message: 'Successfully assigned default/nginx-5869d7778c-4xk2p to node01',
    },
    { name: 'nginx-5869d7778c-4xk2p.18f4242a0b1c2d3', reason: 'Pulling', ...nginxPod, first: 1504, last: 1504, count: 1, message: 'Pulling image "nginx:1.27"' },
    {
      name: 'nginx-5869d7778c-4xk2p.18f4243a0b1c2d3', reason: 'Pulled', ...nginxPod, first: 1496, last: 1496, count: 1,
      message: 'Successfully pulled image "nginx:1.27" in 5.123s (5.123s including waiting). Image size: 72099410 bytes.',
    },
    { name: 'nginx-5869d7778c-4xk2p.18f4244a0b1c2d3', reason: 'Created', ...nginxPod, first: 1496, last: 1496, count: 1, message: 'Container created' },
    { name: 'nginx-5869d7778c-4xk2p.18f4245a0b1c2d3', reason: 'Started', ...nginxPod, first: 1496, last: 1496, count: 1, message: 'Container started' },
    {
      name: 'nginx.18f4246a0b1c2d3', reason: 'ScalingReplicaSet', kind: 'Deployment', object: 'nginx', component: 'deployment-controller', first: 1505, last: 1505, count: 1,
      message: 'Scaled up replica set nginx-5869d7778c from 0 to 3',
    },
    {
      name: 'node02.18f4253a0b1c2d3', reason: 'NodeNotReady', kind: 'Node', object: 'node02', component: 'node-controller', first: 301, last: 301, count: 1,
      message: 'Node node02 status is now: NodeNotReady',
    },
    { name: 'pending.18f4252a0b1c2d3', reason: 'FailedScheduling', type: 'Warning', ...scheduler('pending'), first: 91, last: 91, count: 1, message: UNSCHEDULABLE },
  ];
  return list.map((o) => eventSeed(o, ago));
}
