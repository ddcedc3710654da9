/**
 * `systemctl status|start|stop|restart|is-active KUBELET` on a node. Stopping the kubelet is the
 * simulator's node fault (no heartbeats: NotReady after 50 s, pods frozen); starting it heals the
 * node. containerd is always running. Texts follow systemd 255 (Ubuntu 24.04) without a pager.
 */
import type { Node } from 'kubernetes-types/core/v1';
import { fnv32a } from '../../lib/hash';
import type { Command, CommandResult } from '../../shell';
import type { FaultsComponent, KubeletComponent } from '../../sim';
import { reportKubeletVersion } from '../kubelet-binary';
import type { Machine } from '../machine';
import type { SandboxServices } from './services';

interface Unit {
  description: string;
  path: string;
  docs: string;
  exec: string;
  dropIn?: string;
}

const UNITS: Record<string, Unit> = {
  kubelet: {
    description: 'kubelet: The Kubernetes Node Agent',
    path: '/usr/lib/systemd/system/kubelet.service',
    docs: 'https://kubernetes.io/docs/',
    exec: '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10.1',
    dropIn: '10-kubeadm.conf',
  },
  containerd: {
    description: 'containerd container runtime',
    path: '/usr/lib/systemd/system/containerd.service',
    docs: 'https://containerd.io',
    exec: '/usr/bin/containerd',
  },
};

const ok = (stdout = ''): CommandResult => ({ stdout, stderr: '', exitCode: 0 });

export function systemctlCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const words = args.filter((a) => !a.startsWith('-'));
      const [verb, ...names] = words;
      const machine = svc.machine(io.host.hostName);
      if (verb === undefined) return { stdout: '', stderr: 'systemctl: listing units is not available in this simulator; name a unit, e.g. systemctl status kubelet\n', exitCode: 1 };
      if (verb === 'daemon-reload') {
        if (machine) machine.packages.unitChanged = false;
        return ok();
      }
      if (names.length === 0) return { stdout: '', stderr: `Too few arguments.\n`, exitCode: 1 };
      let status = 0;
      let stdout = '';
      let stderr = '';
      for (const raw of names) {
        const name = raw.replace(/\.service$/, '');
        const unit = UNITS[name];
        if (!unit || !machine) {
          stderr += verb === 'status' ? `Unit ${raw.endsWith('.service') ? raw : `${raw}.service`} could not be found.\n` : `Failed to ${verb} ${raw}.service: Unit ${raw}.service not found.\n`;
          status = verb === 'status' ? 4 : 5;
          continue;
        }
        const r = run(verb, name, unit, machine, svc);
        stdout += r.stdout;
        stderr += r.stderr;
        if (r.exitCode !== 0) status = r.exitCode;
      }
      return { stdout, stderr, exitCode: status };
    },
  };
}

function run(verb: string, name: string, unit: Unit, machine: Machine, svc: SandboxServices): CommandResult {
  const kubelet = svc.cluster.component<KubeletComponent>('kubelet');
  const faults = svc.cluster.component<FaultsComponent>('faults');
  const active = name !== 'kubelet' || kubelet.isKubeletRunning(machine.name);
  switch (verb) {
    case 'status':
      return { stdout: statusText(name, unit, machine, active, svc), stderr: '', exitCode: active ? 0 : 3 };
    case 'is-active':
      return { stdout: active ? 'active\n' : 'inactive\n', stderr: '', exitCode: active ? 0 : 3 };
    case 'enable':
    case 'disable':
      return ok();
    case 'stop':
      if (name === 'kubelet' && active) {
        faults.stopNode(machine.name);
        machine.recordKubelet('stop', svc.clock.now());
      }
      return ok();
    case 'start':
    case 'restart': {
      if (name !== 'kubelet' || (active && verb === 'start')) return ok();
      // The package replaced the unit's files: systemd runs the new binary but says it is stale.
      const stale = machine.packages.unitChanged ? `Warning: The unit file, source configuration file or drop-ins of kubelet.service changed on disk. Run 'systemctl daemon-reload' to reload units.\n` : '';
      if (active) {
        faults.stopNode(machine.name);
        machine.recordKubelet('stop', svc.clock.now());
      }
      faults.startNode(machine.name);
      machine.kubeletSince = svc.clock.now();
      machine.recordKubelet('start', machine.kubeletSince);
      reportKubeletVersion(svc.cluster, machine);
      return { stdout: '', stderr: stale, exitCode: 0 };
    }
    default:
      return { stdout: '', stderr: `Unknown command verb '${verb}'.\n`, exitCode: 1 };
  }
}

