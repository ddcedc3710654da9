// `kubectl logs`: what a container wrote, read from its node's kubelet — one pod, the best pod of a
// workload, or every pod of a selector; all or some of its lines (--tail, --since, --since-time),
// with timestamps or `[pod/…/…]` prefixes, the previous instance (-p), or followed (-f, see
// stream.ts). Argument and option checks in kubectl's order (Complete, then Validate).

import type { CommandSpec, Invocation } from '../../cli/command';
import { messageError, statusError, usageError, type KubectlError } from '../../cli/errors';
import type { FlagSpec } from '../../cli/flags';
import { typeForKey, type ResourceType } from '../../../sim/api/registry';
import { isError, namedObject, podRunningTimeout, podRunningTimeoutFlag, type PodObject } from '../pod-target';
import { logRequests, type LogSource } from './requests';
import { parseRfc3339 } from './rfc3339';
import { follow, readAll, type ReadOptions } from './stream';

const USAGE = 'logs [-f] [-p] (POD | TYPE/NAME) [-c CONTAINER]';
const USAGE_ERROR = `expected '${USAGE}'.\nPOD or TYPE/NAME is a required argument for the logs command`;
/** The tail kubectl asks for when reading by selector, unless --tail says otherwise. */
const SELECTOR_TAIL = 10;

const LOGS_FLAGS: readonly FlagSpec[] = [
  { name: 'all-containers', type: 'bool', usage: 'Read every container of the pod(s), init containers first.' },
  { name: 'all-pods', type: 'bool', usage: "Read every pod of the workload, not just one; turns --prefix on." },
  { name: 'container', shorthand: 'c', type: 'string', usage: 'The container to read.' },
  { name: 'follow', shorthand: 'f', type: 'bool', usage: 'Keep printing what the container writes.' },
  { name: 'ignore-errors', type: 'bool', usage: 'Print a failed read as an error line and carry on with the others.' },
  { name: 'insecure-skip-tls-verify-backend', type: 'bool', usage: "Do not check the kubelet's serving certificate (for nodes whose certificate has expired)." },
  { name: 'limit-bytes', type: 'int64', usage: 'Stop after this many bytes of each log; 0 means no limit.' },
  { name: 'max-log-requests', type: 'int', default: 5, usage: 'The most logs -f follows at once when a selector matches several.' },
  podRunningTimeoutFlag(20_000),
  { name: 'prefix', type: 'bool', usage: 'Start every line with its source, [pod/NAME/CONTAINER].' },
  { name: 'previous', shorthand: 'p', type: 'bool', usage: 'Read the instance of the container that ran before the last restart.' },
  { name: 'selector', shorthand: 'l', type: 'string', usage: 'Read the pods with these labels (e.g. -l app=web,tier!=db); the tail then defaults to 10 lines.' },
  { name: 'since', type: 'duration', usage: 'Only lines written in this recent period, e.g. 30s, 5m, 2h. Not with --since-time.' },
  { name: 'since-time', type: 'string', usage: 'Only lines written at or after this RFC 3339 time. Not with --since.' },
  { name: 'tail', type: 'int64', default: -1, usage: 'How many of the last lines to print; -1 prints all (10 when reading by selector).' },
  { name: 'timestamps', type: 'bool', usage: 'Start every line with the time it was written.' },
];

interface Parsed {
  resourceArg: string;
  container: string;
  selector: string;
  sinceTime?: number;
  timeoutMs: number;
}

/** LogsOptions.Complete up to the builder: arguments, timeout flag, --since-time. */
function complete(inv: Invocation): Parsed | KubectlError {
  const f = inv.flags;
  const selector = f.string('selector');
  let resourceArg = '';
  let container = f.string('container');
  const args = inv.args;
  if (args.length === 0) {
    if (selector === '') return usageError(inv.commandPath, USAGE_ERROR);
  } else if (args.length === 1) {
    resourceArg = args[0] as string;
    if (selector !== '') return usageError(inv.commandPath, 'only a selector (-l) or a POD name is allowed');
  } else if (args.length === 2) {
    resourceArg = args[0] as string;
    container = args[1] as string;
  } else return usageError(inv.commandPath, USAGE_ERROR);
  const timeoutMs = podRunningTimeout(inv, false);
  if (typeof timeoutMs !== 'number') return timeoutMs;
  const parsed: Parsed = { resourceArg, container, selector, timeoutMs };
  const since = f.string('since-time');
  if (since !== '') {
    const t = parseRfc3339(since);
    if (typeof t !== 'number') return messageError(t.error);
    parsed.sinceTime = t;
  }
  return parsed;
}

