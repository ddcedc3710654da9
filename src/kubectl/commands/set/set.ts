// `kubectl set`: the parent of the subcommands that change one aspect of existing objects. Without
// a subcommand kubectl prints its help on stderr and fails; an unknown word is a usage error.

import { notYetSupported, type CommandSpec } from '../../cli/command';
import { usageError } from '../../cli/errors';
import { renderCommandHelp } from '../../cli/help';
import { setEnvCommand } from './set-env';
import { setImageCommand } from './set-image';
import { setResourcesCommand } from './set-resources';
import { setSelectorCommand } from './set-selector';
import { setServiceAccountCommand } from './set-serviceaccount';

const SUBCOMMANDS: readonly CommandSpec[] = [
  setEnvCommand,
  setImageCommand,
  setResourcesCommand,
  setSelectorCommand,
  setServiceAccountCommand,
  notYetSupported('subject', 'Set the users, groups or service accounts of a role binding'),
];

export const setCommand: CommandSpec = {
  name: 'set',
  short: 'Change one aspect of objects (image, env, resources…)',
  long: 'Change one aspect of existing objects.\n\n These commands make small, common changes without editing the whole object.',
  use: 'SUBCOMMAND [options]',
  subcommands: SUBCOMMANDS,
  run: (inv) => {
    if (inv.args.length > 0) return usageError(inv.commandPath, `unknown command "${inv.args.join(' ')}"`);
    inv.out.err(renderCommandHelp(setCommand, inv.commandPath, []));
    return { kind: 'exit' };
  },
};
