// The context subcommands of `kubectl config`: current-context, get-contexts, use-context,
// set-context, delete-context and rename-context, with kubectl's messages and errors.

import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { renderCommandHelp } from '../../cli/help';
import { cloneKubeconfig, field } from '../../kubeconfig/model';
import { renderKubectlTable } from '../../printers';
import { goList, helpError, saveConfig, withKubeconfig } from './shared';

const helpOf = (spec: CommandSpec, inv: Invocation): string => renderCommandHelp(spec, inv.commandPath, spec.flags ?? []);

export const currentContextCommand: CommandSpec = {
  name: 'current-context',
  short: 'Print the name of the current context',
  long: 'Print the name of the context kubectl uses when no --context is given.',
  example: '  # Which context is in use?\n  kubectl config current-context',
  use: '[flags] [options]',
  run: (inv) =>
    withKubeconfig(inv, ({ config }) => {
      if (config.currentContext === '') return messageError('current-context is not set');
      inv.out.out(`${config.currentContext}\n`);
      return undefined;
    }),
};

function runGetContexts(inv: Invocation): KubectlError | undefined {
  const output = inv.flags.string('output');
  if (output !== '' && output !== 'name') {
    return messageError(`--output ${output} is not available in kubectl config get-contexts; resetting to default output format`);
  }
  const nameOnly = output === 'name';
  return withKubeconfig(inv, ({ config }) => {
    const errors: KubectlError[] = [];
    let names = [...config.contexts.keys()];
    if (inv.args.length > 0) {
      names = inv.args.filter((n) => config.contexts.has(n));
      for (const n of inv.args) if (!config.contexts.has(n)) errors.push(messageError(`context ${n} not found`));
    }
    names.sort();
    if (nameOnly) {
      inv.out.out(names.map((n) => `${n}\n`).join(''));
    } else {
      const rows = names.map((n) => {
        const c = config.contexts.get(n);
        return [n === config.currentContext ? '*' : ' ', n, field(c, 'cluster'), field(c, 'user'), field(c, 'namespace')];
      });
      const header = inv.flags.bool('no-headers') ? [] : [['CURRENT', 'NAME', 'CLUSTER', 'AUTHINFO', 'NAMESPACE']];
      inv.out.out(renderKubectlTable([...header, ...rows]));
    }
    return aggregate(errors);
  });
}

export const getContextsCommand: CommandSpec = {
  name: 'get-contexts',
  short: 'List the contexts of the kubeconfig',
  long: 'List the contexts of the kubeconfig, or only the named ones; the current context is marked with *.',
  example: '  # Every context\n  kubectl config get-contexts\n  \n  # Only the names\n  kubectl config get-contexts -o name',
  use: '[(-o|--output=)name)] [options]',
  flags: [
    { name: 'no-headers', type: 'bool', usage: 'Leave out the header row.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: 'Output format: only "name" (one context name a line).' },
  ],
  run: runGetContexts,
};

export const useContextCommand: CommandSpec = {
  name: 'use-context',
  aliases: ['use'],
  short: 'Make a context the current one',
  long: 'Make the named context the current context of the kubeconfig, so that later commands use it.',
  example: '  # Work in the context of cluster "prod" from now on\n  kubectl config use-context prod-admin@prod',
  use: 'CONTEXT_NAME [options]',
  run: (inv) => {
    if (inv.args.length !== 1) return helpError(inv, helpOf(useContextCommand, inv), `Unexpected args: ${goList(inv.args)}`);
    const name = inv.args[0] as string;
    return withKubeconfig(inv, (loaded) => {
      if (name === '') return messageError('empty context names are not allowed');
      if (!loaded.config.contexts.has(name)) return messageError(`no context exists with the name: "${name}"`);
      const config = cloneKubeconfig(loaded.config);
      config.currentContext = name;
      const err = saveConfig(inv, loaded, config);
      if (err) return err;
      inv.out.out(`Switched to context "${name}".\n`);
      return undefined;
    });
  },
};

const SET_CONTEXT_FLAGS: readonly FlagSpec[] = [
  { name: 'cluster', type: 'string', usage: 'The kubeconfig cluster entry the context uses.' },
  { name: 'current', type: 'bool', usage: 'Change the current context instead of a named one.' },
  { name: 'namespace', shorthand: 'n', type: 'string', usage: 'The namespace commands use in this context.' },
  { name: 'user', type: 'string', usage: 'The kubeconfig user entry the context uses.' },
];

function runSetContext(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length > 1) return helpError(inv, helpOf(setContextCommand, inv), `Unexpected args: ${goList(inv.args)}`);
  const given = inv.args[0] ?? '';
  const current = f.bool('current');
  if (given === '' && !current) return messageError('you must specify a non-empty context name or --current');
  if (given !== '' && current) return messageError('you cannot specify both a context name and --current');
  return withKubeconfig(inv, (loaded) => {
    const config = cloneKubeconfig(loaded.config);
    if (current && config.currentContext === '') return messageError('no current context is set');
    const name = current ? config.currentContext : given;
    const existing = config.contexts.get(name);
    const context = existing ?? { cluster: '', user: '' };
    for (const key of ['cluster', 'user', 'namespace'] as const) {
      if (!f.changed(key)) continue;
      const value = f.string(key);
      if (key === 'namespace' && value === '') delete context['namespace'];
      else context[key] = value;
    }
    config.contexts.set(name, context);
    const err = saveConfig(inv, loaded, config);
    if (err) return err;
    inv.out.out(`Context "${name}" ${existing ? 'modified' : 'created'}.\n`);
    return undefined;
  });
}