/** The builder: one named object, or the pods of a selector ("No resources found" when none). */
function source(inv: Invocation, p: Parsed): LogSource | KubectlError {
  if (p.selector === '') {
    const named = namedObject(inv, p.resourceArg);
    if (isError(named)) {
      if (named.kind === 'status' && named.status.reason === 'NotFound') {
        return messageError(`error from server (NotFound): ${named.status.message} in namespace "${inv.namespace}"`);
      }
      return named;
    }
    return { named };
  }
  if (p.resourceArg !== '') return messageError('name cannot be provided when a selector is specified');
  const res = inv.cluster.api.list(typeForKey('pods') as ResourceType, { namespace: inv.namespace, labelSelector: p.selector });
  if (!res.ok) {
    const status = res.status;
    if (status.reason !== 'BadRequest') return statusError(status);
    return statusError({ ...status, message: `Unable to find "/v1, Resource=pods" that match label selector "${p.selector}", field selector "": ${status.message}` });
  }
  if (res.object.length === 0) inv.out.err(`No resources found in ${inv.namespace} namespace.\n`);
  return { pods: res.object as PodObject[] };
}

/** LogsOptions.Validate. */
function validate(inv: Invocation, p: Parsed, sinceSeconds: number | undefined, tail: number | undefined): KubectlError | undefined {
  const f = inv.flags;
  if (p.sinceTime !== undefined && f.number('since') !== 0) return messageError('at most one of `sinceTime` or `sinceSeconds` may be specified');
  if (f.bool('all-containers') && p.container !== '') return messageError(`--all-containers=true should not be specified with container name ${p.container}`);
  if (f.changed('container') && inv.args.length === 2) return messageError('only one of -c or an inline [CONTAINER] arg is allowed');
  if (f.number('limit-bytes') < 0) return messageError('--limit-bytes must be greater than 0');
  if (sinceSeconds !== undefined && sinceSeconds < 0) return messageError('--since must be greater than 0');
  if (tail !== undefined && tail < -1) return messageError('--tail must be greater than or equal to -1');
  return undefined;
}

/** time.Duration.Round(time.Second) in seconds: halves away from zero. */
const roundSeconds = (ms: number): number => Math.sign(ms) * Math.round(Math.abs(ms) / 1000);

function runLogs(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const p = complete(inv);
  if (isError(p)) return p;
  const sinceSeconds = f.number('since') !== 0 ? roundSeconds(f.number('since')) : undefined;
  const tailFlag = f.number('tail');
  const tail = p.selector !== '' && tailFlag === -1 && !f.changed('tail') ? SELECTOR_TAIL : tailFlag !== -1 ? tailFlag : undefined;
  const src = source(inv, p);
  if (isError(src)) return src;
  const invalid = validate(inv, p, sinceSeconds, tail);
  if (invalid) return invalid;
  const allPods = f.bool('all-pods');
  const requests = logRequests(inv, src, { container: p.container, allContainers: f.bool('all-containers'), allPods, timeoutMs: p.timeoutMs });
  if (isError(requests)) return requests;
  const max = f.number('max-log-requests');
  if (f.bool('follow') && requests.length > 1 && requests.length > max) {
    return messageError(`you are attempting to follow ${requests.length} log streams, but maximum allowed concurrency is ${max}, use --max-log-requests to increase the limit`);
  }
  const opts: ReadOptions = {
    previous: f.bool('previous'),
    timestamps: f.bool('timestamps'),
    ...(tail !== undefined ? { tail } : {}),
    ...(sinceSeconds !== undefined ? { sinceMs: sinceSeconds * 1000 } : {}),
    ...(p.sinceTime !== undefined ? { sinceTime: p.sinceTime } : {}),
    limitBytes: f.number('limit-bytes'),
    prefix: f.bool('prefix') || allPods,
    ignoreErrors: f.bool('ignore-errors'),
  };
  return f.bool('follow') ? follow(inv, requests, opts) : readAll(inv, requests, opts);
}

export const logsCommand: CommandSpec = {
  name: 'logs',
  short: "Print a container's logs",
  long:
    'Print what a container of a pod has written to its standard output and error.\n\n' +
    ' Name a pod, or a workload or service as TYPE/NAME (one of its pods is read), or pick pods by label with -l.\n' +
    ' The container name may be left out when the pod has a single container.',
  example:
    '  # Everything the only container of pod web has written\n  kubectl logs web\n  \n' +
    '  # The last 20 lines, each with its time\n  kubectl logs web --tail=20 --timestamps\n  \n' +
    '  # The sidecar container of pod web, as it writes\n  kubectl logs web -c sidecar -f\n  \n' +
    '  # The run before the last restart (after a crash)\n  kubectl logs web -p\n  \n' +
    '  # One pod of deployment api, only the last 10 minutes\n  kubectl logs deploy/api --since=10m\n  \n' +
    '  # Every container of every pod labelled app=api, each line marked with its source\n  kubectl logs -l app=api --all-containers --prefix',
  use: `${USAGE.slice('logs '.length)} [options]`,
  flags: LOGS_FLAGS,
  run: runLogs,
};
