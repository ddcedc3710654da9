/**
 * The commands a sandbox adds to the shell's own: kubectl and the node tools that reach the
 * simulated cluster. `k` is deliberately absent: students make it with `alias k=kubectl`.
 */
import { createCoreRegistry, type CommandRegistry } from '../../shell';
import { aptCacheCommand, aptCommand, aptGetCommand, aptMarkCommand, dpkgCommand, dpkgQueryCommand } from './apt';
import { crictlCommand } from './crictl';
import { curlCommand } from './curl';
import { editorProgram } from './editors';
import { journalctlCommand } from './journalctl';
import { kubeadmCommand } from './kubeadm';
import { kubectlCommand } from './kubectl';
import { kubeletCommand } from './kubelet';
import { nslookupCommand } from './nslookup';
import { opensslCommand } from './openssl';
import { psCommand } from './ps';
import type { SandboxServices } from './services';
import { sshCommand } from './ssh';
import { sudoCommand } from './sudo';
import { systemctlCommand } from './systemctl';

export type { SandboxServices } from './services';

export function sandboxRegistry(svc: SandboxServices): CommandRegistry {
  const registry = createCoreRegistry();
  registry.register('kubectl', kubectlCommand(svc));
  registry.register('kubeadm', kubeadmCommand(svc));
  registry.register('journalctl', journalctlCommand(svc));
  registry.register('crictl', crictlCommand(svc));
  registry.register('curl', curlCommand(svc));
  registry.register('nslookup', nslookupCommand(svc));
  registry.register('openssl', opensslCommand(svc));
  registry.register('ps', psCommand(svc));
  registry.register('ssh', sshCommand(svc));
  registry.register('systemctl', systemctlCommand(svc));
  registry.register('sudo', sudoCommand);
  registry.register('kubelet', kubeletCommand(svc));
  registry.register('apt-get', aptGetCommand(svc));
  registry.register('apt', aptCommand(svc));
  registry.register('apt-mark', aptMarkCommand(svc));
  registry.register('apt-cache', aptCacheCommand(svc));
  registry.register('dpkg', dpkgCommand(svc));
  registry.register('dpkg-query', dpkgQueryCommand(svc));
  for (const name of ['vi', 'vim', 'nano']) registry.register(name, editorProgram(name, svc));
  return registry;
}
