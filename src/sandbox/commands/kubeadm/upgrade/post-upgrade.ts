/**
 * What `kubeadm upgrade apply` and `upgrade node` do after the control plane: the configuration
 * uploaded with the new version, the kubeconfigs renewed, the kubelet's configuration rewritten
 * from the cluster's kubelet-config (the old one backed up), the bootstrap-token RBAC rules, the
 * CoreDNS and kube-proxy add-ons rolled to the new images, and from v1.35 the kubelet flags file
 * without the `--pod-infra-container-image` flag the kubelet no longer takes.
 */
import type { DaemonSet, Deployment } from 'kubernetes-types/apps/v1';
import type { ConfigMap } from 'kubernetes-types/core/v1';
import type { Cluster, KubeObject } from '../../../../sim';
import { CERTIFICATES } from '../certs';
import { readFile, writeFile, type KubeadmContext } from '../context';
import { renewOne } from '../renew';
import { backupStamp, klogLine, tempSuffix } from './klog';
import { addonsOf, parseSemver } from './versions';

const KUBELET_CONFIG = '/var/lib/kubelet/config.yaml';
const KUBELET_FLAGS = '/var/lib/kubelet/kubeadm-flags.env';

export function uploadConfig(ctx: KubeadmContext, version: string): void {
  const { api } = ctx.svc.cluster;
  const cm = api.peek<ConfigMap & KubeObject>('configmaps', 'kube-system', 'kubeadm-config');
  const text = cm?.data?.['ClusterConfiguration'];
  if (cm && text !== undefined) api.update({ ...cm, data: { ...cm.data, ClusterConfiguration: text.replace(/^kubernetesVersion: .*$/m, `kubernetesVersion: ${version}`) } });
  ctx.out.out('[upload-config] Storing the configuration used in ConfigMap "kubeadm-config" in the "kube-system" Namespace\n');
  ctx.out.out('[kubelet] Creating a ConfigMap "kubelet-config" in namespace kube-system with the configuration for the kubelets in the cluster\n');
}

export function upgradeKubeconfigs(ctx: KubeadmContext, renewCerts: boolean): boolean {
  if (renewCerts) {
    for (const name of ['admin.conf', 'super-admin.conf']) {
      const h = CERTIFICATES.find((c) => c.name === name);
      if (h && !renewOne(ctx, h, true)) return false;
    }
  }
  ctx.out.out('[upgrade/kubeconfig] The kubeconfig files for this node were successfully upgraded!\n');
  return true;
}

export function upgradeKubeletConfig(ctx: KubeadmContext, pid: number): void {
  const dir = `/etc/kubernetes/tmp/kubeadm-kubelet-config-${backupStamp(ctx.now)}`;
  ctx.out.err(klogLine('W', ctx.now, pid, 'postupgrade.go:105', `Using temporary directory ${dir} for kubelet config. To override it set the environment variable KUBEADM_UPGRADE_DRYRUN_DIR`));
  ctx.out.out(`[upgrade] Backing up kubelet config file to ${dir}/config.yaml\n`);
  const old = readFile(ctx, KUBELET_CONFIG);
  ctx.io.fs.mkdir(dir, { parents: true });
  if ('text' in old) writeFile(ctx, `${dir}/config.yaml`, old.text, 0o644);
  const fresh = ctx.svc.cluster.api.peek<ConfigMap>('configmaps', 'kube-system', 'kubelet-config')?.data?.['kubelet'];
  ctx.out.out(`[kubelet-start] Writing kubelet configuration to file "${KUBELET_CONFIG}"\n`);
  if (fresh !== undefined) writeFile(ctx, KUBELET_CONFIG, fresh, 0o644);
  ctx.out.out('[upgrade/kubelet-config] The kubelet configuration for this node was successfully upgraded!\n');
}

export function bootstrapTokenRules(ctx: KubeadmContext): void {
  ctx.out.out(
    '[upgrade/bootstrap-token] Configuring bootstrap token and cluster-info RBAC rules\n' +
      '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to get nodes\n' +
      '[bootstrap-token] Configured RBAC rules to allow Node Bootstrap tokens to post CSRs in order for nodes to get long term certificate credentials\n' +
      '[bootstrap-token] Configured RBAC rules to allow the csrapprover controller automatically approve CSRs from a Node Bootstrap Token\n' +
      '[bootstrap-token] Configured RBAC rules to allow certificate rotation for all node client certificates in the cluster\n',
  );
}

function setImage(cluster: Cluster, resource: 'deployments.apps' | 'daemonsets.apps', name: string, image: string): void {
  const obj = cluster.api.peek<(Deployment | DaemonSet) & KubeObject>(resource, 'kube-system', name);
  const spec = obj?.spec;
  const container = spec?.template.spec?.containers[0];
  if (!obj || !spec || !container || container.image === image) return;
  const containers = [{ ...container, image }, ...(spec.template.spec?.containers.slice(1) ?? [])];
  cluster.api.update({ ...obj, spec: { ...spec, template: { ...spec.template, spec: { ...spec.template.spec, containers } } } } as KubeObject);
}

/** CoreDNS at this kubeadm's release, kube-proxy at the cluster's new version. */
export function upgradeAddons(ctx: KubeadmContext, version: string, kubeadm: string): void {
  setImage(ctx.svc.cluster, 'deployments.apps', 'coredns', `registry.k8s.io/coredns/coredns:${addonsOf(kubeadm).coredns}`);
  ctx.out.out('[addons] Applied essential addon: CoreDNS\n');
  setImage(ctx.svc.cluster, 'daemonsets.apps', 'kube-proxy', `registry.k8s.io/kube-proxy:${version}`);
  ctx.out.out('[addons] Applied essential addon: kube-proxy\n');
}

/** From v1.35 kubeadm drops the sandbox image flag from the kubelet's flags file. */
export function upgradeKubeletFlags(ctx: KubeadmContext, pid: number, kubeadm: string): void {
  const flags = readFile(ctx, KUBELET_FLAGS);
  if (!('text' in flags) || (parseSemver(kubeadm)?.minor ?? 0) < 35 || !flags.text.includes('--pod-infra-container-image')) return;
  const dir = `/etc/kubernetes/tmp/kubeadm-kubelet-env${tempSuffix(ctx.now, 'kubelet-env')}`;
  ctx.out.err(klogLine('W', ctx.now, pid, 'postupgrade.go:203', `Using temporary directory ${dir} for kubelet env file. To override it set the environment variable KUBEADM_UPGRADE_DRYRUN_DIR`));
  ctx.out.out(`[upgrade] Backing up kubelet env file to ${dir}/kubeadm-flags.env\n`);
  ctx.io.fs.mkdir(dir, { parents: true });
  writeFile(ctx, `${dir}/kubeadm-flags.env`, flags.text, 0o644);
  ctx.out.out(`[kubelet-start] Writing kubelet environment file with flags to file "${KUBELET_FLAGS}"\n`);
  writeFile(ctx, KUBELET_FLAGS, flags.text.replace(/ ?--pod-infra-container-image=[^ "]*/, ''), 0o644);
}
