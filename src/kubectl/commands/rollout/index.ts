// `kubectl rollout`: the parent of the subcommands that follow, list, undo, pause, resume and
// restart the rollouts of deployments, daemon sets and stateful sets. On its own it prints its help
// and fails (kubectl's DefaultSubCommandRun); an unknown word is a usage error.

import type { CommandSpec } from '../../cli/command';
import { usageError } from '../../cli/errors';
import { renderCommandHelp } from '../../cli/help';
import { rolloutHistoryCommand } from './history';
import { rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand } from './patch-verbs';
import { rolloutStatusCommand } from './status';
import { rolloutUndoCommand } from './undo';

export const rolloutCommand: CommandSpec = {
  name: 'rollout',
  short: 'Follow, pause, resume, restart or undo a rollout',
  long:
    'Work with the rollouts of workloads: follow one, list its revisions, go back to an earlier one,\n' +
    ' pause and resume it, or restart every pod.\n\n' +
    ' These resource types have rollouts:\n\n' +
    '  *  deployments\n' +
    '  *  daemonsets\n' +
    '  *  statefulsets',
  example:
    '  # Follow the rollout of the web deployment\n  kubectl rollout status deployment/web\n  \n' +
    '  # Go back to the previous revision\n  kubectl rollout undo deployment/web\n  \n' +
    '  # Replace every pod of a daemon set\n  kubectl rollout restart daemonset/agent\n  \n' +
    '  # Restart the deployments labelled app=web\n  kubectl rollout restart deployment --selector=app=web',
  use: 'SUBCOMMAND [options]',
  subcommands: [rolloutHistoryCommand, rolloutPauseCommand, rolloutRestartCommand, rolloutResumeCommand, rolloutStatusCommand, rolloutUndoCommand],
  run: (inv) => {
    if (inv.args.length > 0) return usageError(inv.commandPath, `unknown command "${inv.args.join(' ')}"`);
    inv.out.out(renderCommandHelp(rolloutCommand, inv.commandPath, rolloutCommand.flags ?? []));
    return { kind: 'exit' };
  },
};
