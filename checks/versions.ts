/**
 * kubeletVersion and controlPlaneVersion: which Kubernetes release a node's kubelet reports (it
 * changes only once the kubelet restarts on the new binary) and which release the control plane's
 * static pods run (they change when `kubeadm upgrade` rewrites their manifests).
 */
import { z } from 'zod';
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { defineCheck } from '../src/grading';
import type { KubeObject } from '../src/sim';
import { listed, podPhrase } from './support/words';

const versionParam = z
  .string()
  .regex(/^v1\.\d+\.\d+$/, 'a Kubernetes version such as v1.35.0')
  .describe('The Kubernetes release, with its "v".')
  .meta({ examples: ['v1.35.0'] });

export const kubeletVersion = defineCheck({
  name: 'kubeletVersion',
  description: "Passes when the node's kubelet reports the version (the VERSION column of kubectl get nodes).",
  params: z.strictObject({ node: z.string().min(1).describe('The name of the node.').meta({ examples: ['node01'] }), version: versionParam }).describe('Which node, and the version its kubelet must report.'),
  run(view, { node, version }) {
    const obj = view.get<Node & KubeObject>('nodes', node);
    if (!obj) return { pass: false, message: `expected node/${node} with its kubelet at ${version}, found no node/${node}`, found: null };
    const reported = obj.status?.nodeInfo?.kubeletVersion ?? '';
    const found = { kubeletVersion: reported };
    if (reported !== version) return { pass: false, message: `expected the kubelet of node/${node} at ${version}, it reports ${reported || 'no version'}`, found };
    return { pass: true, message: `the kubelet of node/${node} is ${version}`, found };
  },
});

const COMPONENTS = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'];

export const controlPlaneVersion = defineCheck({
  name: 'controlPlaneVersion',
  description: 'Passes when the static pods kube-apiserver, kube-controller-manager and kube-scheduler of the control-plane node run images of the version and are Running and ready.',
  params: z
    .strictObject({
      version: versionParam,
      node: z.string().min(1).default('controlplane').describe('The control-plane node whose static pods are meant.').meta({ examples: ['controlplane'] }),
    })
    .describe('The version the control plane must run, and on which node.'),
  run(view, { version, node }) {
    const problems: string[] = [];
    const found: Record<string, string | null> = {};
    for (const c of COMPONENTS) {
      const name = `${c}-${node}`;
      const pod = view.get<Pod & KubeObject>('pods', name, 'kube-system');
      const image = pod?.spec?.containers?.[0]?.image ?? null;
      found[c] = image;
      if (!pod) {
        problems.push(`no pod ${name}`);
        continue;
      }
      const tag = image?.replace(/^.*:/, '') ?? '';
      const state = view.podState(pod);
      if (tag !== version) problems.push(`${name} runs ${image}`);
      else if (state.status !== 'Running' || !state.isReady) problems.push(podPhrase(state));
    }
    if (problems.length > 0) return { pass: false, message: `expected the control plane of ${node} at ${version}, found ${listed(problems)}`, found };
    return { pass: true, message: `kube-apiserver, kube-controller-manager and kube-scheduler on ${node} run ${version}`, found };
  },
});
