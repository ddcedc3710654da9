/**
 * What pkgs.k8s.io serves, as far as a kubeadm node uses it: one Debian repository per minor
 * release (`https://pkgs.k8s.io/core:/stable:/v1.35/deb/`), each with the patch releases the
 * simulator has images for, and the five packages a kubeadm node installs from it. Sizes are those
 * of the real .deb files, give or take; they only feed apt's "Need to get" arithmetic.
 */
import { RELEASES } from './data';

export interface PackageInfo {
  name: string;
  description: string;
  /** Download size and installed size in kB. */
  debKb: number;
  installedKb: number;
}

export const PACKAGES: readonly PackageInfo[] = [
  { name: 'cri-tools', description: 'Command-line utility for interacting with a container runtime', debKb: 16_236, installedKb: 41_284 },
  { name: 'kubeadm', description: 'Command-line utility for administering a Kubernetes cluster', debKb: 12_437, installedKb: 73_488 },
  { name: 'kubectl', description: 'Command-line utility for interacting with a Kubernetes cluster', debKb: 11_521, installedKb: 59_276 },
  { name: 'kubelet', description: 'Node agent for Kubernetes clusters', debKb: 12_912, installedKb: 78_152 },
  { name: 'kubernetes-cni', description: 'Binaries required to provision kubernetes container networking', debKb: 32_614, installedKb: 82_340 },
];

export const packageInfo = (name: string): PackageInfo | undefined => PACKAGES.find((p) => p.name === name);

/** The newest release of all: what `https://dl.k8s.io/release/stable.txt` says. */
export const STABLE_RELEASE = 'v1.35.2';

export const repoUrl = (minor: number): string => `https://pkgs.k8s.io/core:/stable:/v1.${minor}/deb`;
/** Where pkgs.k8s.io redirects apt to. */
export const cdnUrl = (minor: number): string => `https://prod-cdn.packages.k8s.io/repositories/isv:/kubernetes:/core:/stable:/v1.${minor}/deb`;

export function repoExists(minor: number): boolean {
  return RELEASES[minor] !== undefined;
}

/** Every version of `name` a minor repository offers, newest first (Debian revision `-1.1`). */
export function repoVersions(minor: number, name: string): string[] {
  const releases = RELEASES[minor];
  if (!releases || !packageInfo(name)) return [];
  // cri-tools and the CNI plugins have their own release trains; one build per repository.
  if (name === 'cri-tools') return [`1.${minor}.0-1.1`];
  if (name === 'kubernetes-cni') return ['1.7.1-1.1'];
  return releases.map((r) => `${r}-1.1`).reverse();
}

/** The Kubernetes release a package version builds (`1.35.0-1.1` → `v1.35.0`). */
export function upstreamVersion(debVersion: string): string {
  return `v${debVersion.replace(/-[^-]*$/, '')}`;
}

/** The package version of a Kubernetes release (`v1.35.0` → `1.35.0-1.1`). */
export function debVersionOf(version: string): string {
  return `${version.replace(/^v/, '')}-1.1`;
}
