// The pod row (printPod): READY counts ready containers (sidecar init containers included), STATUS
// is the pod phase refined by init-container and container states, RESTARTS adds "(X ago)" from
// the latest last-termination time.

import type { Container, ContainerStatus, Pod } from 'kubernetes-types/core/v1';
import { humanDuration } from '../../lib/duration';
import type { KubeObject } from '../../sim/api/object';
import { since, timeOf } from './format';
import { AGE, col, NAME, wide, type Cell, type RowContext, type TableDef } from './types';

const isSidecar = (c: Container | undefined): boolean => c?.restartPolicy === 'Always';

interface Tally {
  restarts: number;
  /** Latest lastState.terminated.finishedAt, in ms. */
  last: number | undefined;
}

function addRestarts(t: Tally, s: ContainerStatus): void {
  t.restarts += s.restartCount ?? 0;
  const finished = timeOf(s.lastState?.terminated?.finishedAt);
  if (finished !== undefined && (t.last === undefined || t.last < finished)) t.last = finished;
}

/** The STATUS, READY and RESTARTS cells of a pod. */
export function podSummary(pod: Pod, now: number): { ready: string; status: string; restarts: string } {
  const spec = pod.spec ?? { containers: [] };
  const status = pod.status ?? {};
  const phase = status.phase ?? '';
  let reason: string = status.reason || phase;
  for (const c of status.conditions ?? []) if (c.type === 'PodScheduled' && c.reason === 'SchedulingGated') reason = 'SchedulingGated';

  const initSpecs = new Map((spec.initContainers ?? []).map((c) => [c.name, c]));
  const total = (spec.containers ?? []).length + (spec.initContainers ?? []).filter(isSidecar).length;
  let ready = 0;
  const all: Tally = { restarts: 0, last: undefined };
  const sidecars: Tally = { restarts: 0, last: undefined };

  let initializing = false;
  const inits = status.initContainerStatuses ?? [];
  for (let i = 0; i < inits.length; i++) {
    const c = inits[i] as ContainerStatus;
    addRestarts(all, c);
    const sidecar = isSidecar(initSpecs.get(c.name));
    if (sidecar) addRestarts(sidecars, c);
    const term = c.state?.terminated;
    if (term && term.exitCode === 0) continue;
    if (sidecar && c.started) {
      if (c.ready) ready++;
      continue;
    }
    if (term) {
      if (!term.reason) reason = term.signal ? `Init:Signal:${term.signal}` : `Init:ExitCode:${term.exitCode}`;
      else reason = `Init:${term.reason}`;
    } else if (c.state?.waiting?.reason && c.state.waiting.reason !== 'PodInitializing') {
      reason = `Init:${c.state.waiting.reason}`;
    } else {
      reason = `Init:${i}/${(spec.initContainers ?? []).length}`;
    }
    initializing = true;
    break;
  }

  let restarts = all;
  const initialized = (status.conditions ?? []).some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    restarts = sidecars;
    let hasRunning = false;
    const statuses = status.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const c = statuses[i] as ContainerStatus;
      addRestarts(restarts, c);
      const st = c.state ?? {};
      if (st.waiting?.reason) reason = st.waiting.reason;
      else if (st.terminated?.reason) reason = st.terminated.reason;
      else if (st.terminated) reason = st.terminated.signal ? `Signal:${st.terminated.signal}` : `ExitCode:${st.terminated.exitCode}`;
      else if (c.ready && st.running) {
        hasRunning = true;
        ready++;
      }
    }
    if (reason === 'Completed' && hasRunning) {
      const podReady = (status.conditions ?? []).some((c) => c.type === 'Ready' && c.status === 'True');
      reason = podReady ? 'Running' : 'NotReady';
    }
  }

  if (pod.metadata?.deletionTimestamp && status.reason === 'NodeLost') reason = 'Unknown';
  else if (pod.metadata?.deletionTimestamp && phase !== 'Succeeded' && phase !== 'Failed') reason = 'Terminating';

  let restartText = String(restarts.restarts);
  if (restarts.restarts !== 0 && restarts.last !== undefined) {
    restartText = `${restarts.restarts} (${humanDuration(now - restarts.last)} ago)`;
  }
  return { ready: `${ready}/${total}`, status: reason, restarts: restartText };
}

function readinessGates(pod: Pod): string {
  const gates = pod.spec?.readinessGates ?? [];
  if (gates.length === 0) return '<none>';
  let trueCount = 0;
  for (const g of gates) {
    const cond = (pod.status?.conditions ?? []).find((c) => c.type === g.conditionType);
    if (cond?.status === 'True') trueCount++;
  }
  return `${trueCount}/${gates.length}`;
}

export const podTable: TableDef = {
  columns: [NAME, col('Ready'), col('Status'), col('Restarts'), AGE, wide('IP'), wide('Node'), wide('Nominated Node'), wide('Readiness Gates')],
  row(obj: KubeObject, { now }: RowContext): Cell[] {
    const pod = obj as unknown as Pod;
    const s = podSummary(pod, now);
    return [
      pod.metadata?.name ?? '',
      s.ready,
      s.status,
      s.restarts,
      since(pod.metadata?.creationTimestamp, now),
      pod.status?.podIPs?.[0]?.ip || '<none>',
      pod.spec?.nodeName || '<none>',
      pod.status?.nominatedNodeName || '<none>',
      readinessGates(pod),
    ];
  },
};
