/**
 * The kubelet's side of the events it recorded on this node, as klog lines. The failures a student
 * looks for are written as the kubelet writes them (pod_workers' "Error syncing pod", the image
 * service's pull error, the prober's "Probe failed"); every other event as the kubelet's structured
 * event log ("Event occurred"), which a real kubelet writes only at -v=3: without it, the journal of
 * a healthy node would say nothing about its pods. Source file:line references are indicative.
 * An event seen several times gives a line at its first and at its last occurrence.
 */
import type { Event } from 'kubernetes-types/core/v1';
import { recordedMoment } from '../../../sim/events/recorder';
import type { SandboxServices } from '../services';
import { klog, q, subMillis, withinSecond } from './format';

export interface KubeletRun {
  start: number;
  stop?: number;
  pid: number;
}

export interface KubeletLine {
  at: number;
  /** Microseconds within `at`'s millisecond. */
  sub: number;
  pid: number;
  text: string;
}

const MAX_BACKOFF_S = 300;

export function kubeletEventLines(svc: SandboxServices, host: string, runs: readonly KubeletRun[]): KubeletLine[] {
  const lines: KubeletLine[] = [];
  /** Repeats known to the second only, by second: they get that second's moments in write order. */
  const repeats = new Map<number, { at: number; rv: number; line: Omit<KubeletLine, 'text' | 'at'> & { body: Body } }[]>();
  const events = (svc.cluster.store.list('events') as unknown as Event[]).filter((e) => e.source?.component === 'kubelet' && e.source.host === host);
  for (const e of events) {
    const first = Date.parse(e.firstTimestamp ?? '');
    const last = Date.parse(e.lastTimestamp ?? '');
    if (Number.isNaN(first)) continue;
    const times = e.count && e.count > 1 && last > first ? [first, last] : [first];
    times.forEach((second, i) => {
      const run = runAt(runs, second);
      const body = textOf(e, i === 0 ? 1 : e.count ?? 1);
      if (!body) return;
      const salt = `${e.metadata?.name}/${i}`;
      const sub = subMillis(salt);
      const notBefore = run.start + STARTUP_MS;
      // The first occurrence's exact moment is in the event's name; later ones only have seconds.
      const exact = i === 0 ? recordedAt(e.metadata?.name ?? '', second) : undefined;
      if (!exact) {
        const list = repeats.get(second) ?? [];
        list.push({ at: withinSecond(second, salt, notBefore), rv: Number(e.metadata?.resourceVersion ?? 0), line: { sub, pid: run.pid, body } });
        repeats.set(second, list);
        return;
      }
      // Recorded while the kubelet was still starting up: after its start-up lines, in recording order.
      const at = exact.ms >= notBefore ? exact.ms : notBefore + (exact.seq % 100);
      lines.push({ at, sub, pid: run.pid, text: klog(body.severity, at, sub, run.pid, body.source, body.text) });
    });
  }
  // An event's resourceVersion is that of its last write, so it orders the repeats of one second.
  for (const list of repeats.values()) {
    const moments = list.map((r) => r.at).sort((a, b) => a - b);
    list.sort((a, b) => a.rv - b.rv);
    list.forEach((r, i) => {
      const at = moments[i] as number;
      const { sub, pid, body } = r.line;
      lines.push({ at, sub, pid, text: klog(body.severity, at, sub, pid, body.source, body.text) });
    });
  }
  return lines;
}

/** The first occurrence's moment from the event's name, when it lies in the second the event shows. */
function recordedAt(name: string, second: number): { ms: number; seq: number } | undefined {
  const moment = recordedMoment(name);
  return moment && moment.ms >= second && moment.ms < second + 1000 ? moment : undefined;
}

/** The kubelet's own start-up lines come first (see entries.ts). */
const STARTUP_MS = 900;

function runAt(runs: readonly KubeletRun[], at: number): KubeletRun {
  let run = runs[0] ?? { start: at, pid: 0 };
  for (const r of runs) if (r.start <= at) run = r;
  return run;
}

interface Body {
  severity: 'I' | 'E';
  source: string;
  text: string;
}

function textOf(e: Event, occurrence: number): Body | undefined {
  const o = e.involvedObject;
  const pod = `${o.namespace ?? ''}/${o.name ?? ''}`;
  const container = /\{(.*)\}$/.exec(o.fieldPath ?? '')?.[1] ?? '';
  const message = e.message ?? '';
  const podRef = `pod=${q(pod)} podUID=${q(o.uid ?? '')}`;
  const syncError = (reason: string, detail: string): Body => ({
    severity: 'E',
    source: 'pod_workers.go:1301',
    text: `"Error syncing pod, skipping" err=${q(`failed to "StartContainer" for "${container}" with ${reason}: ${JSON.stringify(detail)}`)} ${podRef}`,
  });
  if (o.kind === 'Pod' && e.reason === 'BackOff') {
    const crash = /^Back-off restarting failed container (\S+) in pod (\S+)$/.exec(message);
    if (crash) {
      const seconds = Math.min(10 * 2 ** (occurrence - 1), MAX_BACKOFF_S);
      return syncError('CrashLoopBackOff', `back-off ${seconds >= 60 ? `${Math.floor(seconds / 60)}m${seconds % 60}s` : `${seconds}s`} restarting failed container=${crash[1]} pod=${crash[2]}`);
    }
    return syncError('ImagePullBackOff', message);
  }
  if (o.kind === 'Pod' && e.reason === 'Failed') {
    const pull = /^Failed to pull image "([^"]*)": (.*)$/s.exec(message);
    if (pull) return { severity: 'E', source: 'log.go:32', text: `"PullImage from image service failed" err=${q(pull[2] ?? '')} image=${q(pull[1] ?? '')}` };
    // "Error: ErrImagePull" and "Error: ImagePullBackOff" repeat what the lines above say.
    if (/^Error: (ErrImagePull|ImagePullBackOff)$/.test(message)) return undefined;
    return syncError('CreateContainerConfigError', message.replace(/^Error: /, ''));
  }
  if (o.kind === 'Pod' && e.reason === 'Unhealthy') {
    const probe = /^(Liveness|Readiness|Startup) probe failed: (.*)$/s.exec(message);
    if (probe) {
      return { severity: 'I', source: 'prober.go:107', text: `"Probe failed" probeType=${q(probe[1] ?? '')} ${podRef} containerName=${q(container)} probeResult="failure" output=${q(probe[2] ?? '')}` };
    }
  }
  const object = o.namespace ? pod : o.name ?? '';
  const field = o.fieldPath ? ` fieldPath=${q(o.fieldPath)}` : '';
  return {
    severity: 'I',
    source: 'event.go:389',
    text: `"Event occurred" object=${q(object)}${field} kind=${q(o.kind ?? '')} apiVersion=${q(o.apiVersion ?? 'v1')} type=${q(e.type ?? 'Normal')} reason=${q(e.reason ?? '')} message=${q(message)}`,
  };
}