export const setContextCommand: CommandSpec = {
  name: 'set-context',
  short: 'Create or change a context of the kubeconfig',
  long:
    'Create a context, or change the fields of an existing one.\n\n' +
    ' Only the fields given as flags change; the others keep their values. With --current the current\n' +
    ' context is changed, which is the usual way to pick a default namespace.',
  example:
    '  # Work in namespace "dev" by default from now on\n  kubectl config set-context --current --namespace=dev\n  \n' +
    '  # A new context for the same cluster and user, in namespace "prod"\n  kubectl config set-context prod --cluster=kubernetes --user=kubernetes-admin --namespace=prod',
  use: '[NAME | --current] [--cluster=cluster_nickname] [--user=user_nickname] [--namespace=namespace] [options]',
  flags: SET_CONTEXT_FLAGS,
  run: runSetContext,
};

export const deleteContextCommand: CommandSpec = {
  name: 'delete-context',
  short: 'Remove a context from the kubeconfig',
  long: 'Remove the named context from the kubeconfig.',
  example: '  # Forget the context "old"\n  kubectl config delete-context old',
  use: 'NAME [options]',
  run: (inv) => {
    if (inv.args.length !== 1) {
      inv.out.out(helpOf(deleteContextCommand, inv));
      return undefined;
    }
    const name = inv.args[0] as string;
    return withKubeconfig(inv, (loaded) => {
      if (!loaded.config.contexts.has(name)) return messageError(`cannot delete context ${name}, not in ${loaded.path}`);
      if (loaded.config.currentContext === name) {
        inv.out.err('warning: this removed your active context, use "kubectl config use-context" to select a different one\n');
      }
      const config = cloneKubeconfig(loaded.config);
      config.contexts.delete(name);
      const err = saveConfig(inv, loaded, config);
      if (err) return err;
      inv.out.out(`deleted context ${name} from ${loaded.path}\n`);
      return undefined;
    });
  },
};

export const renameContextCommand: CommandSpec = {
  name: 'rename-context',
  short: 'Give a context of the kubeconfig a new name',
  long: 'Rename a context of the kubeconfig; when it is the current context, the current context follows.',
  example: '  # Call the context "kubernetes-admin@kubernetes" simply "admin"\n  kubectl config rename-context kubernetes-admin@kubernetes admin',
  use: 'CONTEXT_NAME NEW_NAME [options]',
  run: (inv) => {
    if (inv.args.length !== 2) return helpError(inv, helpOf(renameContextCommand, inv), `Unexpected args: ${goList(inv.args)}`);
    const [from, to] = inv.args as [string, string];
    if (to === '') return messageError('You must specify a new non-empty context name');
    return withKubeconfig(inv, (loaded) => {
      const context = loaded.config.contexts.get(from);
      if (!context) return messageError(`cannot rename the context "${from}", it's not in ${loaded.path}`);
      if (loaded.config.contexts.has(to)) return messageError(`cannot rename the context "${from}", the context "${to}" already exists in ${loaded.path}`);
      const config = cloneKubeconfig(loaded.config);
      config.contexts.delete(from);
      config.contexts.set(to, context);
      if (config.currentContext === from) config.currentContext = to;
      const err = saveConfig(inv, loaded, config);
      if (err) return err;
      inv.out.out(`Context "${from}" renamed to "${to}".\n`);
      return undefined;
    });
  },
};
