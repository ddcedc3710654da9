// `kubectl config`: reads and changes the kubeconfig file (ctx.kubeconfig). Without a subcommand it
// prints its help on stderr and fails, as kubectl's DefaultSubCommandRun does.

import type { CommandSpec } from '../../cli/command';
import { rawError, usageError } from '../../cli/errors';
import { renderCommandHelp } from '../../cli/help';
import { currentContextCommand, deleteContextCommand, getContextsCommand, renameContextCommand, setContextCommand, useContextCommand } from './contexts';
import { deleteClusterCommand, deleteUserCommand } from './delete-entries';
import { setClusterCommand } from './set-cluster';
import { setCredentialsCommand } from './set-credentials';
import { configSetCommand, configUnsetCommand } from './set-unset';
import { withKubeconfig } from './shared';
import { configViewCommand } from './view';

const sortedNames = (names: Iterable<string>): string[] => [...names].sort();

const getClustersCommand: CommandSpec = {
  name: 'get-clusters',
  short: 'List the clusters of the kubeconfig',
  long: 'List the names of the cluster entries in the kubeconfig.',
  example: '  # Which clusters does kubectl know?\n  kubectl config get-clusters',
  use: '[flags] [options]',
  run: (inv) =>
    withKubeconfig(inv, ({ config }) => {
      inv.out.out(`NAME\n${sortedNames(config.clusters.keys()).map((n) => `${n}\n`).join('')}`);
      return undefined;
    }),
};

const getUsersCommand: CommandSpec = {
  name: 'get-users',
  short: 'List the users of the kubeconfig',
  long: 'List the names of the user entries in the kubeconfig.',
  example: '  # Which users does kubectl know?\n  kubectl config get-users',
  use: '[flags] [options]',
  run: (inv) =>
    withKubeconfig(inv, ({ config }) => {
      inv.out.out(`NAME\n${sortedNames(config.users.keys()).map((n) => `${n}\n`).join('')}`);
      return undefined;
    }),
};

/** Subcommands in kubectl's registration order (help lists them sorted). */
const SUBCOMMANDS: readonly CommandSpec[] = [
  configViewCommand,
  setClusterCommand,
  setCredentialsCommand,
  setContextCommand,
  configSetCommand,
  configUnsetCommand,
  currentContextCommand,
  useContextCommand,
  getContextsCommand,
  getClustersCommand,
  getUsersCommand,
  deleteClusterCommand,
  deleteContextCommand,
  deleteUserCommand,
  renameContextCommand,
];

export const configCommand: CommandSpec = {
  name: 'config',
  short: 'Read or change kubeconfig settings',
  long:
    'Read or change the kubeconfig file with subcommands such as "kubectl config use-context NAME".\n\n' +
    ' The kubeconfig names clusters (where an API server is), users (how to log in) and contexts (a cluster, a\n' +
    ' user and a default namespace together). kubectl uses the current context unless --context names\n' +
    ' another. In this sandbox the file is ~/.kube/config on the machine you are logged in to.',
  use: 'SUBCOMMAND [options]',
  subcommands: [...SUBCOMMANDS].sort((a, b) => (a.name < b.name ? -1 : 1)),
  run: (inv) => {
    if (inv.args.length > 0) return usageError(inv.commandPath, `unknown command "${inv.args.join(' ')}"`);
    return rawError(renderCommandHelp(configCommand, inv.commandPath, []));
  },
};
