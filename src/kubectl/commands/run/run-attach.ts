// `kubectl run -i/-t/--attach`: wait until the pod runs, attach to its container, then (restart
// Never/OnFailure) wait for the pod to finish and exit with the container's code; `--rm` deletes
// the created objects at the very end, whatever happened.
//
// What "attach" means in the simulator:
// - the container's main process is an interactive shell (`-- sh`, or an image whose default command
//   is a shell) and stdin is attached: the host opens a shell session in the container (like
//   `kubectl exec -it … sh`); what kubectl prints when it ends comes from the session's onExit.
// - any other process: its output is printed (the container's log of the attached run), waiting in
//   virtual time until the process exits. A process still running after ATTACH_WINDOW_MS (a server,
//   a load generator) cannot be followed further, as a terminal would until Ctrl-C: the simulator
//   detaches, says so on stderr, and leaves the pod running (even with --rm) so that it keeps working.
// - a pod that already finished: its logs, as kubectl falls back to them.

import type { ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import type { KubeletComponent } from '../../../sim/kubelet';
import { resolveImage, variantOf } from '../../../sim/images';
import { messageError, statusError, type KubectlError } from '../../cli/errors';
import type { Invocation } from '../../cli/command';
import { completed, podsType, runningAndReady, succeeded, waitForPod } from './pod-wait';
import { podRequestDenied } from '../../auth/authorizing-cluster';

/** How long a non-interactive attached process may run before the simulator detaches from it. */
export const ATTACH_WINDOW_MS = 10_000;
const POLL_MS = 250;
const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

export interface AttachOptions {
  readonly namespace: string;
  readonly pod: string;
  readonly container: string;
  readonly stdin: boolean;
  readonly tty: boolean;
  readonly quiet: boolean;
  readonly leaveStdinOpen: boolean;
  /** getRestartPolicy's answer (OnFailure for `-i --restart=''`), which decides the exit-code wait. */
  readonly restartPolicy: string;
  readonly timeoutMs: number;
  /** Deletes the created objects (`--rm`) and returns the lines to print; undefined without --rm. */
  readonly remove?: () => string;
}

function kubelet(inv: Invocation): KubeletComponent | undefined {
  try {
    return inv.cluster.component<KubeletComponent>('kubelet');
  } catch {
    return undefined;
  }
}

const statusOf = (pod: Pod | undefined, container: string): ContainerStatus | undefined =>
  pod?.status?.containerStatuses?.find((s) => s.name === container);

function currentPod(inv: Invocation, o: AttachOptions): Pod | undefined {
  const res = inv.cluster.api.get(podsType(), o.namespace, o.pod);
  return res.ok ? (res.object as Pod) : undefined;
}

/** The container's main process when it is a lone interactive shell (what a session can stand for). */
function interactiveShell(pod: Pod, container: string): string[] | undefined {
  const c = pod.spec?.containers?.find((x) => x.name === container);
  if (!c) return undefined;
  let argv: string[] = [...(c.command ?? []), ...(c.args ?? [])];
  if (!c.command?.length) {
    const found = resolveImage(c.image ?? '');
    const variant = found.kind === 'found' ? variantOf(found.image, found.tag) : undefined;
    argv = [...(variant?.entrypoint ?? []), ...(c.args?.length ? c.args : (variant?.cmd ?? []))];
  }
  // Entrypoint wrappers (docker-entrypoint.sh) exec the command they are given.
  if (argv.length > 1 && /entrypoint[^/]*\.sh$/.test(argv[0] ?? '')) argv = argv.slice(1);
  return argv.length === 1 && SHELLS.has((argv[0] ?? '').split('/').pop() ?? '') ? argv : undefined;
}

/** The output of the attached run: wait until it ends (or the window closes), then read its log. */
function streamOutput(inv: Invocation, o: AttachOptions): { text: string; detached: boolean } {
  const k = kubelet(inv);
  if (!k) return { text: '', detached: false };
  const first = statusOf(currentPod(inv, o), o.container);
  const attachedId = first?.state?.running ? first.containerID : undefined;
  let previous = false;
  let ended = !attachedId;
  let waited = 0;
  while (!ended && inv.ctx.wait && waited < ATTACH_WINDOW_MS) {
    inv.ctx.wait(POLL_MS);
    waited += POLL_MS;
    const now = statusOf(currentPod(inv, o), o.container);
    ended = !now?.state?.running || now.containerID !== attachedId;
    previous = ended && !!now?.state?.running;
  }
  const logs = k.logs(o.namespace, o.pod, o.container, previous ? { previous: true } : {});
  return { text: logs.ok ? logs.text : '', detached: !ended };
}

/** What the simulator says when it stops following a process that does not end. */
const detachNote = (o: AttachOptions): string =>
  `simulator: the process in pod/${o.pod} is still running after ${ATTACH_WINDOW_MS / 1000}s; detached and left the pod running (remove it with 'kubectl delete pod ${o.pod}')\n`;

/** attach's reattachMessage: only for an interactive terminal on a pod that restarts its containers. */
function reattachMessage(inv: Invocation, o: AttachOptions, pod: Pod): string {
  if (o.quiet || !o.stdin || !o.tty || pod.spec?.restartPolicy !== 'Always') return '';
  return `Session ended, resume using '${inv.commandPath.split(' ')[0]} attach ${o.pod} -c ${o.container} -i -t' command when the pod is running\n`;
}

/**
 * The exit code kubectl returns for a finished pod (restart Never/OnFailure). A failed container's
 * code becomes kubectl's (utilexec.CodeExitError: its text is printed without `error: `).
 */
function exitResult(inv: Invocation, pod: Pod): KubectlError | undefined {
  const where = `${pod.metadata?.namespace ?? ''}/${pod.metadata?.name ?? ''}`;
  switch (pod.status?.phase) {
    case 'Succeeded':
      return undefined;
    case 'Failed': {
      const terminated = pod.status.containerStatuses?.[0]?.state?.terminated;
      if (!terminated || terminated.exitCode === 0) return messageError(`pod ${where} failed with unknown exit code`);
      const text = `pod ${where} terminated (${terminated.reason ?? ''})\n${terminated.message ?? ''}`;
      inv.out.err(text.endsWith('\n') ? text : `${text}\n`);
      return { kind: 'exit', code: terminated.exitCode };
    }
    default:
      return messageError(`pod ${where} left in phase ${pod.status?.phase ?? ''}`);
  }
}

function attachAndWait(inv: Invocation, o: AttachOptions): KubectlError | 'session' | 'detached' | undefined {
  let finished = false;
  const ready = waitForPod(inv, o.namespace, o.pod, o.timeoutMs, (pod) => {
    const r = runningAndReady(pod);
    if (r === 'completed') finished = true;
    return r !== false;
  });
  if (!ready.ok) return ready.error;
  // A finished pod's output is read from its log, a running one is attached to.
  const denied = finished ? podRequestDenied(inv.cluster, 'get', 'log', o.namespace, o.pod) : podRequestDenied(inv.cluster, 'create', 'attach', o.namespace, o.pod);
  if (denied) return statusError(denied);
  if (finished) {
    const logs = kubelet(inv)?.logs(o.namespace, o.pod, o.container);
    if (logs?.ok) inv.out.out(logs.text);
  } else {
    if (!o.quiet) {
      inv.out.err('All commands and output from this session will be recorded in container logs, including credentials and sensitive information passed through the command prompt.\n');
      inv.out.err("If you don't see a command prompt, try pressing enter.\n");
    }
    const shell = o.stdin ? interactiveShell(ready.pod, o.container) : undefined;
    if (shell) {
      const pod = ready.pod;
      inv.out.session = { namespace: o.namespace, pod: o.pod, container: o.container, argv: shell, onExit: () => reattachMessage(inv, o, pod) + (o.remove?.() ?? '') };
      return 'session';
    }
    const streamed = streamOutput(inv, o);
    inv.out.out(streamed.text);
    if (streamed.detached) {
      inv.out.err(detachNote(o));
      return 'detached';
    }
    inv.out.out(reattachMessage(inv, o, ready.pod));
  }
  const waitForExitCode = !o.leaveStdinOpen && (o.restartPolicy === 'Never' || o.restartPolicy === 'OnFailure');
  if (!waitForExitCode) return undefined;
  const done = waitForPod(inv, o.namespace, o.pod, o.timeoutMs, o.restartPolicy === 'OnFailure' ? succeeded : completed);
  return done.ok ? exitResult(inv, done.pod) : done.error;
}

/** Runs the attach part of `kubectl run`; --rm's deletions are printed last (kubectl defers them). */
export function attachToRun(inv: Invocation, o: AttachOptions): KubectlError | undefined {
  const result = attachAndWait(inv, o);
  if (result === 'session' || result === 'detached') return undefined;
  inv.out.out(o.remove?.() ?? '');
  return result;
}
