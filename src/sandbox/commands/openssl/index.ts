/**
 * `openssl` as Ubuntu 24.04's OpenSSL 3.0 behaves for what a CKA student does with certificates:
 * make a key, a request, a self-signed CA or a certificate signed by the cluster's CA, and look
 * into any of them (the files under /etc/kubernetes/pki included). Key material is simulated
 * (src/lib/pki): keys come from the sandbox's seeded generator, and "verify" is consistent inside
 * the simulation, not cryptography.
 */
import { Output, type Command } from '../../../shell';
import type { SandboxServices } from '../services';
import type { OpensslContext } from './context';
import { genpkey, genrsa, rsa } from './keys';
import { base64, verify, version } from './misc';
import { req } from './req';
import { x509 } from './x509';

const SUBCOMMANDS: Record<string, (args: string[], ctx: OpensslContext) => void> = { genrsa, genpkey, rsa, req, x509, verify, base64, version };

export function opensslCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const out = new Output();
      const [name, ...rest] = args;
      if (name === undefined) {
        return out.fail('openssl: the interactive OpenSSL> prompt is not available in this terminal; give a command, e.g. openssl version').result();
      }
      const run = SUBCOMMANDS[name];
      if (!run) return out.fail(`Invalid command '${name}'; type "help" for a list.`).result();
      run(rest, { io, out, random: svc.cluster.random, now: svc.clock.now() });
      return out.result();
    },
  };
}
