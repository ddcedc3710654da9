/**
 * `nslookup NAME [SERVER]` on a node (bind's nslookup from dnsutils). The node asks its own stub
 * resolver, which knows the nodes but not the cluster's names; `nslookup NAME 10.96.0.10` asks
 * CoreDNS directly (without the pods' search list, so service names must be complete).
 */
import type { Command } from '../../shell';
import type { NetworkComponent } from '../../sim/network';
import type { SandboxServices } from './services';

export function nslookupCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const operands = args.filter((a) => !a.startsWith('-'));
      const name = operands[0];
      if (name === undefined) {
        // Without a name bind's nslookup goes interactive; a terminal that cannot type into it says so.
        return { stdout: '', stderr: 'nslookup: interactive mode is not available in this terminal; give a name to look up\n', exitCode: 1 };
      }
      const network = svc.cluster.component<NetworkComponent>('network');
      const server = operands[1];
      return network.nslookupText({ fromNode: io.host.hostName }, name, { style: 'bind', ...(server !== undefined ? { server } : {}) });
    },
  };
}
