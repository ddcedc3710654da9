/**
 * kubeadm's version skew policy for `upgrade apply`: the errors nothing overrides (more than one
 * minor at a time, a newer minor than kubeadm itself, a downgrade) and those `--force` lets pass
 * (a newer patch than kubeadm, an older kubeadm minor, kubelets too old for the target).
 */
import { compareSemver, parseSemver, type ClusterVersions, type Semver } from './versions';

/** kubelets may be up to three minor releases older than the control plane. */
const KUBELET_SKEW = 3;

export interface SkewErrors {
  mandatory: string[];
  skippable: string[];
}

export function enforceVersionPolicies(target: string, t: Semver, v: ClusterVersions): SkewErrors {
  const errors: SkewErrors = { mandatory: [], skippable: [] };
  const cluster = parseSemver(v.cluster) as Semver;
  const kubeadm = parseSemver(v.kubeadm) as Semver;
  if (compareSemver(t, cluster) < 0) errors.mandatory.push(`Specified version to upgrade to "${target}" is equal to or lower than the cluster version "${v.cluster}". Downgrades are not supported yet`);
  if (t.minor > cluster.minor + 1) errors.mandatory.push(`Specified version to upgrade to "${target}" is too high; kubeadm can upgrade only 1 minor version at a time`);
  if (compareSemver(kubeadm, t) < 0) {
    if (t.minor > kubeadm.minor) errors.mandatory.push(`Specified version to upgrade to "${target}" is at least one minor release higher than the kubeadm minor release (${t.minor} > ${kubeadm.minor}). Such an upgrade is not supported`);
    else errors.skippable.push(`Specified version to upgrade to "${target}" is higher than the kubeadm version "${v.kubeadm}". Upgrade kubeadm first using the tool you used to install kubeadm`);
  }
  if (kubeadm.major > t.major || kubeadm.minor > t.minor) errors.skippable.push(`Kubeadm version ${v.kubeadm} can only be used to upgrade to Kubernetes version ${kubeadm.major}.${kubeadm.minor}`);
  const tooOld = [...new Set(v.kubelets.map(([, k]) => k))].filter((k) => t.minor > (parseSemver(k)?.minor ?? t.minor) + KUBELET_SKEW);
  if (tooOld.length > 0) errors.skippable.push(`There are kubelets in this cluster that are too old that have these versions [${tooOld.join(' ')}]`);
  return errors;
}

/** kubeadm's FormatErrMsg: one tab-indented dash line per error. */
export const formatErrors = (errors: string[]): string => errors.map((e) => `\t- ${e}\n`).join('');

/** The error `upgrade apply` stops with, or undefined when the policy allows the upgrade. */
export function skewFailure(errors: SkewErrors, force: boolean): string | undefined {
  if (errors.mandatory.length > 0) return `the version argument is invalid due to these fatal errors:\n\n${formatErrors(errors.mandatory)}\nPlease fix the misalignments highlighted above and try upgrading again`;
  if (errors.skippable.length > 0 && !force) return `the version argument is invalid due to these errors:\n\n${formatErrors(errors.skippable)}\nCan be bypassed if you pass the --force flag`;
  return undefined;
}
