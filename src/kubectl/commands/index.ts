// The command table: every top-level kubectl v1.35 command, in the order kubectl registers them
// (the order of "Did you mean this?" suggestions), with the implemented verbs wired to their
// modules and the others answering plainly that they are not available yet. Register a new verb by
// putting its module's CommandSpec in IMPLEMENTED.

import { notYetSupported, type CommandSpec } from '../cli/command';
import { messageError } from '../cli/errors';
import { GLOBAL_FLAGS } from '../cli/global-flags';
import { renderCommandHelp, renderGlobalOptions, renderRootHelp, type CommandGroup } from '../cli/help';
import type { CommandTree } from '../cli/dispatch';
import { describeCommand } from './describe';
import { getCommand } from './get';
import { createCommand } from './create';
import { applyCommand } from './apply';
import { eventsCommand } from './events';
import { certificateCommands } from './groups/certificates';
import { deleteScaleCommands } from './groups/delete-scale';
import { editPatchCommands } from './groups/edit-patch';
import { infoConfigCommands } from './groups/info-config';
import { nodeDebugCommands } from './groups/node-debug';
import { rolloutWaitCommands } from './groups/rollout-wait';
import { runExposeSetCommands } from './groups/run-expose-set';

/** Verbs with a module; each replaces the placeholder of the same name. */
const IMPLEMENTED: readonly CommandSpec[] = [
  getCommand,
  createCommand,
  applyCommand,
  describeCommand,
  eventsCommand,
  ...deleteScaleCommands,
  ...editPatchCommands,
  ...rolloutWaitCommands,
  ...runExposeSetCommands,
  ...nodeDebugCommands,
  ...infoConfigCommands,
  ...certificateCommands,
];

/** [name, one-line description] in kubectl's registration order. */
const ALL_COMMANDS: readonly (readonly [string, string])[] = [
  ['create', 'Make a resource from a file, stdin or a generator'],
  ['expose', 'Put a new Service in front of a pod, deployment, replica set or service'],
  ['run', 'Start a pod running an image'],
  ['set', 'Change one aspect of objects (image, env, resources…)'],
  ['explain', 'Describe the fields of a resource type'],
  ['get', 'Show one or more resources'],
  ['edit', 'Change a resource in your editor'],
  ['delete', 'Remove resources by name, file, label selector or type'],
  ['rollout', 'Follow, pause, resume, restart or undo a rollout'],
  ['scale', 'Set how many replicas a workload runs'],
  ['autoscale', 'Make a HorizontalPodAutoscaler for a workload'],
  ['certificate', 'Approve or deny certificate signing requests'],
  ['cluster-info', 'Show where the control plane and core services run'],
  ['top', 'Show CPU and memory use of nodes or pods'],
  ['cordon', 'Stop new pods from being scheduled on a node'],
  ['uncordon', 'Let pods be scheduled on a node again'],
  ['drain', 'Move the pods off a node before maintenance'],
  ['taint', 'Add or remove taints on nodes'],
  ['describe', 'Explain a resource in detail, with its events'],
  ['logs', "Print a container's logs"],
  ['attach', 'Connect to a running container'],
  ['exec', 'Run a command inside a container'],
  ['port-forward', 'Forward local ports to a pod'],
  ['proxy', 'Serve the API server on a local port'],
  ['cp', 'Copy files into or out of containers'],
  ['auth', 'Check what you are allowed to do'],
  ['debug', 'Start a debugging session on a workload or node'],
  ['events', 'List the events of a namespace'],
  ['diff', 'Show what applying a file would change'],
  ['apply', 'Create or update resources from files or stdin'],
  ['patch', 'Change fields of a resource in place'],
  ['replace', 'Replace a resource with the content of a file'],
  ['wait', 'Wait until resources reach a condition'],
  ['kustomize', 'Build a kustomization directory'],
  ['label', 'Add, change or remove labels'],
  ['annotate', 'Add, change or remove annotations'],
  ['completion', 'Print shell completion code'],
  ['alpha', 'Commands still in alpha'],
  ['config', 'Read or change kubeconfig settings'],
  ['plugin', 'Work with kubectl plugins'],
  ['version', 'Show client and server versions'],
  ['api-versions', 'List the API versions the server serves'],
  ['api-resources', 'List the resource types the server serves'],
  ['options', 'List the flags every command accepts'],
];

const GROUPS: readonly CommandGroup[] = [
  { title: 'Getting started:', commands: ['create', 'expose', 'run', 'set'] },
  { title: 'Everyday commands:', commands: ['explain', 'get', 'edit', 'delete'] },
  { title: 'Deploying:', commands: ['rollout', 'scale', 'autoscale'] },
  { title: 'Running the cluster:', commands: ['certificate', 'cluster-info', 'top', 'cordon', 'uncordon', 'drain', 'taint'] },
  { title: 'Finding problems:', commands: ['describe', 'logs', 'attach', 'exec', 'port-forward', 'proxy', 'cp', 'auth', 'debug', 'events'] },
  { title: 'Working with files and changes:', commands: ['diff', 'apply', 'patch', 'replace', 'wait', 'kustomize'] },
  { title: 'Labels, annotations and shell:', commands: ['label', 'annotate', 'completion'] },
  { title: 'Other commands:', commands: ['alpha', 'api-resources', 'api-versions', 'config', 'plugin', 'version'] },
];

function buildTree(): CommandTree {
  const implemented = new Map(IMPLEMENTED.map((c) => [c.name, c]));
  const commands: CommandSpec[] = ALL_COMMANDS.map(([name, short]) => implemented.get(name) ?? notYetSupported(name, short));
  const byName = new Map(commands.map((c) => [c.name, c]));

  byName.set('options', {
    name: 'options',
    short: 'List the flags every command accepts',
    use: '[flags]',
    run: (inv) => {
      if (inv.args.length > 0) return messageError(`unknown command "${inv.args[0]}" for "kubectl options"`);
      inv.out.out(renderGlobalOptions(GLOBAL_FLAGS));
      return undefined;
    },
  });
  // cobra's help command: runnable but never suggested.
  const help: CommandSpec = {
    name: 'help',
    short: 'Help about any command',
    hidden: true,
    use: '[command]',
    run: (inv) => {
      const target = inv.args.length > 0 ? byName.get(inv.args[0] as string) : undefined;
      if (inv.args.length > 0 && !target) {
        inv.out.out(`Unknown help topic [\`${inv.args.join(' ')}\`]\n`);
        inv.out.out(renderRootHelp(GROUPS, root.subcommands ?? []));
        return undefined;
      }
      inv.out.out(target ? renderCommandHelp(target, `kubectl ${target.name}`, target.flags ?? []) : renderRootHelp(GROUPS, root.subcommands ?? []));
      return undefined;
    },
  };
  const root: CommandSpec = {
    name: 'kubectl',
    short: 'kubectl drives the simulated Kubernetes cluster',
    subcommands: [...ALL_COMMANDS.map(([name]) => byName.get(name) as CommandSpec), help],
  };
  return { root, groups: GROUPS };
}

export const COMMAND_TREE: CommandTree = buildTree();
