/**
 * `kubeadm upgrade node` on any node after `upgrade apply`: the kubelet's configuration from the
 * cluster (backed up first) and the kubelet flags; on a control-plane node also its static pods at
 * the cluster's version and its kubeconfigs. A worker talks to the API with the kubelet's
 * kubeconfig, as it has no admin.conf.
 */
import { fail, parseFlags, type KubeadmContext } from '../context';
import { kubeadmPid } from './klog';
import { upgradeAddons, upgradeKubeconfigs, upgradeKubeletConfig, upgradeKubeletFlags } from './post-upgrade';
import { clusterConfiguration } from './preflight';
import { upgradeControlPlane } from './static-pods';
import { clusterVersions } from './versions';

const flag = (flags: Map<string, string>, name: string, dflt: boolean) => (flags.has(name) ? flags.get(name) !== 'false' : dflt);

export function node(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: ['kubeconfig', 'ignore-preflight-errors', 'patches', 'skip-phases'],
    bools: ['dry-run', 'etcd-upgrade', 'certificate-renewal'],
  });
  if (!parsed) return;
  if (parsed.args.length > 0) return fail(ctx, `unknown command "${parsed.args[0]}" for "kubeadm upgrade node"`);
  if (flag(parsed.flags, 'dry-run', false) || parsed.flags.has('patches') || parsed.flags.has('skip-phases')) return fail(ctx, '--dry-run, --patches and --skip-phases are not available in this simulator');
  const self = ctx.svc.cluster.config.nodes.find((n) => n.name === ctx.io.host.hostName);
  const controlPlane = self?.controlPlane === true;
  const kubeconfig = parsed.flags.get('kubeconfig') ?? (controlPlane ? '/etc/kubernetes/admin.conf' : '/etc/kubernetes/kubelet.conf');
  const version = clusterConfiguration(ctx, kubeconfig, 'upgrade');
  if (version === undefined) return;
  const pid = kubeadmPid(ctx.now);
  const kubeadm = clusterVersions(ctx).kubeadm;
  ctx.out.out('[upgrade/preflight] Running pre-flight checks\n');
  if (controlPlane) {
    ctx.out.out(
      '[upgrade/preflight] Pulling images required for setting up a Kubernetes cluster\n' +
        '[upgrade/preflight] This might take a minute or two, depending on the speed of your internet connection\n' +
        "[upgrade/preflight] You can also perform this action beforehand using 'kubeadm config images pull'\n" +
        `[upgrade/control-plane] Upgrading your static Pod-hosted control plane instance to version "${version}"...\n`,
    );
    const renewCerts = flag(parsed.flags, 'certificate-renewal', true);
    if (!upgradeControlPlane(ctx, { version, kubeadm, etcdUpgrade: flag(parsed.flags, 'etcd-upgrade', true), renewCerts })) return;
    ctx.out.out('[upgrade/control-plane] The control plane instance for this node was successfully upgraded!\n');
    if (!upgradeKubeconfigs(ctx, renewCerts)) return;
  } else {
    ctx.out.out('[upgrade/preflight] Skipping prepull. Not a control plane node.\n[upgrade/control-plane] Skipping phase. Not a control plane node.\n[upgrade/kubeconfig] Skipping phase. Not a control plane node.\n');
  }
  upgradeKubeletConfig(ctx, pid);
  if (controlPlane) upgradeAddons(ctx, version, kubeadm);
  else ctx.out.out('[upgrade/addon] Skipping the addon/coredns phase. Not a control plane node.\n[upgrade/addon] Skipping the addon/kube-proxy phase. Not a control plane node.\n');
  upgradeKubeletFlags(ctx, pid, kubeadm);
}
