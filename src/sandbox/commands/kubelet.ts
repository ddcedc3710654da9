/**
 * `kubelet --version`: the binary the kubelet package installed (systemd runs it; starting a second
 * kubelet by hand is not simulated).
 */
import type { Command } from '../../shell';
import { binaryVersion } from '../packages/data';
import type { SandboxServices } from './services';

export function kubeletCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const packages = svc.machine(io.host.hostName)?.packages;
      const version = (packages && binaryVersion(packages, 'kubelet')) ?? svc.cluster.config.version;
      if (args.includes('--version') || args.includes('--version=true')) return { stdout: `Kubernetes ${version}\n`, stderr: '', exitCode: 0 };
      return { stdout: '', stderr: 'kubelet: runs as the kubelet service here; use systemctl status kubelet, or kubelet --version\n', exitCode: 1 };
    },
  };
}
