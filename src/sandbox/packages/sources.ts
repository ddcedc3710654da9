/**
 * /etc/apt/sources.list.d/kubernetes.list: the one line the kubeadm install guide has a node write.
 * Editing the `v1.NN` in it (sed, an editor, `echo … | tee`) is how a node changes repositories.
 */
import { isFsError, type VirtualFs } from '../../shell';

export const SOURCES_LIST = '/etc/apt/sources.list.d/kubernetes.list';
export const KEYRING = '/etc/apt/keyrings/kubernetes-apt-keyring.gpg';

export function sourcesLine(minor: number): string {
  return `deb [signed-by=${KEYRING}] https://pkgs.k8s.io/core:/stable:/v1.${minor}/deb/ /\n`;
}

/** The minor releases of the pkgs.k8s.io repositories the file names, in order (comments skipped). */
export function configuredMinors(fs: VirtualFs): number[] {
  const text = fs.readFile(SOURCES_LIST);
  if (isFsError(text)) return [];
  const minors: number[] = [];
  for (const line of text.split('\n')) {
    const m = /^\s*deb\s.*https?:\/\/pkgs\.k8s\.io\/core:\/stable:\/v1\.(\d+)\/deb\/?/.exec(line);
    if (m) minors.push(Number(m[1]));
  }
  return minors;
}
