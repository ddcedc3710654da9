// `kubectl create role` / `create clusterrole` checks that need no server, non-resource URLs and
// aggregation rules. Every line was checked against the real kubectl v1.35.2 (--dry-run=client).

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

describe('create role / clusterrole', () => {
  it('builds non-resource and aggregated cluster roles and refuses what kubectl refuses, with its messages', async () => {
    const text = transcript(goldenCluster(), {}, [
      'kubectl create role r --verb=get --dry-run=client -o yaml',
      'kubectl create role r --resource=pods --dry-run=client -o yaml',
      'kubectl create role r --verb=get --non-resource-url=/a --resource=pods --dry-run=client -o yaml',
      'kubectl create clusterrole r --verb=get --dry-run=client -o yaml',
      'kubectl create clusterrole r --non-resource-url=/healthz --dry-run=client -o yaml',
      'kubectl create clusterrole r --verb=get --non-resource-url=healthz --dry-run=client -o yaml',
      'kubectl create clusterrole r --verb=list --non-resource-url=a --dry-run=client -o yaml',
      'kubectl create clusterrole r --verb=get,watch --non-resource-url=/a --dry-run=client -o yaml',
      "kubectl create clusterrole r --verb='*' --non-resource-url=/a --dry-run=client -o yaml",
      'kubectl create clusterrole r --verb=get,post --non-resource-url=/a,/b --dry-run=client -o yaml',
      "kubectl create clusterrole r --verb=get --non-resource-url=/a --non-resource-url='/b/*' --resource-name=x --dry-run=client -o yaml",
      'kubectl create clusterrole r --verb=get --resource=pods --aggregation-rule=a=b --dry-run=client -o yaml',
      'kubectl create clusterrole r --aggregation-rule=a=b,c=d --dry-run=client -o yaml',
      'kubectl create clusterrole r --aggregation-rule=a=b --aggregation-rule=c=d --dry-run=client -o yaml',
      'kubectl create clusterrole r --aggregation-rule=bad --dry-run=client -o yaml',
      'kubectl create clusterrole r --aggregation-rule= --dry-run=client -o yaml',
      'kubectl create clusterrole monitoring --aggregation-rule="rbac.example.com/aggregate-to-monitoring=true" --dry-run=client -o yaml',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/create-role.txt');
  });
});
