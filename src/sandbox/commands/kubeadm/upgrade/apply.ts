/**
 * `kubeadm upgrade apply VERSION [-y] [-f] [--etcd-upgrade=false] [--certificate-renewal=false]`
 * on the control plane, phase by phase as kubeadm v1.35 runs them: preflight (health, the version
 * skew policy, the confirmation, the image pull), control-plane, upload-config, kubeconfig,
 * kubelet-config, bootstrap-token, addons and the post-upgrade kubelet flags.
 */
import { ADMIN_CONF, fail, parseFlags, type KubeadmContext } from '../context';
import { kubeadmPid } from './klog';
import { enforceVersionPolicies, formatErrors, skewFailure } from './policy';
import { bootstrapTokenRules, uploadConfig, upgradeAddons, upgradeKubeconfigs, upgradeKubeletConfig, upgradeKubeletFlags } from './post-upgrade';
import { clusterConfiguration, healthErrors, healthFailure, ignoredChecks } from './preflight';
import { upgradeControlPlane } from './static-pods';
import { clusterVersions, parseSemver } from './versions';
import { repoVersions } from '../../../packages/catalog';

export const APPLY_FLAGS = {
  values: ['config', 'kubeconfig', 'patches', 'feature-gates', 'ignore-preflight-errors'],
  bools: ['yes', 'force', 'dry-run', 'etcd-upgrade', 'certificate-renewal', 'allow-experimental-upgrades', 'allow-release-candidate-upgrades', 'print-config'],
  shorthand: { y: 'yes', f: 'force' },
};

const phaseError = (ctx: KubeadmContext, phase: string, message: string) => fail(ctx, `error execution phase ${phase}: ${message}`);

/** Whether the images of a release can be pulled (the simulator's registry has every release pkgs.k8s.io offers). */
const released = (version: string): boolean => {
  const v = parseSemver(version);
  return v !== undefined && repoVersions(v.minor, 'kubeadm').includes(`${v.major}.${v.minor}.${v.patch}-1.1`);
};

export function apply(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, APPLY_FLAGS);
  if (!parsed) return;
  const flag = (name: string, dflt: boolean) => (parsed.flags.has(name) ? parsed.flags.get(name) !== 'false' : dflt);
  if (flag('dry-run', false) || parsed.flags.has('config') || parsed.flags.has('patches')) return fail(ctx, '--dry-run, --config and --patches are not available in this simulator');
  const [requested, ...extra] = parsed.args;
  if (extra.length > 0) return fail(ctx, `unknown command "${extra[0]}" for "kubeadm upgrade apply"`);
  if (requested === undefined) return fail(ctx, 'missing version argument: name the version to upgrade to, e.g. kubeadm upgrade apply v1.35.0');
  const target = requested.startsWith('v') ? requested : `v${requested}`;
  const t = parseSemver(target);
  if (!t) return fail(ctx, `version "${requested}" doesn't match patterns for neither semantic version nor labels (stable, latest, ...)`);
  if (clusterConfiguration(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF, 'upgrade') === undefined) return;
  ctx.out.out('[upgrade/preflight] Running preflight checks\n[upgrade] Running cluster health checks\n');
  const health = healthErrors(ctx, ignoredChecks(parsed.flags.get('ignore-preflight-errors')));
  if (health.length > 0) return phaseError(ctx, 'preflight', healthFailure(health));
  const versions = clusterVersions(ctx);
  ctx.out.out(`[upgrade/preflight] You have chosen to upgrade the cluster version to "${target}"\n`);
  ctx.out.out(`[upgrade/versions] Cluster version: ${versions.cluster}\n[upgrade/versions] kubeadm version: ${versions.kubeadm}\n`);
  const force = flag('force', false);
  const skew = enforceVersionPolicies(target, t, versions);
  const refused = skewFailure(skew, force);
  if (refused) return phaseError(ctx, 'preflight', refused);
  if (skew.skippable.length > 0) ctx.out.out(`[upgrade/version] Found ${skew.skippable.length} potential version compatibility errors but skipping since the --force flag is set: \n\n${formatErrors(skew.skippable)}`);
  if (!flag('yes', false) && !force) {
    ctx.out.out('[upgrade] Are you sure you want to proceed? [y/N]: ');
    const answer = (ctx.io.stdin.split('\n')[0] ?? '').trim().toLowerCase();
    if (answer !== 'y' && answer !== 'yes') return phaseError(ctx, 'preflight', "won't proceed; the user didn't answer (Y|y) in order to continue");
  }
  ctx.out.out(
    '[upgrade/preflight] Pulling images required for setting up a Kubernetes cluster\n' +
      '[upgrade/preflight] This might take a minute or two, depending on the speed of your internet connection\n' +
      "[upgrade/preflight] You can also perform this action beforehand using 'kubeadm config images pull'\n",
  );
  if (!released(target)) return phaseError(ctx, 'preflight', `[preflight] Some fatal errors occurred:\n\t[ERROR ImagePull]: failed to pull image registry.k8s.io/kube-apiserver:${target}: failed to pull image: rpc error: code = NotFound desc = failed to pull and unpack image "registry.k8s.io/kube-apiserver:${target}": not found\n[preflight] If you know what you are doing, you can make a check non-fatal with \`--ignore-preflight-errors=...\``);
  ctx.out.out(`[upgrade/control-plane] Upgrading your static Pod-hosted control plane to version "${target}" (timeout: 5m0s)...\n`);
  const renewCerts = flag('certificate-renewal', true);
  if (!upgradeControlPlane(ctx, { version: target, etcdUpgrade: flag('etcd-upgrade', true), renewCerts, kubeadm: versions.kubeadm })) return;
  ctx.out.out('[upgrade/control-plane] The control plane instance for this node was successfully upgraded!\n');
  const pid = kubeadmPid(ctx.now);
  uploadConfig(ctx, target);
  if (!upgradeKubeconfigs(ctx, renewCerts)) return;
  upgradeKubeletConfig(ctx, pid);
  bootstrapTokenRules(ctx);
  upgradeAddons(ctx, target, versions.kubeadm);
  upgradeKubeletFlags(ctx, pid, versions.kubeadm);
  ctx.out.out(`\n[upgrade] SUCCESS! A control plane node of your cluster was upgraded to "${target}".\n\n[upgrade] Now please proceed with upgrading the rest of the nodes by following the right order.\n`);
}
