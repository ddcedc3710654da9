// `kubectl set image TYPE/NAME CONTAINER=IMAGE…` (`*=IMAGE` for every container): changes the image
// of containers and init containers in pods and pod templates. An image already in place changes
// nothing and prints nothing.

import type { Container } from 'kubernetes-types/core/v1';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import { dryRunOf, isError, writePrinter } from '../create-shared';
import { podSpecOf } from './pod-template';
import { ALL_AND_SELECTOR, LOCAL_SERVER_DRY_RUN, SELECTOR_FLAG, SET_COMMON_FLAGS, applySetPlan } from './set-run';
import { findAllTargets } from './targets';

/** cmdutil.GetResourcesAndPairs: resources first, then `k=v` / `k-` items. */
export function splitResourcesAndPairs(args: readonly string[], what: string): { resources: string[]; pairs: string[] } | KubectlError {
  const resources: string[] = [];
  const pairs: string[] = [];
  for (const s of args) {
    const isPair = (s.includes('=') && s[0] !== '=') || (s.endsWith('-') && s !== '-');
    if (isPair) pairs.push(s);
    else if (pairs.length > 0) return messageError(`all resources must be specified before ${what} changes: ${s}`);
    else resources.push(s);
  }
  return { resources, pairs };
}

/** cmdutil.ParsePairs (no removals): the pairs in the order given, later ones replacing earlier. */
function parseImagePairs(pairs: readonly string[]): Map<string, string> | KubectlError {
  const out = new Map<string, string>();
  const invalid: string[] = [];
  for (const p of pairs) {
    const eq = p.indexOf('=');
    if (eq > 0) out.set(p.slice(0, eq), p.slice(eq + 1));
    else invalid.push(p);
  }
  return invalid.length > 0 ? messageError(`invalid image format: ${invalid.join(', ')}`) : out;
}

function setImage(containers: Container[] | undefined, name: string, image: string): boolean {
  let found = false;
  for (const c of containers ?? []) {
    if (c.name === name || name === '*') {
      found = true;
      c.image = image;
    }
  }
  return found;
}

function runSetImage(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const split = splitResourcesAndPairs(inv.args, 'image');
  if (isError(split)) return split;
  const images = parseImagePairs(split.pairs);
  if (isError(images)) return images;
  const local = f.bool('local');
  const targets = findAllTargets(inv, split.resources, { all: f.bool('all'), selector: f.string('selector'), local, latest: true, refuseLocalArgs: true });
  if (isError(targets)) return targets;

  const problems: KubectlError[] = [];
  if (f.bool('all') && f.string('selector') !== '') problems.push(messageError(ALL_AND_SELECTOR));
  if (split.resources.length < 1 && f.strings('filename').length === 0) problems.push(messageError('one or more resources must be specified as <resource> <name> or <resource>/<name>'));
  if (images.size < 1) problems.push(messageError('at least one image update is required'));
  else if (images.size > 1 && images.has('*')) problems.push(messageError('all containers are already specified by *, but saw more than one container_name=container_image pairs'));
  if (local && dryRun === 'server') problems.push(messageError(LOCAL_SERVER_DRY_RUN));
  const invalid = aggregate(problems);
  if (invalid) return invalid;

  const errors: KubectlError[] = [];
  const written = applySetPlan({ inv, dryRun, local, printer }, targets, {
    operation: 'image updated',
    failure: 'failed to patch image update to pod template: ',
    skipUnchanged: true,
    mutate: (copy, target) => {
      const spec = podSpecOf(copy, target.type);
      if (typeof spec === 'string') return { error: spec };
      for (const [name, image] of images) {
        const initFound = setImage(spec.initContainers, name, image);
        const found = setImage(spec.containers, name, image);
        if (!found && !initFound) errors.push(messageError(`error: unable to find container named "${name}"`));
      }
      return undefined;
    },
  });
  return aggregate([...errors, ...written]);
}

export const setImageCommand: CommandSpec = {
  name: 'image',
  short: 'Change the image of containers in pods and pod templates',
  long:
    'Change the image of one or more containers of existing objects. A deployment, daemon set, stateful set or replica set rolls out its pods again.\n\n' +
    ' Types accepted (any case):\n\n' +
    '        pod (po), replicationcontroller (rc), deployment (deploy), daemonset (ds), statefulset (sts), cronjob (cj), replicaset (rs)',
  example: [
    "  # Run nginx:1.28 in the nginx container of deployment web",
    '  kubectl set image deployment/web nginx=nginx:1.28',
    '  ',
    '  # Change two containers at once',
    '  kubectl set image deployment/web nginx=nginx:1.28 sidecar=busybox:1.37',
    '  ',
    '  # Every container of a daemon set gets the same image',
    '  kubectl set image daemonset/agent *=agent:2.0',
    '  ',
    '  # Every deployment of the namespace',
    '  kubectl set image deployments --all nginx=nginx:1.28',
    '  ',
    '  # Show the changed object without sending it',
    '  kubectl set image deployment/web nginx=nginx:1.28 --dry-run=client -o yaml',
  ].join('\n'),
  use: '(-f FILENAME | TYPE NAME) CONTAINER_NAME_1=CONTAINER_IMAGE_1 ... CONTAINER_NAME_N=CONTAINER_IMAGE_N [options]',
  flags: [...SET_COMMON_FLAGS, SELECTOR_FLAG],
  run: runSetImage,
};
