// `kubectl autoscale`: check --min/--max/--cpu/--memory, fetch each target (it must have a scale
// subresource), and create an autoscaling/v2 HorizontalPodAutoscaler for it, printing
// `horizontalpodautoscaler.autoscaling/<name> autoscaled`. Like kubectl, a failed v2 create is
// retried as autoscaling/v1 when the targets fit v1 (CPU utilization only).

import type { KubeObject } from '../../sim/api/object';
import type { CommandSpec, Invocation } from '../cli/command';
import { aggregate, messageError, statusError, type KubectlError } from '../cli/errors';
import type { FlagSpec } from '../cli/flags';
import { readManifests } from '../input/manifests';
import { buildPlan, isPlan, mixedArgsError } from '../resources/builder';
import { filesWithArgsError, visitManifests } from '../resources/from-files';
import { visitPlan, type Info, type VisitResult } from '../resources/visit';
import { buildHpa, parseResourceTarget, withoutStatus, type MetricTarget } from './autoscale-hpa';
import { LAST_APPLIED } from './create-files';
import { DRY_RUN_FLAG, FIELD_MANAGER_FLAG, PRINT_FLAGS, dryRunOf, isError, printWarnings, printWritten, writePrinter, type DryRun } from './create-shared';
import { hasScaleSubresource } from './scale-subresource';
import { RECORD_FLAG, recorded } from './record';
import { toCompactJson } from '../printers';

const AUTOSCALE_FLAGS: readonly FlagSpec[] = [
  ...PRINT_FLAGS,
  { name: 'cpu', type: 'string', usage: 'CPU target per pod: a percentage of the requested CPU ("70%") or an amount ("500m"; a bare number means millicores).' },
  { name: 'cpu-percent', type: 'int32', default: -1, usage: 'CPU target as a percentage of the requested CPU.', deprecated: "Use --cpu with percentage or resource quantity format (e.g., '70%' for utilization or '500m' for milliCPU).", hidden: true },
  DRY_RUN_FLAG,
  FIELD_MANAGER_FLAG('kubectl-autoscale'),
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'Files or directories naming the workloads to autoscale.' },
  { name: 'kustomize', shorthand: 'k', type: 'string', usage: 'A kustomization directory naming the workloads to autoscale.' },
  { name: 'max', type: 'int32', default: -1, required: true, usage: 'The most pods the autoscaler may run (required).' },
  { name: 'memory', type: 'string', usage: 'Memory target per pod: a percentage of the requested memory ("60%") or an amount ("200Mi"; a bare number means mebibytes).' },
  { name: 'min', type: 'int32', default: -1, usage: 'The fewest pods the autoscaler may run; when unset or negative the server picks (1).' },
  { name: 'name', type: 'string', usage: 'Name of the new autoscaler; the workload\'s name when not given.' },
  RECORD_FLAG,
  { name: 'recursive', shorthand: 'R', type: 'bool', usage: 'With -f, also read the directories inside the given ones.' },
  { name: 'save-config', type: 'bool', usage: 'Record the object in its last-applied-configuration annotation, for later kubectl apply.' },
];

interface Targets {
  readonly cpuPercent: number;
  readonly cpu: MetricTarget | undefined;
  readonly memory: MetricTarget | undefined;
}

/** Validate: the limits and the metric targets. */
function validate(inv: Invocation): Targets | KubectlError {
  const f = inv.flags;
  const min = f.number('min');
  const max = f.number('max');
  const cpuPercent = f.number('cpu-percent');
  if (max < 1) return messageError(`--max=MAXPODS is required and must be at least 1, max: ${max}`);
  if (max < min) return messageError(`--max=MAXPODS must be larger or equal to --min=MINPODS, max: ${max}, min: ${min}`);
  if (cpuPercent > 0 && f.string('cpu') !== '') return messageError('--cpu-percent and --cpu are mutually exclusive');
  let cpu: MetricTarget | undefined;
  let memory: MetricTarget | undefined;
  if (f.string('cpu') !== '') {
    const p = parseResourceTarget(f.string('cpu'), 'cpu');
    if (!p.ok) return messageError(p.message);
    cpu = p.target;
  }
  if (f.string('memory') !== '') {
    const p = parseResourceTarget(f.string('memory'), 'memory');
    if (!p.ok) return messageError(p.message);
    memory = p.target;
  }
  return { cpuPercent, cpu, memory };
}

/** The builder step (RequireObject): fetched targets in visiting order, errors in place. */
function visitTargets(inv: Invocation): VisitResult | KubectlError {
  const f = inv.flags;
  if (f.strings('filename').length > 0) {
    const argsError = mixedArgsError(inv.args) ?? filesWithArgsError(inv.args);
    if (argsError) return argsError;
    const read = readManifests(f.strings('filename'), f.bool('recursive'), inv.ctx);
    if (!read.ok) return read.error;
    return visitManifests(read.manifests, inv.cluster, { namespace: inv.namespace, enforceNamespace: inv.explicitNamespace }, inv.out);
  }
  const plan = buildPlan({ types: inv.cluster.api.types.all(), args: inv.args, namespace: inv.namespace, allNamespaces: false, allowEmptySelector: false });
  if (!isPlan(plan)) return plan;
  return visitPlan(plan, inv.cluster, { namespace: inv.namespace, allNamespaces: false }, inv.out);
}

