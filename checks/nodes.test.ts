import { describe, expect, it } from 'vitest';
import type { FaultsComponent } from '../src/sim';
import { nodeReady, scheduledOn } from './nodes';
import { clusterAfter, goldenResults, shopCluster, viewOf } from './testing';

const view = viewOf(shopCluster());

describe('nodeReady', () => {
  it('reads the Ready condition and the cordon', async () => {
    const down = clusterAfter([]);
    down.component<FaultsComponent>('faults').stopNode('node01');
    down.advance(60_000);
    const text =
      goldenResults(nodeReady, view, {
        ready: { node: 'node01' },
        'ready and schedulable': { node: 'node01', schedulable: true },
        'cordoned but asked to be schedulable': { node: 'node02', schedulable: true },
        'cordoned as asked': { node: 'node02', schedulable: false },
        'not cordoned but asked to be': { node: 'node01', schedulable: false },
        missing: { node: 'node03' },
      }) + `\n${goldenResults(nodeReady, viewOf(down), { 'a stopped kubelet': { node: 'node01' } })}`;
    await expect(text).toMatchFileSnapshot('__golden__/node-ready.txt');
  });
});

describe('scheduledOn', () => {
  it('says where each pod is', async () => {
    const text = goldenResults(scheduledOn, view, {
      'on the node': { selector: 'app=pinned', node: 'node01' },
      'on another node': { selector: 'app=pinned', node: 'node02' },
      'spread over nodes': { selector: 'app=web', namespace: 'shop', node: 'node01' },
      'no pods': { selector: 'app=nothing', node: 'node01' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/scheduled-on.txt');
  });
});
