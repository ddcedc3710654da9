// What every `kubectl config` subcommand does first (load the kubeconfig) and last (write it back),
// and the usage error of a wrong argument count (kubectl prints the help, then the error).

import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import { loadKubeconfig, saveKubeconfig, type LoadedKubeconfig } from '../../kubeconfig/current';
import type { Kubeconfig } from '../../kubeconfig/model';

/** Runs `body` with the loaded kubeconfig; a broken file fails as kubectl's loader does. */
export function withKubeconfig(inv: Invocation, body: (loaded: LoadedKubeconfig) => KubectlError | undefined): KubectlError | undefined {
  const loaded = loadKubeconfig(inv.ctx);
  return loaded.ok ? body(loaded.loaded) : loaded.error;
}

/** Writes a changed config; without a kubeconfig file there is nowhere to keep the change. */
export function saveConfig(inv: Invocation, loaded: LoadedKubeconfig, config: Kubeconfig): KubectlError | undefined {
  if (!loaded.writable) return messageError('this sandbox has no kubeconfig file, so kubectl config cannot change anything here');
  saveKubeconfig(inv.ctx, config);
  return undefined;
}

/** helpErrorf: the command's help on stdout, then the error (without a "See … -h" line). */
export function helpError(inv: Invocation, help: string, message: string): KubectlError {
  inv.out.out(help);
  return messageError(message);
}

/** Go's `%v` of a string slice: `[a b]`. */
export const goList = (items: readonly string[]): string => `[${items.join(' ')}]`;
