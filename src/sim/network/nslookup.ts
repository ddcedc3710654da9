import type { SimContext } from '../context';
import { CLUSTER_DNS_IP, resolveName, reverseLookup, type DnsResult } from './dns';
import type { Client } from './proxy';
import { clientResolve, hostResolve } from './resolver';

/**
 * `busybox`: BusyBox ≥ 1.30 (`Address:\t10.96.0.10:53`); `busybox-1.28`: the old BusyBox the
 * Kubernetes DNS docs show (`Address 1: … kube-dns.kube-system.svc.cluster.local`); `bind`: the
 * dnsutils / Ubuntu nslookup (`Address:\t10.96.0.10#53`).
 */
export type NslookupStyle = 'busybox' | 'busybox-1.28' | 'bind';

export interface CommandOutput {
  stdout: string;
  stderr: string;
  exitCode: number;
}

/**
 * What `nslookup NAME` prints from a pod (or from a node with `bind`): the server block, then the
 * answer with the name that answered (the search domain applied), or the NXDOMAIN report.
 */
export function nslookupText(ctx: SimContext, client: Client, name: string, opts: { style?: NslookupStyle; server?: string } = {}): CommandOutput {
  const style = opts.style ?? (client.fromPod ? 'busybox' : 'bind');
  const { server, answer } = ask(ctx, client, name, opts.server);
  if (style === 'busybox-1.28') {
    const serverName = reverseLookup(ctx, server);
    let stdout = `Server:    ${server}\nAddress 1: ${server}${serverName ? ` ${serverName}` : ''}\n\n`;
    if (!answer.ok || answer.addresses.length === 0) return { stdout, stderr: `nslookup: can't resolve '${name}'\n`, exitCode: 1 };
    stdout += `Name:      ${name}\n`;
    answer.addresses.forEach((ip, i) => {
      const ptr = reverseLookup(ctx, ip);
      stdout += `Address ${i + 1}: ${ip}${ptr ? ` ${ptr}` : ''}\n`;
    });
    return { stdout, stderr: '', exitCode: 0 };
  }
  const port = style === 'bind' ? `#53` : ':53';
  let stdout = `Server:\t\t${server}\nAddress:\t${server}${port}\n\n`;
  if (!answer.ok) return { stdout: `${stdout}** server can't find ${name}: NXDOMAIN\n\n`, stderr: '', exitCode: 1 };
  // CoreDNS is authoritative for the cluster zone; the node's stub resolver relays answers.
  if (server === NODE_STUB_RESOLVER) stdout += 'Non-authoritative answer:\n';
  if (answer.cname) {
    stdout += `${answer.name}\tcanonical name = ${answer.cname}${style === 'bind' ? '.' : ''}\n`;
    if (answer.addresses.length === 0) return { stdout: `${stdout}\n`, stderr: '', exitCode: 0 };
  }
  const shown = answer.cname ?? answer.name;
  for (const ip of answer.addresses) stdout += `Name:\t${shown}\nAddress: ${ip}\n`;
  return { stdout: `${stdout}\n`, stderr: '', exitCode: 0 };
}

/** systemd-resolved's stub listener, a node's default name server. */
const NODE_STUB_RESOLVER = '127.0.0.53';

/**
 * Which server answers and how: a pod asks CoreDNS through its search list; a node asks its stub
 * resolver (node names from /etc/hosts) unless told to ask CoreDNS, which then sees the name as is.
 */
function ask(ctx: SimContext, client: Client, name: string, server: string | undefined): { server: string; answer: DnsResult } {
  if (client.fromPod) return { server: server ?? CLUSTER_DNS_IP, answer: clientResolve(ctx, client, name) };
  if (server === undefined || server === NODE_STUB_RESOLVER) return { server: NODE_STUB_RESOLVER, answer: hostResolve(ctx, name) };
  if (server !== CLUSTER_DNS_IP) return { server, answer: { ok: false, tried: [name] } };
  return { server, answer: resolveName(ctx, name, 'default', { search: [] }) };
}
