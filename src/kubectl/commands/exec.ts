// `kubectl exec POD -- CMD…`: runs a command in a running container through its node's kubelet and
// prints what it wrote; a non-zero status ends kubectl with that status ("command terminated with
// exit code N"). `exec -it POD -- sh` with stdin a terminal runs nothing here: it asks the host to
// open an interactive shell inside the container (inv.out.session), which the terminal runs.
// Stdin counts as a terminal when nothing was piped to kubectl (ctx.stdin undefined).

import type { ExecSession } from '../context';
import type { CommandSpec, Invocation } from '../cli/command';
import { INTERRUPTED, messageError, rawError, statusError, usageError, type KubectlError } from '../cli/errors';
import { waitUntilInterrupted } from '../get/watch';
import type { FlagSpec } from '../cli/flags';
import type { ApiStatus } from '../../sim/api/status';
import { readManifests } from '../input/manifests';
import { filesWithArgsError, visitManifests } from '../resources/from-files';
import {
  allContainerNames,
  attachablePod,
  DEFAULT_CONTAINER_ANNOTATION,
  hasContainer,
  hasSeveralContainers,
  isError,
  kubeletOf,
  namedObject,
  podRunningTimeout,
  podRunningTimeoutFlag,
  type NamedObject,
  type PodObject,
} from './pod-target';
import { podRequestDenied } from '../auth/authorizing-cluster';

const EXEC_FLAGS: readonly FlagSpec[] = [
  {
    name: 'container',
    shorthand: 'c',
    type: 'string',
    usage: 'The container to run in; without it, the one named by the kubectl.kubernetes.io/default-container annotation, else the first.',
  },
  { name: 'filename', shorthand: 'f', type: 'stringSlice', usage: 'A file naming the object to run in.' },
  podRunningTimeoutFlag(60_000),
  { name: 'quiet', shorthand: 'q', type: 'bool', usage: "Print only the command's own output, none of kubectl's notices." },
  { name: 'stdin', shorthand: 'i', type: 'bool', usage: "Connect kubectl's standard input to the command." },
  { name: 'tty', shorthand: 't', type: 'bool', usage: 'Give the command a terminal (with -i, when stdin is one).' },
];

/** The object from -f, or the named one. */
function target(inv: Invocation, resourceName: string, files: string[]): NamedObject | KubectlError {
  if (files.length === 0) return namedObject(inv, resourceName);
  const mixed = resourceName !== '' ? filesWithArgsError([resourceName]) : undefined;
  if (mixed) return mixed;
  const read = readManifests(files, false, inv.ctx);
  if (!read.ok) return read.error;
  const visited = visitManifests(read.manifests, inv.cluster, { namespace: inv.namespace, enforceNamespace: inv.explicitNamespace }, inv.out);
  if ('kind' in visited) return visited;
  if (visited.errors.length > 0) return visited.errors[0] as KubectlError;
  const objects = visited.infos.flatMap((i) => i.objects.map((object) => ({ type: i.type, object })));
  if (objects.length !== 1 || read.manifests.length > 1) return messageError('cannot exec into multiple objects at a time');
  return objects[0] as NamedObject;
}

/** podcmd.FindOrDefaultContainerByName. */
function containerOf(inv: Invocation, pod: PodObject, quiet: boolean): string | KubectlError {
  const given = inv.flags.string('container');
  if (given !== '') return given;
  const containers = pod.spec?.containers ?? [];
  if (containers.length === 0) return messageError(`pod ${pod.metadata.namespace ?? ''}/${pod.metadata.name ?? ''} does not have any containers`);
  const annotated = pod.metadata.annotations?.[DEFAULT_CONTAINER_ANNOTATION] ?? '';
  if (annotated !== '' && hasContainer(pod, annotated)) return annotated;
  const first = containers[0]?.name ?? '';
  if (!quiet && hasSeveralContainers(pod)) inv.out.err(`Defaulted container "${first}" out of: ${allContainerNames(pod)}\n`);
  return first;
}

function accessError(reason: ApiStatus['reason'], message: string): KubectlError {
  // Errors of the connection upgrade come back as plain text, so kubectl prints them as its own.
  if (reason === '' && message.startsWith('unable to upgrade connection')) return messageError(message);
  const code = reason === 'NotFound' ? 404 : reason === 'BadRequest' ? 400 : 500;
  return { kind: 'status', status: { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code } };
}

