// `kubectl set resources TYPE NAME --limits=cpu=200m,memory=512Mi --requests=…`: set resource
// requests and limits of the containers (-c: by name, wildcards allowed) of pods and pod templates.

import type { Container } from 'kubernetes-types/core/v1';
import { canonicalQuantity, tryParseQuantity } from '../../../lib/quantity';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import { dryRunOf, isError, writePrinter } from '../create-shared';
import { podSpecOf, selectContainers } from './pod-template';
import { ALL_AND_SELECTOR, LOCAL_SERVER_DRY_RUN, SELECTOR_FLAG, SET_COMMON_FLAGS, applySetPlan } from './set-run';
import { findAllTargets } from './targets';

/** populateResourceListV1: `name=quantity,…`, quantities in canonical form. */
export function parseResourceList(spec: string): Record<string, string> | KubectlError {
  const out: Record<string, string> = {};
  if (spec === '') return out;
  for (const statement of spec.split(',')) {
    const parts = statement.split('=');
    if (parts.length !== 2) return messageError(`Invalid argument syntax ${statement}, expected <resource>=<value>`);
    const parsed = tryParseQuantity(parts[1] as string);
    if (!parsed.ok) return messageError(parsed.message);
    out[parts[0] as string] = canonicalQuantity(parts[1] as string) ?? (parts[1] as string);
  }
  return out;
}

function setList(c: Container, key: 'limits' | 'requests', values: Record<string, string>, given: boolean): void {
  if (!given) return;
  const resources = (c.resources ??= {});
  const current = (resources[key] ?? {}) as Record<string, string>;
  resources[key] = { ...current, ...values };
}

function runSetResources(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const local = f.bool('local');
  const targets = findAllTargets(inv, inv.args, { all: f.bool('all'), selector: f.string('selector'), local, latest: true, refuseLocalArgs: true });
  if (isError(targets)) return targets;
  if (local && dryRun === 'server') return messageError(LOCAL_SERVER_DRY_RUN);
  if (f.bool('all') && f.string('selector') !== '') return messageError(ALL_AND_SELECTOR);
  const limitsFlag = f.string('limits');
  const requestsFlag = f.string('requests');
  if (limitsFlag === '' && requestsFlag === '') return messageError('you must specify an update to requests or limits (in the form of --requests/--limits)');
  const limits = parseResourceList(limitsFlag);
  if (isError(limits)) return limits;
  const requests = parseResourceList(requestsFlag);
  if (isError(requests)) return requests;

  const pattern = f.string('containers');
  const notFound: KubectlError[] = [];
  const errors = applySetPlan({ inv, dryRun, local, printer }, targets, {
    operation: 'resource requirements updated',
    failure: 'failed to patch resources update to pod template ',
    skipUnchanged: true,
    mutate: (copy, target) => {
      const spec = podSpecOf(copy, target.type);
      if (typeof spec === 'string') return { error: spec };
      const containers = selectContainers(spec, pattern);
      if (containers.length === 0) {
        notFound.push(messageError(`error: unable to find container named ${pattern}`));
        return 'skip';
      }
      for (const c of containers) {
        setList(c, 'limits', limits, limitsFlag !== '');
        setList(c, 'requests', requests, requestsFlag !== '');
      }
      return undefined;
    },
  });
  return aggregate([...notFound, ...errors]);
}

export const setResourcesCommand: CommandSpec = {
  name: 'resources',
  short: 'Set resource requests and limits of pods and pod templates',
  long:
    'Set the resource requests and limits of the containers of existing objects; all containers unless -c names some.\n\n' +
    ' Types accepted (any case): replicationcontroller, statefulset, daemonset, deployment, replicaset, pod, job, cronjob.\n\n' +
    ' Run "kubectl api-resources" for the full list of types the server knows.\n\n' +
    ' A request or limit left out keeps its current value; limit ranges of the namespace may add defaults on the server.',
  example: [
    '  # Limit every container of deployment web to 200 millicores and 512Mi of memory',
    '  kubectl set resources deployment web --limits=cpu=200m,memory=512Mi',
    '  ',
    '  # Requests and limits for the container named api only',
    '  kubectl set resources deployment web -c=api --requests=cpu=100m,memory=128Mi --limits=cpu=500m,memory=256Mi',
    '  ',
    '  # Show the changed object without sending it',
    '  kubectl set resources deployment web --limits=cpu=1 --dry-run=client -o yaml',
  ].join('\n'),
  use: '(-f FILENAME | TYPE NAME)  ([--limits=LIMITS & --requests=REQUESTS] [options]',
  flags: [
    ...SET_COMMON_FLAGS,
    SELECTOR_FLAG,
    { name: 'containers', shorthand: 'c', type: 'string', default: '*', usage: 'Which containers to change, by name; * and other wildcards allowed (default: all).' },
    { name: 'limits', type: 'string', usage: 'Resource limits as name=quantity pairs, e.g. cpu=200m,memory=512Mi.' },
    { name: 'requests', type: 'string', usage: 'Resource requests as name=quantity pairs, e.g. cpu=100m,memory=256Mi.' },
  ],
  run: runSetResources,
};
