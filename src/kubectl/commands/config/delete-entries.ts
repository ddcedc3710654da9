// `kubectl config delete-cluster NAME` and `kubectl config delete-user NAME`: remove one entry from
// the kubeconfig (contexts that name it are left as they are, as in kubectl).

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, usageError, type KubectlError } from '../../cli/errors';
import { renderCommandHelp } from '../../cli/help';
import { cloneKubeconfig, type Kubeconfig } from '../../kubeconfig/model';
import { saveConfig, withKubeconfig } from './shared';

function deleteEntry(inv: Invocation, what: 'cluster' | 'user', name: string): KubectlError | undefined {
  return withKubeconfig(inv, (loaded) => {
    const entries = (c: Kubeconfig) => (what === 'cluster' ? c.clusters : c.users);
    if (!entries(loaded.config).has(name)) return messageError(`cannot delete ${what} ${name}, not in ${loaded.path}`);
    const config = cloneKubeconfig(loaded.config);
    entries(config).delete(name);
    const err = saveConfig(inv, loaded, config);
    if (err) return err;
    inv.out.out(`deleted ${what} ${name} from ${loaded.path}\n`);
    return undefined;
  });
}

export const deleteClusterCommand: CommandSpec = {
  name: 'delete-cluster',
  short: 'Remove a cluster entry from the kubeconfig',
  long: 'Remove the named cluster entry from the kubeconfig.',
  example: '  # Forget the cluster entry "old-lab"\n  kubectl config delete-cluster old-lab',
  use: 'NAME',
  run: (inv) => {
    // Without exactly one name kubectl prints the help and succeeds.
    if (inv.args.length !== 1) {
      inv.out.out(renderCommandHelp(deleteClusterCommand, inv.commandPath, []));
      return undefined;
    }
    return deleteEntry(inv, 'cluster', inv.args[0] as string);
  },
};

export const deleteUserCommand: CommandSpec = {
  name: 'delete-user',
  short: 'Remove a user entry from the kubeconfig',
  long: 'Remove the named user entry from the kubeconfig.',
  example: '  # Forget the user entry "jane"\n  kubectl config delete-user jane',
  use: 'NAME [options]',
  run: (inv) => {
    if (inv.args.length !== 1) return usageError(inv.commandPath, 'user to delete is required');
    return deleteEntry(inv, 'user', inv.args[0] as string);
  },
};