function runExec(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  const args = inv.args;
  const files = f.strings('filename');
  const dash = inv.argsLenAtDash;
  const resourceName = args.length > 0 && dash !== 0 ? (args[0] as string) : '';
  let command: string[] = [];
  if (dash > -1) command = args.slice(dash);
  else if (args.length > 1 || (args.length > 0 && files.length > 0)) {
    return usageError(inv.commandPath, 'exec [POD] [COMMAND] is not supported anymore. Use exec [POD] -- [COMMAND] instead');
  }
  const timeoutMs = podRunningTimeout(inv, true);
  if (typeof timeoutMs !== 'number') return timeoutMs;
  if (resourceName === '' && files.length === 0) return messageError('pod, type/name or --filename must be specified');
  if (command.length === 0) return messageError('you must specify at least one command for the container');

  const named = target(inv, resourceName, files);
  if (isError(named)) return named;
  const pod = attachablePod(inv, named, timeoutMs);
  if (isError(pod)) return pod;
  const phase = pod.status?.phase;
  if (phase === 'Succeeded' || phase === 'Failed') return messageError(`cannot exec into a container in a completed pod; current phase is ${phase}`);
  const quiet = f.bool('quiet');
  const container = containerOf(inv, pod, quiet);
  if (isError(container)) return container;

  // SetupTTY: a terminal only with -i and -t and a stdin that is one.
  const stdinIsTerminal = inv.ctx.stdin === undefined;
  const withStdin = f.bool('stdin');
  let tty = withStdin && f.bool('tty');
  if (tty && !stdinIsTerminal) {
    tty = false;
    if (!quiet) inv.out.err('Unable to use a TTY - input is not a terminal or the right kind of file\n');
  }
  const kubelet = kubeletOf(inv.cluster);
  const namespace = pod.metadata.namespace ?? inv.namespace;
  const podName = pod.metadata.name ?? '';
  // POST pods/exec is authorized before the API server looks for the pod's node.
  const denied = podRequestDenied(inv.cluster, 'create', 'exec', namespace, podName);
  if (denied) return statusError(denied);
  // The API server's ExecLocation refuses a pod that no node runs before any kubelet is asked.
  if (!pod.spec?.nodeName) return accessError('BadRequest', `pod ${podName} does not have a host assigned`);
  if (!kubelet) return messageError(`unable to upgrade connection: container not found ("${container}")`);
  // Input the command reads: what was piped with -i; nothing (end of file) otherwise. A shell with
  // the user's terminal as input is the interactive case the host runs itself.
  const interactive = withStdin && stdinIsTerminal;
  const input = withStdin && !stdinIsTerminal ? (inv.ctx.stdin as string) : interactive ? undefined : '';
  const outcome = kubelet.exec(namespace, podName, container, command, { tty, ...(input !== undefined ? { stdin: input } : {}) });
  if (!outcome.ok) return accessError(outcome.reason, outcome.message);
  const result = outcome.result;
  switch (result.kind) {
    case 'startFailed':
      return rawError(`${result.kubectlMessage}\n`);
    case 'shell': {
      const session: ExecSession = { namespace, pod: podName, container, argv: [...command] };
      inv.out.session = session;
      return undefined;
    }
    case 'forever':
      // The command never ends (tail -f, sleep infinity): like any endless command, until Ctrl-C
      // (exit 130) or, headless, the host's watch limit.
      printOutput(inv, result.stdout, result.stderr, tty);
      return waitUntilInterrupted(inv.ctx) ? INTERRUPTED : undefined;
    case 'ran':
      printOutput(inv, result.stdout, result.stderr, tty);
      if (result.exitCode === 0) return undefined;
      inv.out.err(`command terminated with exit code ${result.exitCode}\n`);
      return { kind: 'exit', code: result.exitCode };
  }
}

/** With a terminal both streams arrive on stdout, as through a real tty. */
function printOutput(inv: Invocation, stdout: string, stderr: string, tty: boolean): void {
  if (tty) {
    inv.out.out(stdout + stderr);
    return;
  }
  inv.out.out(stdout);
  inv.out.err(stderr);
}

export const execCommand: CommandSpec = {
  name: 'exec',
  short: 'Run a command inside a container',
  long: 'Run a command inside a running container and print its output.',
  example:
    '  # The date as the first container of pod web sees it\n  kubectl exec web -- date\n  \n' +
    '  # A command in the sidecar container\n  kubectl exec web -c sidecar -- cat /etc/hostname\n  \n' +
    '  # A shell inside the container (exit leaves it)\n  kubectl exec -it web -- sh\n  \n' +
    '  # Options of the command itself go after --\n  kubectl exec web -- ls -l /usr/share/nginx/html\n  \n' +
    '  # In one pod of deployment api, or of the pods behind service api\n  kubectl exec deploy/api -- env\n  kubectl exec svc/api -- env',
  use: '(POD | TYPE/NAME) [-c CONTAINER] [flags] -- COMMAND [args...] [options]',
  flags: EXEC_FLAGS,
  run: runExec,
};
