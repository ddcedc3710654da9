// `kubectl set env RESOURCE/NAME KEY=value … KEY-`: set and remove environment variables of the
// containers of pods and pod templates, import every key of a ConfigMap or Secret (--from), or list
// the environment (--list). Checks and messages in the order of kubectl's EnvOptions.

import type { EnvVar } from 'kubernetes-types/core/v1';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import { dryRunOf, isError, writePrinter } from '../create-shared';
import { keyToEnvName, overwriteError, parseEnv, splitEnvFromResources, updateEnv } from './env-args';
import { printEnvList } from './env-list';
import { podSpecOf, selectContainers } from './pod-template';
import { ALL_AND_SELECTOR, LOCAL_SERVER_DRY_RUN, SELECTOR_FLAG, SET_COMMON_FLAGS, applySetPlan } from './set-run';
import { findAllTargets, type Target } from './targets';

/** The variables --from imports: one reference per key (sorted), named after the key. */
function importFrom(inv: Invocation, sources: readonly Target[], keys: readonly string[]): EnvVar[] | KubectlError {
  const env: EnvVar[] = [];
  for (const { object } of sources) {
    const kind = object.kind;
    if (kind !== 'Secret' && kind !== 'ConfigMap') return messageError('unsupported resource specified in --from');
    const data = Object.keys((object['data'] ?? {}) as Record<string, string>).sort();
    for (const key of data) {
      if (keys.length > 0 && !keys.includes(key)) continue;
      const name = keyToEnvName(key);
      if (name !== key) inv.out.err(`Warning: key ${key} transferred to ${name}\n`);
      const ref = { name: object.metadata.name ?? '', key };
      env.push({ name, valueFrom: kind === 'Secret' ? { secretKeyRef: ref } : { configMapKeyRef: ref } });
    }
  }
  return env;
}

function runSetEnv(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const all = f.bool('all');
  const selector = f.string('selector');
  if (all && selector !== '') return messageError(ALL_AND_SELECTOR);
  const split = splitEnvFromResources(inv.args);
  if (!split) return messageError(`all resources must be specified before environment changes: ${inv.args.join(' ')}`);
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const local = f.bool('local');
  if (local && dryRun === 'server') return messageError(LOCAL_SERVER_DRY_RUN);
  if (f.strings('filename').length === 0 && split.resources.length < 1) return messageError('one or more resources must be specified as <resource> <name> or <resource>/<name>');
  const list = f.bool('list');
  if (list && f.string('output') !== '') return messageError('--list and --output may not be specified together');
  const from = f.string('from');
  if (f.strings('keys').length > 0 && from === '') return messageError('when specifying --keys, a configmap or secret must be provided with --from');

  const parsed = parseEnv([...f.strings('env'), ...split.envArgs], inv.ctx.stdin);
  if (typeof parsed === 'string') return messageError(parsed);
  const env = parsed.env;
  const scope = { all, selector, local, latest: true };
  if (from !== '') {
    const sources = findAllTargets(inv, [from], scope);
    if (isError(sources)) return sources;
    const imported = importFrom(inv, sources, f.strings('keys'));
    if (isError(imported)) return imported;
    env.push(...imported);
  }
  const prefix = f.string('prefix');
  if (prefix !== '') for (const e of env) e.name = `${prefix}${e.name}`;
  const targets = findAllTargets(inv, split.resources, scope);
  if (isError(targets)) return targets;

  const pattern = f.string('containers');
  const errors = applySetPlan({ inv, dryRun, local, printer }, targets, {
    operation: 'env updated',
    failure: 'failed to patch env update to pod template: ',
    skipUnchanged: true,
    mutate: (copy, target) => {
      const spec = podSpecOf(copy, target.type);
      if (typeof spec === 'string') return { error: spec };
      const containers = selectContainers(spec, pattern);
      if (containers.length === 0) {
        inv.out.err(`Warning: ${copy.kind}/${copy.metadata.name ?? ''} does not have any containers matching "${pattern}"\n`);
        return list ? 'skip' : undefined;
      }
      let unresolved = false;
      for (const c of containers) {
        if (!f.bool('overwrite')) {
          const clash = overwriteError(c.env ?? [], env);
          if (clash) return list ? 'skip' : { error: clash };
        }
        const updated = updateEnv(c.env ?? [], env, parsed.remove);
        if (updated.length > 0) c.env = updated;
        else delete c.env;
        if (list && printEnvList(inv, copy, c, f.bool('resolve'))) unresolved = true;
      }
      if (list) return 'skip';
      return unresolved ? { error: 'failed to retrieve valueFrom references' } : undefined;
    },
    // A write that happened although no variable was given (e.g. only the container list changed).
    afterWrite: () => (env.length === 0 && split.envArgs.length === 0 ? messageError('at least one environment variable must be provided') : undefined),
  });
  return list ? undefined : aggregate(errors);
}

export const setEnvCommand: CommandSpec = {
  name: 'env',
  short: 'Set, remove or list environment variables of pods and pod templates',
  long:
    'Set, remove or list the environment variables of the containers of existing objects.\n\n' +
    ' KEY=value sets a variable, KEY- removes it, and - reads KEY=value lines from stdin. --from imports every key of a ConfigMap or Secret as a reference; names are made upper case and characters a variable name cannot hold become _. A deployment, daemon set, stateful set or replica set rolls out its pods again.\n\n' +
    ' Types accepted (any case): pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)',
  example: [
    '  # Set a variable in every container of deployment web',
    '  kubectl set env deployment/web LOG_LEVEL=debug',
    '  ',
    '  # Remove it again',
    '  kubectl set env deployment/web LOG_LEVEL-',
    '  ',
    '  # Show the environment of each container (references included)',
    '  kubectl set env deployment/web --list',
    '  ',
    '  # Import every key of a ConfigMap, prefixed with APP_',
    '  kubectl set env deployment/web --from=configmap/app-config --prefix=APP_',
    '  ',
    '  # Import one key of a Secret into the container named api',
    '  kubectl set env deployment/web --from=secret/db --keys=password -c api',
    '  ',
    '  # Show the changed object without sending it',
    '  kubectl set env deployment/web MODE=test --dry-run=client -o yaml',
  ].join('\n'),
  use: 'RESOURCE/NAME KEY_1=VAL_1 ... KEY_N=VAL_N [options]',
  flags: [
    // kubectl set env has no --record (its change cause is never written).
    ...SET_COMMON_FLAGS.filter((fl) => fl.name !== 'record'),
    SELECTOR_FLAG,
    { name: 'containers', shorthand: 'c', type: 'string', default: '*', usage: 'Which containers to change, by name; * and other wildcards allowed.' },
    { name: 'env', shorthand: 'e', type: 'stringArray', usage: 'A KEY=value pair to set (the same as giving it as an argument); repeat for more.' },
    { name: 'from', type: 'string', usage: 'A ConfigMap or Secret (configmap/NAME, secret/NAME) whose keys become variables.' },
    { name: 'keys', type: 'stringSlice', usage: 'With --from: only these keys (comma separated).' },
    { name: 'list', type: 'bool', usage: 'Print the environment of each container instead of changing it (changes given are shown applied).' },
    { name: 'overwrite', type: 'bool', default: true, usage: 'Allow changing variables that already have another value.' },
    { name: 'prefix', type: 'string', usage: 'A prefix for the names of the variables set.' },
    { name: 'resolve', type: 'bool', usage: 'With --list: show the values of ConfigMap, Secret and field references.' },
  ],
  run: runSetEnv,
};
