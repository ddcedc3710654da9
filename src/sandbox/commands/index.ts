/**
 * The commands a sandbox adds to the shell's own: kubectl and the node tools that reach the
 * simulated cluster. `k` is deliberately absent: students make it with `alias k=kubectl`.
 */
import { createCoreRegistry, type CommandRegistry } from '../../shell';
import { crictlCommand } from './crictl';
import { curlCommand } from './curl';
import { editorProgram } from './editors';
import { journalctlCommand } from './journalctl';
import { kubeadmCommand } from './kubeadm';
import { kubectlCommand } from './kubectl';
import { nslookupCommand } from './nslookup';
import { opensslCommand } from './openssl';
import { psCommand } from './ps';
import type { SandboxServices } from './services';
import { sshCommand } from './ssh';
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
  for (const name of ['vi', 'vim', 'nano']) registry.register(name, editorProgram(name, svc));
  return registry;
}
