/**
 * The journal of one machine, rebuilt when asked from what the simulator keeps: the boot, the
 * kubelet service's stops and starts (Machine.kubeletLog), the events the node's kubelet recorded
 * (kubelet-events.ts) and what containerd ran (the CRI view crictl reads). Nothing is stored, so
 * the journal reaches back only as far as those do (events live an hour, as in the cluster).
 */
import type { Node } from 'kubernetes-types/core/v1';
import { fnv32a } from '../../../lib/hash';
import type { KubeletComponent } from '../../../sim';
import type { Machine } from '../../machine';
import type { SandboxServices } from '../services';
import { bootTime, servicePid } from '../systemctl';
import { klog, q, subMillis } from './format';
import { kubeletEventLines, type KubeletRun } from './kubelet-events';

export type JournalUnit = 'kubelet' | 'containerd';

export interface JournalEntry {
  at: number;
  /** Microseconds within `at`'s millisecond, for ordering lines written in the same one. */
  sub: number;
  unit: JournalUnit;
  /** `systemd` for the manager's own lines about the unit. */
  ident: string;
  pid: number;
  text: string;
  /** systemd's catalog entry, printed under the line with `-x`. */
  explain?: string[];
}

const MAX_ENTRIES = 10_000;
const DESCRIPTION: Record<JournalUnit, string> = { kubelet: 'kubelet: The Kubernetes Node Agent', containerd: 'containerd container runtime' };

export function journal(machine: Machine, svc: SandboxServices): JournalEntry[] {
  const host = machine.name;
  const boot = bootTime(machine, svc);
  const kubelet = svc.cluster.component<KubeletComponent>('kubelet');
  const entries: JournalEntry[] = [];
  const systemd = (at: number, unit: JournalUnit, text: string, explain?: string[]) => entries.push({ at, sub: 0, unit, ident: 'systemd', pid: 1, text, ...(explain ? { explain } : {}) });
  const job = (at: number, unit: string) => 100 + (fnv32a(`${host}/${unit}/${at}`) % 9000);

  const cPid = servicePid(host, 'containerd', boot);
  systemd(boot, 'containerd', `Starting containerd.service - ${DESCRIPTION.containerd}...`);
  const containerd = (at: number, text: string) => {
    const sub = subMillis(text);
    entries.push({ at, sub, unit: 'containerd', ident: 'containerd', pid: cPid, text: `time="${nanoStamp(at, sub, text)}" level=info msg=${text}` });
  };
  containerd(boot, `"starting containerd" revision=${fnv32a('containerd 2.0.0').toString(16)} version=v2.0.0`);
  containerd(boot + 42, `"containerd successfully booted in 0.042311s"`);
  systemd(boot + 42, 'containerd', `Started containerd.service - ${DESCRIPTION.containerd}.`, started('containerd', job(boot, 'containerd')));

  const runs = kubeletRuns(machine, kubelet, boot);
  const version = svc.cluster.api.peek<Node>('nodes', undefined, host)?.status?.nodeInfo?.kubeletVersion ?? 'v1.35.0';
  runs.forEach((run, i) => {
    const line = (at: number, severity: 'I' | 'E', source: string, text: string) => {
      const sub = subMillis(text);
      entries.push({ at, sub, unit: 'kubelet', ident: 'kubelet', pid: run.pid, text: klog(severity, at, sub, run.pid, source, text) });
    };
    systemd(run.start, 'kubelet', `Started kubelet.service - ${DESCRIPTION.kubelet}.`, started('kubelet', job(run.start, 'kubelet')));
    line(run.start + 61, 'I', 'server.go:529', `"Kubelet version" kubeletVersion=${q(version)}`);
    line(run.start + 62, 'I', 'server.go:531', `"Golang settings" GOGC="" GOMAXPROCS="" GOTRACEBACK=""`);
    line(run.start + 812, 'I', 'kubelet_node_status.go:75', `"Attempting to register node" node=${q(host)}`);
    line(run.start + 830, 'I', i === 0 ? 'kubelet_node_status.go:78' : 'kubelet_node_status.go:124', `${i === 0 ? '"Successfully registered node"' : '"Node was previously registered"'} node=${q(host)}`);
    line(run.start + 845, 'I', 'kubelet.go:2475', '"Starting kubelet main sync loop"');
    if (run.stop === undefined) return;
    systemd(run.stop, 'kubelet', `Stopping kubelet.service - ${DESCRIPTION.kubelet}...`);
    line(run.stop + 3, 'I', 'dynamic_cafile_content.go:175', '"Shutting down controller" name="client-ca-bundle::/etc/kubernetes/pki/ca.crt"');
    systemd(run.stop + 24, 'kubelet', 'kubelet.service: Deactivated successfully.', [`Subject: Unit succeeded`, 'Defined-By: systemd', 'Support: http://www.ubuntu.com/support', '', `The unit kubelet.service has successfully entered the 'dead' state.`]);
    systemd(run.stop + 24, 'kubelet', `Stopped kubelet.service - ${DESCRIPTION.kubelet}.`, stopped('kubelet', job(run.stop, 'kubelet')));
  });
  for (const e of kubeletEventLines(svc, host, runs)) entries.push({ ...e, unit: 'kubelet', ident: 'kubelet' });

  const rt = kubelet.runtime(host);
  for (const s of rt?.sandboxes ?? []) {
    containerd(s.createdAt, `"RunPodSandbox for &PodSandboxMetadata{Name:${s.name},Uid:${s.uid},Namespace:${s.namespace},Attempt:0,} returns sandbox id \\"${s.id}\\""`);
  }
  for (const c of rt?.containers ?? []) {
    containerd(c.createdAt, `"CreateContainer within sandbox \\"${c.podSandboxId}\\" for &ContainerMetadata{Name:${c.name},Attempt:${c.attempt},} returns container id \\"${c.id}\\""`);
    containerd(c.startedAt + 1, `"StartContainer for \\"${c.id}\\" returns successfully"`);
    if (c.finishedAt !== undefined) containerd(Math.max(c.finishedAt, c.startedAt + 2), `"shim disconnected" id=${c.id} namespace=k8s.io`);
  }
  for (const img of rt?.images ?? []) {
    const ref = img.repoTags[0];
    if (ref && img.pulledAt !== undefined) containerd(Math.max(boot, img.pulledAt), `"PullImage \\"${ref}\\" returns image reference \\"${img.id}\\""`);
  }
  // Equal times keep the order the lines were made in: each source writes its lines in order.
  const sorted = entries.map((e, i) => [e, i] as const).sort((a, b) => a[0].at - b[0].at || a[0].sub - b[0].sub || a[1] - b[1]).map(([e]) => e);
  return sorted.slice(-MAX_ENTRIES);
}

