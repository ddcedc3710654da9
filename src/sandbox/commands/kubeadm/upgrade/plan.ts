/**
 * `kubeadm upgrade plan [VERSION]`: after the health checks, the versions found and one table per
 * possible upgrade — the newest patch of the cluster's minor, and "stable" (the newest release a
 * kubeadm of this minor may go to) — with the kubelets to upgrade by hand, the command to run and
 * a note when kubeadm itself must be upgraded first; then the component configs' state.
 */
import { TabWriter } from '../../../../kubectl/printers/tabwriter';
import type { KubeadmContext } from '../context';
import { klogLine, kubeadmPid } from './klog';
import { addonsOf, compareSemver, latestOfMinor, parseSemver, stableFor, type ClusterVersions, type Semver } from './versions';

const RULE = '_'.repeat(69);

interface Upgrade {
  description: string;
  target: string;
}

function table(rows: string[]): string {
  const w = new TabWriter({ minWidth: 10, tabWidth: 4, padding: 3, padChar: ' ' });
  for (const r of rows) w.write(`${r}\n`);
  return w.flush();
}

function printUpgrade(ctx: KubeadmContext, v: ClusterVersions, u: Upgrade): void {
  const out = (s: string) => ctx.out.out(s);
  if (v.kubelets.some(([, k]) => k !== u.target)) {
    out("Components that must be upgraded manually after you have upgraded the control plane with 'kubeadm upgrade apply':\n");
    out(table(['COMPONENT\tNODE\tCURRENT\tTARGET', ...v.kubelets.map(([node, k]) => `kubelet\t${node}\t${k}\t${u.target}`)]));
    out('\n');
  }
  const addons = addonsOf(v.kubeadm);
  out(`Upgrade to the latest ${u.description}:\n\n`);
  out(table([
    'COMPONENT\tNODE\tCURRENT\tTARGET',
    ...['kube-apiserver', 'kube-controller-manager', 'kube-scheduler'].map((c) => `${c}\t${v.controlPlane}\t${v.cluster}\t${u.target}`),
    // kubeadm reads kube-proxy's version from the cluster's, without the "v".
    `kube-proxy\t\t${v.kubeProxy.replace(/^v/, '')}\t${u.target}`,
    `CoreDNS\t\t${v.coredns}\t${addons.coredns}`,
    `etcd\t${v.controlPlane}\t${v.etcd}\t${addons.etcd}`,
  ]));
  out(`\nYou can now apply the upgrade by executing the following command:\n\n\tkubeadm upgrade apply ${u.target}\n\n`);
  if (compareSemver(parseSemver(v.kubeadm) as Semver, parseSemver(u.target) as Semver) < 0) out(`Note: Before you can perform this upgrade, you have to update kubeadm to ${u.target}.\n\n`);
  out(`${RULE}\n\n`);
}

export function printPlan(ctx: KubeadmContext, v: ClusterVersions, requested: string | undefined): void {
  const cluster = parseSemver(v.cluster) as Semver;
  const kubeadm = parseSemver(v.kubeadm) as Semver;
  ctx.out.out('[upgrade] Fetching available versions to upgrade to\n');
  ctx.out.out(`[upgrade/versions] Cluster version: ${v.cluster.replace(/^v/, '')}\n[upgrade/versions] kubeadm version: ${v.kubeadm}\n`);
  let target = requested;
  if (target === undefined) {
    const stable = stableFor(kubeadm);
    if (stable.fallback) ctx.out.err(klogLine('I', ctx.now, kubeadmPid(ctx.now), 'version.go:260', stable.fallback));
    target = stable.version;
  }
  const patch = latestOfMinor(cluster.minor) ?? v.cluster;
  ctx.out.out(`[upgrade/versions] Target version: ${target}\n[upgrade/versions] Latest version in the v1.${cluster.minor} series: ${patch}\n\n`);
  const upgrades: Upgrade[] = [];
  const t = parseSemver(target) as Semver;
  const p = parseSemver(patch) as Semver;
  if (compareSemver(p, cluster) > 0 && compareSemver(p, t) !== 0) upgrades.push({ description: `version in the v1.${cluster.minor} series`, target: patch });
  if (compareSemver(t, cluster) > 0) upgrades.push({ description: t.minor > cluster.minor ? 'stable version' : `version in the v1.${cluster.minor} series`, target });
  if (upgrades.length === 0) ctx.out.out("Awesome, you're up-to-date! Enjoy!\n");
  for (const u of upgrades) printUpgrade(ctx, v, u);
  ctx.out.out(
    '\nThe table below shows the current state of component configs as understood by this version of kubeadm.\n' +
      'Configs that have a "yes" mark in the "MANUAL UPGRADE REQUIRED" column require manual config upgrade or\n' +
      'resetting to kubeadm defaults before a successful upgrade can be performed. The version to manually\n' +
      'upgrade to is denoted in the "PREFERRED VERSION" column.\n\n',
  );
  ctx.out.out(table(['API GROUP\tCURRENT VERSION\tPREFERRED VERSION\tMANUAL UPGRADE REQUIRED', 'kubeproxy.config.k8s.io\tv1alpha1\tv1alpha1\tno', 'kubelet.config.k8s.io\tv1beta1\tv1beta1\tno']));
  ctx.out.out(`${RULE}\n\n`);
}
