// `kubectl run NAME --image=IMAGE`: create one pod (and with --expose a Service in front of it),
// or with -i/-t/--attach wait for it and attach (run-attach.ts). Checks and messages follow
// kubectl v1.35's RunOptions.Complete and Run, in their order. Since v1.24 run makes only pods:
// --requests, --limits, --serviceaccount and --hostport are gone (unknown flags).

import type { KubeObject } from '../../../sim/api/object';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import type { CommandSpec, Invocation } from '../../cli/command';
import { aggregate, messageError, statusError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { runServiceObject } from '../../generators/service';
import { withLastApplied } from '../create-files';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, dryRunOf, isError, printWarnings, printWritten, writePrinter, type DryRun } from '../create-shared';
import type { OutputSpec } from '../../output/printer-spec';
import { OVERRIDE_FLAGS, applyOverrides } from './overrides';
import { attachToRun } from './run-attach';
import { buildRunPod, isImageReference, parseLabelSpec, sortedMap } from './run-pod';
import { removeCreated, type CreatedObject } from './run-remove';
import { RECORD_FLAG, recorded } from '../record';

const RUN_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  ...OVERRIDE_FLAGS,
  { name: 'annotations', type: 'stringArray', usage: 'An annotation (key=value) for the pod; repeat the flag for more.' },
  { name: 'attach', type: 'bool', usage: 'Wait until the pod runs, then attach to it as kubectl attach would. On by default with -i. With --restart=Never, kubectl exits with the container\'s exit code.' },
  { name: 'cascade', type: 'string', default: 'background', noOptDefVal: 'background', usage: 'With --rm: how the pod\'s dependents are deleted ("background", "foreground" or "orphan").' },
  { name: 'command', type: 'bool', usage: 'Use the words after -- as the container\'s command instead of its arguments.' },
  DRY_RUN_FLAG,
  { name: 'env', type: 'stringArray', usage: 'An environment variable (NAME=value) for the container; repeat the flag for more.' },
  { name: 'expose', type: 'bool', usage: 'Also create a ClusterIP Service in front of the pod (needs --port).' },
  FIELD_MANAGER_FLAG('kubectl-run'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Accepted for compatibility (a delete option); not used by run.' },
  { name: 'force', type: 'bool', usage: 'With --rm: remove the pod from the API at once instead of waiting for it to stop.' },
  { name: 'grace-period', type: 'int', default: -1, usage: 'With --rm: seconds the pod gets to stop; negative means its own setting.' },
  { name: 'image', type: 'string', required: true, usage: 'The container image to run (required).' },
  { name: 'image-pull-policy', type: 'string', usage: 'Always, IfNotPresent or Never; empty lets the API server choose.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'Accepted for compatibility (a delete option); not used by run.' },
  { name: 'labels', shorthand: 'l', type: 'string', usage: 'Labels for the pod as key=value pairs separated by commas (default run=NAME).' },
  { name: 'leave-stdin-open', type: 'bool', usage: 'Keep the container\'s stdin open after the first attach ends.' },
  { name: 'pod-running-timeout', type: 'duration', default: 60_000, usage: 'How long to wait for the pod to run before attaching (more than zero, e.g. 30s or 2m).' },
  { name: 'port', type: 'string', usage: 'The port the container listens on (recorded as its containerPort).' },
  { name: 'privileged', type: 'bool', usage: 'Run the container in privileged mode.' },
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: 'Leave out the messages around an attached session.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'Accepted for compatibility (a delete option); not used by run.' },
  { name: 'restart', type: 'string', default: 'Always', usage: 'The pod\'s restart policy: Always, OnFailure or Never.' },
  { name: 'rm', type: 'bool', usage: 'Delete the pod (and the Service of --expose) when the attached session ends; needs --attach or -i.' },
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
  { name: 'stdin', shorthand: 'i', type: 'bool', usage: 'Keep the container\'s stdin open (and attach to it).' },
  { name: 'timeout', type: 'duration', usage: 'With --rm: how long to wait for the deletion; 0 picks a time from the object.' },
  { name: 'tty', shorthand: 't', type: 'bool', usage: 'Give the container a terminal (needs -i).' },
  { name: 'wait', type: 'bool', usage: 'With --rm: wait until the deleted objects are gone.' },
];

const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never', ''];

interface RunCtx {
  readonly inv: Invocation;
  readonly dryRun: DryRun;
  readonly printer: OutputSpec | undefined;
}

/** DeleteFlags.ToOptions' check of --cascade (boolean values are deprecated spellings). */
function cascadeError(inv: Invocation): KubectlError | undefined {
  const v = inv.flags.string('cascade');
  if (['orphan', 'foreground', 'background'].includes(v)) return undefined;
  const asBool = ['1', 't', 'T', 'true', 'TRUE', 'True', '0', 'f', 'F', 'false', 'FALSE', 'False'].indexOf(v);
  if (asBool < 0) return messageError(`invalid cascade value (${v}). Must be "background", "foreground", or "orphan"`);
  inv.out.err(`warning: --cascade=${v} is deprecated (boolean value) and can be replaced with --cascade=${asBool < 6 ? 'background' : 'orphan'}.\n`);
  return undefined;
}

/** createGeneratedObject: POST (unless --dry-run=client), the object as the server answered. */
function createObject(c: RunCtx, generated: KubeObject): KubeObject | KubectlError {
  const { inv } = c;
  // --record annotates before the dry-run check and before --save-config's snapshot, as kubectl does.
  const obj = recorded(inv, generated);
  if (c.dryRun === 'client') return obj;
  const toSend = inv.flags.bool('save-config') ? withLastApplied(obj) : obj;
  // run sends no fieldValidation: the API server's default (Warn) applies.
  const res = inv.cluster.api.create(toSend, { dryRun: c.dryRun === 'server', fieldValidation: 'Warn', namespace: inv.namespace });
  if (!res.ok) return statusError(res.status);
  printWarnings(inv.out, res.warnings);
  return res.object;
}

/** generateService: the --expose Service, printed at once (a `---` follows it with -o yaml). */
function exposeService(c: RunCtx, name: string, namespace: string | undefined): KubeObject | KubectlError {
  const { inv } = c;
  const labelFlag = inv.flags.string('labels');
  const labels = labelFlag === '' ? {} : parseLabelSpec(labelFlag);
  if (typeof labels === 'string') return messageError(labels);
  const selector = labelFlag === '' ? { run: name } : labels;
  const port = Number.parseInt(inv.flags.string('port'), 10);
  const svc = createObject(c, runServiceObject(name, namespace, sortedMap(labels), sortedMap(selector), port));
  if (isError(svc)) return svc;
  const printed = printWritten(inv.out, c.printer, svc, 'created', c.dryRun, { structOrder: c.dryRun === 'client' });
  if (printed) return printed;
  if (c.printer?.kind === 'yaml') inv.out.out('---\n');
  return svc;
}

function runRun(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const attach = f.changed('attach') ? f.bool('attach') : f.bool('stdin');
  const printer = writePrinter(inv);
  if (isError(printer)) return printer;
  const cascade = cascadeError(inv);
  if (cascade) return cascade;

  // The NAME check ignores `--`: kubectl's record flags re-parse the whole command line, so the
  // position of `--` no longer counts the positional words before it (`run --image=x -- NAME` works).
  if (inv.args.length === 0) return usageError(inv.commandPath, 'NAME is required for run');
  const timeoutMs = f.number('pod-running-timeout');
  if (timeoutMs <= 0) return usageError(inv.commandPath, '--pod-running-timeout must be higher than zero');
  const image = f.string('image');
  if (image === '') return messageError('--image is required');
  if (!isImageReference(image)) return messageError(`Invalid image name "${image}": invalid reference format`);
  if (f.bool('tty') && !f.bool('stdin')) return usageError(inv.commandPath, '-i/--stdin is required for containers with -t/--tty=true');
  if (f.bool('expose') && f.string('port') === '') return usageError(inv.commandPath, '--port must be set when exposing a service');
  const restart = f.string('restart');
  if (restart !== '' && !RESTART_POLICIES.includes(restart)) return usageError(inv.commandPath, `invalid restart policy: ${restart}`);
  const restartPolicy = restart === '' ? (f.bool('stdin') ? 'OnFailure' : 'Always') : restart;
  const remove = f.bool('rm');
  if (!attach && remove) return usageError(inv.commandPath, '--rm should only be used for attached containers');
  if (attach && dryRun !== 'none') {
    return usageError(inv.commandPath, "--dry-run=[server|client] can't be used with attached containers options (--attach, --stdin, or --tty)");
  }
  const pullPolicy = f.string('image-pull-policy');
  if (!PULL_POLICIES.includes(pullPolicy)) return usageError(inv.commandPath, `invalid image pull policy: ${pullPolicy}`);

  const name = inv.args[0] as string;
  const namespace = inv.explicitNamespace ? inv.namespace : undefined;
  const built = buildRunPod({
    name, namespace, image, labels: f.string('labels'), annotations: f.strings('annotations'), env: f.strings('env'), port: f.string('port'),
    args: inv.args.slice(1), command: f.bool('command'), restart, imagePullPolicy: pullPolicy, stdin: f.bool('stdin'),
    leaveStdinOpen: f.bool('leave-stdin-open'), tty: f.bool('tty'), privileged: f.bool('privileged'),
  });
  if (isError(built)) return built;
  const overridden = applyOverrides(built, f.string('overrides'), f.string('override-type'));
  if (isError(overridden)) return overridden;
  const c: RunCtx = { inv, dryRun, printer };
  const pod = createObject(c, overridden);
  if (isError(pod)) return pod;
  const created: CreatedObject[] = [{ type: typeForKey('pods') as ResourceType, namespace: inv.namespace, name }];

  const errors: KubectlError[] = [];
  if (f.bool('expose')) {
    const svc = exposeService(c, name, namespace);
    if (isError(svc)) errors.push(svc);
    else created.push({ type: typeForKey('services') as ResourceType, namespace: inv.namespace, name: svc.metadata.name ?? name });
  }
  if (attach) {
    return attachToRun(inv, {
      namespace: inv.namespace, pod: name, container: name, stdin: f.bool('stdin'), tty: f.bool('tty'), quiet: f.bool('quiet'),
      leaveStdinOpen: f.bool('leave-stdin-open'), restartPolicy, timeoutMs,
      ...(remove ? { remove: () => removeCreated(inv, created, f.bool('quiet')) } : {}),
    });
  }
  // kubectl's YAML printer separates every object after its first with `---` (the one after the
  // Service above comes on top of that, so two separator lines follow each other).
  if (printer?.kind === 'yaml' && created.length > 1) inv.out.out('---\n');
  const printed = printWritten(inv.out, printer, pod, 'created', dryRun, { structOrder: dryRun === 'client' });
  if (printed) errors.push(printed);
  return aggregate(errors);
}

export const runCommand: CommandSpec = {
  name: 'run',
  short: 'Start a pod running an image',
  long: 'Start one pod that runs the given image, optionally with a Service in front of it, or run it in the foreground and attach to it.',
  example: [
    '  # Run an nginx pod',
    '  kubectl run web --image=nginx',
    '  ',
    '  # Declare the port the container serves and give the pod labels of your own',
    '  kubectl run web --image=nginx --port=80 --labels="app=web,tier=frontend"',
    '  ',
    '  # Set environment variables in the container',
    '  kubectl run api --image=myapp:1.0 --env="MODE=test" --env="LOG_LEVEL=debug"',
    '  ',
    '  # Run a pod and a ClusterIP Service in front of it',
    '  kubectl run web --image=nginx --port=80 --expose',
    '  ',
    '  # Print the pod as YAML instead of creating it (a starting point for a manifest)',
    '  kubectl run web --image=nginx --dry-run=client -o yaml',
    '  ',
    '  # Change the generated pod with a piece of JSON before it is sent',
    '  kubectl run web --image=nginx --overrides=\'{"spec":{"nodeName":"node01"}}\'',
    '  ',
    '  # Test a Service from inside the cluster with a throw-away pod',
    '  kubectl run tmp --rm -i --image=busybox --restart=Never -- wget -qO- http://web',
    '  ',
    '  # Open a shell in a new busybox pod, removed again when you leave it',
    '  kubectl run -it --rm shell --image=busybox -- sh',
    '  ',
    '  # Pass arguments to the image\'s own command',
    '  kubectl run pinger --image=busybox -- ping -c 3 10.0.0.1',
    '  ',
    '  # Replace the image\'s command',
    '  kubectl run sleeper --image=busybox --command -- sleep 3600',
  ].join('\n'),
  use: 'NAME --image=image [--env="key=value"] [--port=port] [--dry-run=server|client] [--overrides=inline-json] [--command] -- [COMMAND] [args...] [options]',
  flags: RUN_FLAGS,
  run: runRun,
};