function kubeletRuns(machine: Machine, kubelet: KubeletComponent, boot: number): KubeletRun[] {
  const runs: KubeletRun[] = [{ start: boot, pid: servicePid(machine.name, 'kubelet', boot) }];
  const open = () => runs[runs.length - 1] as KubeletRun;
  for (const e of machine.kubeletLog) {
    if (e.verb === 'stop' && open().stop === undefined) open().stop = e.at;
    else if (e.verb === 'start' && open().stop !== undefined) runs.push({ start: e.at, pid: servicePid(machine.name, 'kubelet', e.at) });
  }
  // The kubelet can also be stopped by a lab's fault, not only through systemctl.
  const stoppedAt = kubelet.kubeletStoppedAt(machine.name);
  if (stoppedAt !== undefined && open().stop === undefined) open().stop = stoppedAt;
  return runs;
}

function started(unit: string, jobId: number): string[] {
  return [`Subject: A start job for unit ${unit}.service has finished successfully`, 'Defined-By: systemd', 'Support: http://www.ubuntu.com/support', '', `A start job for unit ${unit}.service has finished successfully.`, '', `The job identifier is ${jobId}.`];
}

function stopped(unit: string, jobId: number): string[] {
  return [`Subject: A stop job for unit ${unit}.service has finished`, 'Defined-By: systemd', 'Support: http://www.ubuntu.com/support', '', `A stop job for unit ${unit}.service has finished.`, '', `The job identifier is ${jobId} and the job result is done.`];
}

/** containerd's logrus time: RFC 3339 with nanoseconds. */
function nanoStamp(ms: number, sub: number, salt: string): string {
  const iso = new Date(ms - (ms % 1000)).toISOString().slice(0, 19);
  const ns = (ms % 1000) * 1_000_000 + sub * 1000 + (fnv32a(salt) % 1000);
  return `${iso}.${String(ns).padStart(9, '0')}Z`;
}