function statusText(name: string, unit: Unit, machine: Machine, active: boolean, svc: SandboxServices): string {
  const now = svc.clock.now();
  const kubelet = svc.cluster.component<KubeletComponent>('kubelet');
  // containerd runs since the machine booted (when the node registered); the kubelet since its last start.
  const started = name === 'kubelet' ? machine.kubeletSince : bootTime(machine, svc);
  const since = active ? started : kubelet.kubeletStoppedAt(machine.name) ?? now;
  const pid = servicePid(machine.name, name, started);
  const lines = [
    `${active ? '●' : '○'} ${name}.service - ${unit.description}`,
    `     Loaded: loaded (${unit.path}; enabled; preset: enabled)`,
  ];
  if (unit.dropIn) lines.push(`    Drop-In: ${unit.path}.d`, `             └─${unit.dropIn}`);
  lines.push(`     Active: ${active ? 'active (running)' : 'inactive (dead)'} since ${systemdTimestamp(since)}; ${relative(now - since)}`);
  lines.push(`       Docs: ${unit.docs}`);
  if (active) {
    lines.push(`   Main PID: ${pid} (${name})`, `     CGroup: /system.slice/${name}.service`, `             └─${pid} ${unit.exec}`);
  } else {
    lines.push(`   Main PID: ${pid} (code=exited, status=0/SUCCESS)`);
  }
  return `${lines.join('\n')}\n`;
}

/** The main process id of a service started at `started` on `host` (journalctl prints the same). */
export function servicePid(host: string, unit: string, started: number): number {
  return 1000 + (fnv32a(`${host}/${unit}/${started}`) % 60000);
}

export function bootTime(machine: Machine, svc: SandboxServices): number {
  const created = svc.cluster.api.peek<Node>('nodes', undefined, machine.name)?.metadata?.creationTimestamp;
  return created ? Date.parse(created) : svc.clock.now();
}

const WEEKDAYS = ['Sun', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat'];

/** systemd's `Tue 2026-11-24 15:04:05 UTC`. */
export function systemdTimestamp(ms: number): string {
  const d = new Date(ms);
  const two = (n: number) => String(n).padStart(2, '0');
  return `${WEEKDAYS[d.getUTCDay()]} ${d.getUTCFullYear()}-${two(d.getUTCMonth() + 1)}-${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())} UTC`;
}

/** systemd's format_timestamp_relative: `1 week 3 days ago`, `2h 5min ago`, `42s ago`. */
export function relative(ms: number): string {
  const S = 1000;
  const MIN = 60 * S;
  const H = 60 * MIN;
  const D = 24 * H;
  const W = 7 * D;
  const MONTH = 2629800 * S;
  const Y = 31557600 * S;
  const f = Math.floor;
  const unit = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;
  if (ms >= Y) return `${unit(f(ms / Y), 'year', 'years')} ${unit(f((ms % Y) / MONTH), 'month', 'months')} ago`;
  if (ms >= MONTH) return `${unit(f(ms / MONTH), 'month', 'months')} ${unit(f((ms % MONTH) / D), 'day', 'days')} ago`;
  if (ms >= W) return `${unit(f(ms / W), 'week', 'weeks')} ${unit(f((ms % W) / D), 'day', 'days')} ago`;
  if (ms >= 2 * D) return `${f(ms / D)} days ago`;
  if (ms >= 25 * H) return `1 day ${f((ms - D) / H)}h ago`;
  if (ms >= 6 * H) return `${f(ms / H)}h ago`;
  if (ms >= H) return `${f(ms / H)}h ${f((ms % H) / MIN)}min ago`;
  if (ms >= 5 * MIN) return `${f(ms / MIN)}min ago`;
  if (ms >= MIN) return `${f(ms / MIN)}min ${f((ms % MIN) / S)}s ago`;
  if (ms >= S) return `${f(ms / S)}s ago`;
  if (ms > 0) return `${ms}ms ago`;
  return 'now';
}
