// `kubectl rollout pause`, `resume` and `restart`: each changes one field of every object named
// (spec.paused, or the pod template's restartedAt annotation) and writes it back, following
// kubectl's CalculatePatches flow — a refusal from the object's kind is reported per object, an
// empty change is "already paused" (or, for restart, an error about restarting twice in a second).

import { stableStringify } from '../../../lib/hash';
import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { isError, PRINT_FLAGS, printWritten, writePrinter } from '../create-shared';
import { findTargets, isTargets, requireResource, resourceString, ROLLOUT_FIELD_MANAGER, TARGET_FLAGS, workloadKind, type Target } from './shared';
import { patching } from '../../auth/authorizing-cluster';

const PATCH_FLAGS: readonly FlagSpec[] = [...TARGET_FLAGS, ...PRINT_FLAGS, ROLLOUT_FIELD_MANAGER];

export const RESTARTED_AT = 'kubectl.kubernetes.io/restartedAt';

/** The changed copy of an object, or why its kind (or state) refuses the change. */
type Mutation = (obj: KubeObject, inv: Invocation, target: Target) => KubeObject | { refused: string };

interface PatchVerb {
  readonly mutate: Mutation;
  /** Printed after a successful write. */
  readonly done: string;
  /** What an object that needed no change gets: a success line, or an error. */
  readonly unchanged: (name: string) => { line: string } | { error: string };
}

const spec = (obj: KubeObject): Record<string, unknown> => (obj['spec'] as Record<string, unknown> | undefined) ?? {};
const isDeployment = (t: Target): boolean => workloadKind(t.type) === 'Deployment';

const pause: PatchVerb = {
  mutate: (obj, _inv, t) => {
    if (!isDeployment(t)) return { refused: 'pausing is not supported' };
    if (spec(obj)['paused'] === true) return { refused: 'is already paused' };
    return { ...obj, spec: { ...spec(obj), paused: true } };
  },
  done: 'paused',
  unchanged: () => ({ line: 'already paused' }),
};

const resume: PatchVerb = {
  mutate: (obj, _inv, t) => {
    if (!isDeployment(t)) return { refused: 'resuming is not supported' };
    if (spec(obj)['paused'] !== true) return { refused: 'is not paused' };
    // `paused: false` is omitted when Go encodes the object, so the field goes away.
    const { paused: _paused, ...rest } = spec(obj);
    return { ...obj, spec: rest };
  },
  done: 'resumed',
  unchanged: () => ({ line: 'already resumed' }),
};

const restart: PatchVerb = {
  mutate: (obj, inv, t) => {
    const kind = workloadKind(t.type);
    if (!kind) return { refused: 'restarting is not supported' };
    if (kind === 'Deployment' && spec(obj)['paused'] === true) return { refused: "can't restart paused deployment (run rollout resume first)" };
    const out = clone(obj);
    const template = ((out['spec'] as Record<string, unknown>)['template'] ??= {}) as { metadata?: { annotations?: Record<string, string> } };
    template.metadata ??= {};
    template.metadata.annotations = { ...(template.metadata.annotations ?? {}), [RESTARTED_AT]: inv.cluster.rt.timestamp() };
    return out;
  },
  done: 'restarted',
  unchanged: (name) => ({
    error: `failed to create patch for ${name}: if restart has already been triggered within the past second, please wait before attempting to trigger another`,
  }),
};

function runPatchVerb(inv: Invocation, verb: PatchVerb): KubectlError | undefined {
  const missing = requireResource(inv);
  if (missing) return missing;
  const targets = findTargets(inv, { allowEmptySelector: true });
  if (!isTargets(targets)) return targets;
  const errors = [...targets.errors];
  if (targets.items.length === 0 && errors.length === 0) {
    inv.out.err(`No resources found in ${inv.namespace} namespace.\n`);
    return undefined;
  }
  for (const target of targets.items) {
    const name = target.object.metadata.name ?? '';
    const changed = verb.mutate(target.object, inv, target);
    if ('refused' in changed) {
      errors.push(messageError(`error: ${resourceString(target.type)} "${name}" ${changed.refused}`));
      continue;
    }
    let written = target.object;
    let operation = verb.done;
    if (stableStringify(changed) === stableStringify(target.object)) {
      const outcome = verb.unchanged(name);
      if ('error' in outcome) {
        errors.push(messageError(outcome.error));
        continue;
      }
      operation = outcome.line;
    } else {
      const res = patching(inv.cluster.api).update(changed, { fieldValidation: 'Warn' });
      if (!res.ok) {
        errors.push(messageError(`failed to patch: ${res.status.message}`));
        continue;
      }
      written = res.object;
    }
    const printer = writePrinter(inv);
    if (isError(printer)) {
      errors.push(printer);
      continue;
    }
    const failed = printWritten(inv.out, printer, written, operation, 'none');
    if (failed) errors.push(failed);
  }
  return aggregate(errors);
}

export const rolloutPauseCommand: CommandSpec = {
  name: 'pause',
  short: 'Stop a deployment from rolling out changes',
  long:
    'Pause a deployment: its controller stops rolling out template changes until it is resumed.\n\n' +
    ' Pods already running keep running, and scaling still works. Change the template as often as you like\n' +
    ' while paused; "kubectl rollout resume" then rolls out the result at once. Only deployments can be paused.',
  example: '  # Pause the web deployment, change it twice, then roll both changes out together\n  kubectl rollout pause deployment/web\n  kubectl set image deployment/web nginx=nginx:1.28\n  kubectl set env deployment/web MODE=fast\n  kubectl rollout resume deployment/web',
  use: 'RESOURCE [options]',
  flags: PATCH_FLAGS,
  run: (inv) => runPatchVerb(inv, pause),
};

export const rolloutResumeCommand: CommandSpec = {
  name: 'resume',
  short: 'Let a paused deployment roll out again',
  long: 'Resume a paused deployment: its controller goes back to rolling out template changes, including those made while it was paused.',
  example: '  # Resume the web deployment\n  kubectl rollout resume deployment/web',
  use: 'RESOURCE [options]',
  flags: PATCH_FLAGS,
  run: (inv) => runPatchVerb(inv, resume),
};

export const rolloutRestartCommand: CommandSpec = {
  name: 'restart',
  short: 'Replace every pod of a workload',
  long:
    'Replace every pod of a deployment, daemon set or stateful set, following its update strategy.\n\n' +
    ' The pod template gets a kubectl.kubernetes.io/restartedAt annotation with the current time, which\n' +
    ' makes it a new revision to roll out.',
  example:
    '  # Restart the web deployment\n  kubectl rollout restart deployment/web\n  \n' +
    '  # Restart every deployment of the staging namespace\n  kubectl rollout restart deployment -n staging\n  \n' +
    '  # Restart the deployments labelled app=web\n  kubectl rollout restart deployment --selector=app=web',
  use: 'RESOURCE [options]',
  flags: PATCH_FLAGS,
  run: (inv) => runPatchVerb(inv, restart),
};
