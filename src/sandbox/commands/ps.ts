/**
 * `ps aux` / `ps -ef` (procps-ng 4.0) on a machine: init, journald, containerd, the kubelet with
 * its flags while it runs, and per pod sandbox its shim, its pause process and the main process of
 * each running container, then the login shell and ps itself. Process ids come from what they are
 * (systemctl's for the services, the container id for a container), so they are stable. CPU, memory
 * and CPU time are plausible figures, not measurements.
 */
import { fnv32a } from '../../lib/hash';
import type { Command } from '../../shell';
import type { KubeletComponent } from '../../sim';
import { bootTime, servicePid } from './systemctl';
import type { SandboxServices } from './services';

interface Proc {
  pid: number;
  ppid: number;
  start: number;
  tty: string;
  stat: string;
  cmd: string;
}

const KUBELET = '/usr/bin/kubelet --bootstrap-kubeconfig=/etc/kubernetes/bootstrap-kubelet.conf --kubeconfig=/etc/kubernetes/kubelet.conf --config=/var/lib/kubelet/config.yaml --container-runtime-endpoint=unix:///var/run/containerd/containerd.sock --pod-infra-container-image=registry.k8s.io/pause:3.10.1';

export function psCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const machine = svc.machine(io.host.hostName);
      const opts = args.join(' ').replace(/-/g, '');
      const full = /[ef]/.test(opts) && !/[au]/.test(opts) ? 'ef' : /a|u|x/.test(opts) ? 'aux' : undefined;
      if (!machine || !full) {
        if (!machine || args.length === 0) return { stdout: '    PID TTY          TIME CMD\n   4242 pts/0    00:00:00 bash\n   4321 pts/0    00:00:00 ps\n', stderr: '', exitCode: 0 };
        return { stdout: '', stderr: `ps: only ps aux and ps -ef are available in this simulator\n`, exitCode: 1 };
      }
      const now = svc.clock.now();
      const boot = bootTime(machine, svc);
      const kubelet = svc.cluster.component<KubeletComponent>('kubelet');
      const cPid = servicePid(machine.name, 'containerd', boot);
      const procs: Proc[] = [
        { pid: 1, ppid: 0, start: boot, tty: '?', stat: 'Ss', cmd: '/sbin/init' },
        { pid: 312, ppid: 1, start: boot, tty: '?', stat: 'Ss', cmd: '/usr/lib/systemd/systemd-journald' },
        { pid: cPid, ppid: 1, start: boot, tty: '?', stat: 'Ssl', cmd: '/usr/bin/containerd' },
      ];
      if (kubelet.isKubeletRunning(machine.name)) procs.push({ pid: servicePid(machine.name, 'kubelet', machine.kubeletSince), ppid: 1, start: machine.kubeletSince, tty: '?', stat: 'Ssl', cmd: KUBELET });
      const runtime = kubelet.runtime(machine.name);
      for (const s of runtime?.sandboxes ?? []) {
        if (!s.ready) continue;
        const shim = 100_000 + (fnv32a(`shim/${s.id}`) % 300_000);
        procs.push({ pid: shim, ppid: 1, start: s.createdAt, tty: '?', stat: 'Sl', cmd: `/usr/bin/containerd-shim-runc-v2 -namespace k8s.io -id ${s.id} -address /run/containerd/containerd.sock` });
        procs.push({ pid: shim + 20, ppid: shim, start: s.createdAt, tty: '?', stat: 'Ss', cmd: '/pause' });
        for (const c of runtime?.containers ?? []) {
          if (c.podSandboxId !== s.id || !c.running) continue;
          procs.push({ pid: 100_000 + (fnv32a(c.id) % 300_000), ppid: shim, start: c.startedAt, tty: '?', stat: 'Ssl', cmd: c.command.join(' ') || c.name });
        }
      }
      procs.push({ pid: 4242, ppid: 4200, start: now, tty: 'pts/0', stat: 'Ss', cmd: '-bash' });
      procs.push({ pid: 4321, ppid: 4242, start: now, tty: 'pts/0', stat: 'R+', cmd: `ps ${args.join(' ')}` });
      procs.sort((a, b) => a.pid - b.pid);
      const rows = procs.map((p) => (full === 'ef' ? efRow(p, now) : auxRow(p, now)));
      const head = full === 'ef' ? 'UID          PID    PPID  C STIME TTY          TIME CMD' : 'USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND';
      return { stdout: `${[head, ...rows].join('\n')}\n`, stderr: '', exitCode: 0 };
    },
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const two = (n: number) => String(n).padStart(2, '0');

/** ps's start column: the time of day for today's processes, else month and day. */
function startOf(ms: number, now: number): string {
  const d = new Date(ms);
  if (now - ms < 24 * 3_600_000) return `${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
  return `${MONTHS[d.getUTCMonth()]}${two(d.getUTCDate())}`;
}

/** Seconds of CPU a long-running daemon has used: a small, steady share of its age. */
function cpuSeconds(p: Proc, now: number): number {
  const busy = p.cmd.startsWith('/usr/bin/kubelet') || p.cmd.startsWith('kube-apiserver') || p.cmd.startsWith('etcd');
  const idle = p.pid < 1000 || p.cmd === '/pause' || p.cmd.startsWith('/usr/bin/containerd-shim');
  const share = busy ? 0.02 : idle ? 0.0001 : 0.002;
  return Math.floor(((now - p.start) / 1000) * share);
}

function efRow(p: Proc, now: number): string {
  const t = cpuSeconds(p, now);
  const time = `${two(Math.floor(t / 3600))}:${two(Math.floor(t / 60) % 60)}:${two(t % 60)}`;
  return `${'root'.padEnd(8)} ${String(p.pid).padStart(7)} ${String(p.ppid).padStart(7)} ${' 0'} ${startOf(p.start, now).padEnd(5)} ${p.tty.padEnd(8)} ${time.padStart(8)} ${p.cmd}`;
}

function auxRow(p: Proc, now: number): string {
  const t = cpuSeconds(p, now);
  const h = fnv32a(p.cmd);
  const rss = p.tty === '?' ? 4_000 + (h % 120_000) : 5_000;
  const vsz = rss * 3 + (h % 1_000_000);
  const mem = ((rss / 4_000_000) * 100).toFixed(1);
  const cpu = (Math.min(t / Math.max(1, (now - p.start) / 1000), 0.99) * 100).toFixed(1);
  return `${'root'.padEnd(8)} ${String(p.pid).padStart(7)} ${cpu.padStart(4)} ${mem.padStart(4)} ${String(vsz).padStart(6)} ${String(rss).padStart(5)} ${p.tty.padEnd(8)} ${p.stat.padEnd(4)} ${startOf(p.start, now).padStart(5)} ${`${Math.floor(t / 60)}:${two(t % 60)}`.padStart(6)} ${p.cmd}`;
}
