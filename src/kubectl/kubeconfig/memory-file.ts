// A kubeconfig file kept in memory, for tests and for hosts without a filesystem.

import type { KubeconfigFile } from '../context';

export interface MemoryKubeconfig extends KubeconfigFile {
  /** The file's text; undefined while the file does not exist. */
  text: string | undefined;
}

export function memoryKubeconfig(text: string | undefined, path = '/root/.kube/config'): MemoryKubeconfig {
  const file: MemoryKubeconfig = {
    path,
    text,
    read: () => file.text,
    write: (t: string) => {
      file.text = t;
    },
  };
  return file;
}