/** canCreateHPAV1: only a CPU utilization target (or none via --cpu-percent) fits autoscaling/v1. */
function v1Compatible(inv: Invocation): { ok: boolean; why: string } {
  const parsed = parseResourceTarget(inv.flags.string('cpu'), 'cpu');
  if (!parsed.ok) return { ok: false, why: parsed.message };
  const noMemory = inv.flags.string('memory') === '';
  const ok = (inv.flags.number('cpu-percent') >= 0 && noMemory) || (noMemory && parsed.target.type === 'Utilization');
  // Go's %w of a nil error.
  return { ok, why: '%!w(<nil>)' };
}

/** handleHPA for one target: print (client dry run) or create, then print. */
function autoscaleOne(inv: Invocation, info: Info, targets: Targets, dryRun: DryRun): KubectlError | undefined {
  const f = inv.flags;
  const obj = info.objects[0];
  if (!obj) return undefined;
  const t = info.type;
  if (!hasScaleSubresource(t)) {
    return messageError(`cannot autoscale a ${t.kind}: could not find scale subresource for ${t.group}/${t.version}, Resource=${t.plural} in discovery information`);
  }
  const targetName = obj.metadata.name ?? '';
  // --record annotates before the dry-run check and before --save-config's snapshot, as kubectl does.
  const hpa = recorded(inv, buildHpa({
    name: f.string('name') || targetName,
    namespace: inv.explicitNamespace ? inv.namespace : undefined,
    target: { type: t, name: targetName },
    min: f.number('min'),
    max: f.number('max'),
    ...targets,
  }));
  if (dryRun === 'client') {
    const p = writePrinter(inv);
    return isError(p) ? p : printWritten(inv.out, p, hpa, 'created', dryRun, { structOrder: true });
  }
  let toSend = withoutStatus(hpa);
  if (f.bool('save-config')) {
    // The typed object is encoded in struct order, status included, as kubectl's encoder does.
    const annotated = { ...hpa, metadata: { ...hpa.metadata, annotations: { ...(hpa.metadata.annotations ?? {}), [LAST_APPLIED]: `${toCompactJson(hpa, { sortKeys: false })}\n` } } };
    toSend = withoutStatus(annotated);
  }
  const failed = createAndPrint(inv, toSend, dryRun);
  if (!failed) return undefined;
  // Any failure of the v2 attempt — the create or even printing the result — makes kubectl try
  // autoscaling/v1, if the targets fit v1.
  const v1 = v1Compatible(inv);
  if (!v1.ok) return messageError(`failed to create autoscaling/v2 HPA and the configuration is incompatible with autoscaling/v1: ${v1.why}`);
  // Both versions share one store, so the v1 attempt meets what the v2 one left (e.g. AlreadyExists).
  return createAndPrint(inv, toSend, dryRun);
}

/** handleHPA after the dry-run check: POST, then print with the "autoscaled" printer. */
function createAndPrint(inv: Invocation, hpa: KubeObject, dryRun: DryRun): KubectlError | undefined {
  const res = inv.cluster.api.create(hpa, { dryRun: dryRun === 'server', namespace: inv.namespace });
  if (!res.ok) return statusError(res.status);
  printWarnings(inv.out, res.warnings);
  // The printer is only built once there is something to print, as kubectl's ToPrinter is.
  const printer = writePrinter(inv);
  return isError(printer) ? printer : printWritten(inv.out, printer, res.object, 'autoscaled', dryRun);
}

function runAutoscale(inv: Invocation): KubectlError | undefined {
  const dryRun = dryRunOf(inv);
  if (isError(dryRun)) return dryRun;
  const targets = validate(inv);
  if (isError(targets)) return targets;
  if (inv.flags.string('kustomize') !== '') return messageError('-k (kustomize) is not available in this simulator yet');
  const visited = visitTargets(inv);
  if (isError(visited)) return visited;
  const errors: KubectlError[] = [...visited.errors];
  let count = 0;
  for (const info of visited.infos) {
    const err = autoscaleOne(inv, info, targets, dryRun);
    if (err) errors.push(err);
    else count++;
  }
  if (errors.length > 0) return aggregate(errors);
  if (count === 0) return messageError('no objects passed to autoscale');
  return undefined;
}

export const autoscaleCommand: CommandSpec = {
  name: 'autoscale',
  short: 'Make a HorizontalPodAutoscaler for a workload',
  long:
    'Create a HorizontalPodAutoscaler that keeps the number of pods of a deployment, replica set, stateful set or\n' +
    ' replication controller between --min and --max, adding pods when they use more than the target and\n' +
    ' removing them when they use less. The autoscaler is an autoscaling/v2 object (kubectl falls back to\n' +
    ' autoscaling/v1 only if v2 fails).\n\n' +
    ' The workload is looked up by type and name (or from a file) and becomes the autoscaler\'s scale target.',
  example:
    '  # Keep the web deployment between 2 and 10 pods, with the default target\n  kubectl autoscale deployment web --min=2 --max=10\n  \n' +
    '  # Aim at 80% of the requested CPU, up to 5 pods\n  kubectl autoscale rc web --max=5 --cpu=80%\n  \n' +
    '  # Aim at half a core and 200Mi of memory per pod on average\n  kubectl autoscale deployment api --min=3 --max=6 --cpu=500m --memory=200Mi\n  \n' +
    '  # Aim at 60% CPU and 70% memory utilization\n  kubectl autoscale deployment api --min=3 --max=6 --cpu=60% --memory=70%',
  use: '(-f FILENAME | TYPE NAME | TYPE/NAME) [--min=MINPODS] --max=MAXPODS [--cpu=CPU] [--memory=MEMORY] [options]',
  flags: AUTOSCALE_FLAGS,
  run: runAutoscale,
};
