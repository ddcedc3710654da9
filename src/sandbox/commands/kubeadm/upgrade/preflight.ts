/**
 * What every `kubeadm upgrade` subcommand checks before it acts: a client from its kubeconfig, the
 * kubeadm-config ConfigMap, and the cluster health checks that can fail here (a control-plane node
 * NotReady, a static pod manifest missing), each skippable with `--ignore-preflight-errors`.
 */
import type { ConfigMap, Node } from 'kubernetes-types/core/v1';
import { contactApiServer, exists, fail, type KubeadmContext } from '../context';


/** The ClusterConfiguration's kubernetesVersion, or undefined after printing why there is none. */
export function clusterConfiguration(ctx: KubeadmContext, kubeconfig: string, prefix: string): string | undefined {
  if (!exists(ctx, kubeconfig)) {
    fail(ctx, `couldn't create a Kubernetes client from file "${kubeconfig}": failed to load admin kubeconfig: open ${kubeconfig}: no such file or directory`);
    return undefined;
  }
  contactApiServer(ctx);
  const text = ctx.svc.cluster.api.peek<ConfigMap>('configmaps', 'kube-system', 'kubeadm-config')?.data?.['ClusterConfiguration'];
  ctx.out.out(`[${prefix}] Reading configuration from the "kubeadm-config" ConfigMap in namespace "kube-system"...\n`);
  if (text === undefined) {
    ctx.out.out(`[${prefix}] In order to upgrade, a ConfigMap called "kubeadm-config" in the kube-system namespace must exist.\n`);
    fail(ctx, `[${prefix}] FATAL: the ConfigMap "kubeadm-config" in the kube-system namespace used for getting configuration information was not found`);
    return undefined;
  }
  ctx.out.out(`[${prefix}] Use 'kubeadm init phase upload-config kubeadm --config your-config-file' to re-upload it.\n`);
  return /^kubernetesVersion: (\S+)$/m.exec(text)?.[1] ?? ctx.svc.cluster.config.version;
}

/** The health checks' errors (empty when healthy), less the ignored ones. */
export function healthErrors(ctx: KubeadmContext, ignored: string[]): string[] {
  const skip = (name: string) => ignored.includes('all') || ignored.some((i) => i.toLowerCase() === name.toLowerCase());
  const errors: string[] = [];
  const notReady = ctx.svc.cluster.config.nodes
    .filter((n) => n.controlPlane)
    .filter((n) => ctx.svc.cluster.api.peek<Node>('nodes', undefined, n.name)?.status?.conditions?.find((c) => c.type === 'Ready')?.status !== 'True')
    .map((n) => n.name);
  if (notReady.length > 0 && !skip('ControlPlaneNodesReady')) errors.push(`[ERROR ControlPlaneNodesReady]: there are NotReady control-planes in the cluster: [${notReady.join(' ')}]`);
  const missing = ['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => `/etc/kubernetes/manifests/${c}.yaml`).filter((p) => !exists(ctx, p));
  if (missing.length > 0 && !skip('StaticPodManifest')) errors.push(`[ERROR StaticPodManifest]: ${missing.map((p) => `the manifest ${p} does not exist`).join(', ')}`);
  return errors;
}

export function healthFailure(errors: string[]): string {
  return `[preflight] Some fatal errors occurred:\n${errors.map((e) => `\t${e}\n`).join('')}[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\``;
}

/** `--ignore-preflight-errors=A,B` as a list. */
export const ignoredChecks = (value: string | undefined): string[] => (value ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
