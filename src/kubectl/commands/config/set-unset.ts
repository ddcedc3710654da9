// `kubectl config set PROPERTY VALUE` and `kubectl config unset PROPERTY`: one value of the kubeconfig
// by its property path (property-path.ts), with clientcmd's rules: a map entry is made on the way
// when missing (set) or must exist (unset), binary fields take base64 unless --set-raw-bytes, and
// booleans read as Go's strconv.ParseBool reads them.

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import { renderCommandHelp } from '../../cli/help';
import { cloneKubeconfig, type Fields, type Kubeconfig } from '../../kubeconfig/model';
import { parseGoBool } from '../../util/go-strconv';
import { base64Error } from '../../../sim/api/schema/goScalars';
import { decodeBase64Bytes, encodeBase64, encodeBase64Bytes } from '../../../lib/base64';
import { CONFIG_SHAPE, FILE_NAMES, goPointer, parsePropertyPath, type Shape, type Step } from './property-path';
import { goList, helpError, saveConfig, withKubeconfig } from './shared';

type Tree = Record<string, unknown>;

/** The config as the nested records the path walks (maps as records of entries). */
function toTree(config: Kubeconfig): Tree {
  const entries = (m: Map<string, Fields>): Tree => Object.fromEntries([...m].map(([k, v]) => [k, { ...v }]));
  return {
    preferences: { ...(config.preferences ?? {}) },
    clusters: entries(config.clusters),
    users: entries(config.users),
    contexts: entries(config.contexts),
    'current-context': config.currentContext,
  };
}

function fromTree(tree: Tree, base: Kubeconfig): Kubeconfig {
  const entries = (v: unknown): Map<string, Fields> => new Map(Object.entries((v as Tree | null) ?? {}) as Array<[string, Fields]>);
  const out = cloneKubeconfig(base);
  out.clusters = entries(tree['clusters']);
  out.users = entries(tree['users']);
  out.contexts = entries(tree['contexts']);
  out.currentContext = typeof tree['current-context'] === 'string' ? tree['current-context'] : '';
  const prefs = (tree['preferences'] as Tree | null) ?? {};
  if (prefs['colors'] === false) delete prefs['colors'];
  if (Object.keys(prefs).length > 0) out.preferences = prefs;
  else delete out.preferences;
  return out;
}

interface Change {
  value: string;
  unset: boolean;
  raw: boolean;
}

/** Go's `%v` of a map of pointers: `map[a:0xc… b:0xc…]`. */
const goMap = (m: Tree): string => `map[${Object.keys(m).sort().map((k, i) => `${k}:${goPointer(i)}`).join(' ')}]`;

/** Sets (or clears) `holder[key]`, which has shape `shape`, following `steps` from `at`; an error text when it cannot. */
function modify(holder: Tree, key: string, shape: Shape, steps: readonly Step[], at: number, change: Change): string | undefined {
  const step = steps[at];
  const more = at + 1 < steps.length;
  switch (shape.kind) {
    case 'map': {
      let map = holder[key] as Tree | null | undefined;
      if (!map) holder[key] = map = {};
      if (!step || (!more && !change.unset)) return `can't set a map to a value: ${goMap(map)}`;
      if (!more) {
        delete map[step.name];
        return undefined;
      }
      if (map[step.name] === undefined) {
        if (change.unset) return `current map key \`${step.name}\` is invalid`;
        map[step.name] = {};
      }
      return modifyEntry(map[step.name] as Tree, shape.value, steps, at + 1, change);
    }
    case 'struct':
      return modifyEntry((holder[key] ??= {}) as Tree, shape, steps, at, change);
    case 'string':
      holder[key] = change.value;
      return undefined;
    case 'bool': {
      if (change.value === '') {
        holder[key] = false;
        return undefined;
      }
      const parsed = parseGoBool(change.value);
      if (!parsed.ok) return `strconv.ParseBool: parsing ${JSON.stringify(change.value)}: invalid syntax`;
      holder[key] = parsed.value;
      return undefined;
    }
    case 'bytes': {
      if (change.unset) {
        delete holder[key];
        return undefined;
      }
      if (change.raw) {
        holder[key] = encodeBase64(change.value);
        return undefined;
      }
      const bad = base64Error(change.value);
      if (bad) return `error decoding input value: ${bad}`;
      holder[key] = encodeBase64Bytes(decodeBase64Bytes(change.value));
      return undefined;
    }
    case 'strings':
      return 'unrecognized slice type. string';
    default:
      return `the ${key} field cannot be changed with kubectl config in this simulator`;
  }
}

/** A struct's field named by `steps[at]` (the file spells some names differently). */
function modifyEntry(struct: Tree, shape: Shape & { kind: 'struct' }, steps: readonly Step[], at: number, change: Change): string | undefined {
  const step = steps[at];
  const field = step && Object.hasOwn(shape.fields, step.name) ? shape.fields[step.name] : undefined;
  if (!step || !field) return `unable to locate path ${JSON.stringify(step?.name ?? '')} under ${shape.type}`;
  const name = FILE_NAMES[step.name] ?? step.name;
  if (at + 1 >= steps.length && change.unset) {
    delete struct[name];
    return undefined;
  }
  return modify(struct, name, field, steps, at + 1, change);
}

function change(inv: Invocation, property: string, c: Change, verb: 'set' | 'unset'): KubectlError | undefined {
  return withKubeconfig(inv, (loaded) => {
    const steps = parsePropertyPath(property);
    if (typeof steps === 'string') return messageError(steps);
    const tree = toTree(loaded.config);
    const problem = modifyEntry(tree, CONFIG_SHAPE, steps, 0, c);
    if (problem) return messageError(problem);
    const err = saveConfig(inv, loaded, fromTree(tree, loaded.config));
    if (err) return err;
    inv.out.out(`Property "${property}" ${verb}.\n`);
    return undefined;
  });
}

export const configSetCommand: CommandSpec = {
  name: 'set',
  short: 'Set one value of the kubeconfig by its property path',
  long:
    'Set one value of the kubeconfig.\n\n' +
    ' PROPERTY_NAME is a path of names joined by dots, such as clusters.lab.server or contexts.dev.namespace;\n' +
    ' each name is a field or a map key (a key may not contain a dot followed by a field name).\n\n' +
    ' PROPERTY_VALUE is the new value. Binary fields such as certificate-authority-data take base64 text,\n' +
    ' unless --set-raw-bytes writes the value as it is.',
  example:
    '  # Point the cluster entry "lab" at another server\n  kubectl config set clusters.lab.server https://10.0.0.11:6443\n  \n' +
    '  # Give the context "dev" a default namespace\n  kubectl config set contexts.dev.namespace dev\n  \n' +
    '  # Switch the current context\n  kubectl config set current-context dev',
  use: 'PROPERTY_NAME PROPERTY_VALUE [options]',
  flags: [{ name: 'set-raw-bytes', type: 'bool', usage: 'Write the value of a binary field as given instead of decoding it from base64.' }],
  run: (inv) => {
    if (inv.args.length !== 2) return helpError(inv, renderCommandHelp(configSetCommand, inv.commandPath, configSetCommand.flags ?? []), `Unexpected args: ${goList(inv.args)}`);
    const [property, value] = inv.args as [string, string];
    if (value === '') return messageError('you cannot use set to unset a property');
    if (property === '') return messageError('you must specify a property');
    return change(inv, property, { value, unset: false, raw: inv.flags.bool('set-raw-bytes') }, 'set');
  },
};

export const configUnsetCommand: CommandSpec = {
  name: 'unset',
  short: 'Remove one value of the kubeconfig by its property path',
  long: 'Remove one value of the kubeconfig, or a whole entry.\n\n PROPERTY_NAME is a path of names joined by dots, as for "kubectl config set".',
  example: '  # Forget the default namespace of the context "dev"\n  kubectl config unset contexts.dev.namespace\n  \n  # Remove the user entry "old-admin"\n  kubectl config unset users.old-admin',
  use: 'PROPERTY_NAME [options]',
  run: (inv) => {
    if (inv.args.length !== 1) return helpError(inv, renderCommandHelp(configUnsetCommand, inv.commandPath, []), `Unexpected args: ${goList(inv.args)}`);
    const property = inv.args[0] as string;
    if (property === '') return messageError('you must specify a property');
    return change(inv, property, { value: '', unset: true, raw: true }, 'unset');
  },
};
