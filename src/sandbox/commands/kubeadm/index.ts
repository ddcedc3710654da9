/**
 * `kubeadm` v1.35 for what a CKA student does with it on a running cluster: `version`, `certs
 * check-expiration`, `certs renew`, `token create|list|delete|generate`, `upgrade plan|apply|node`. It works on whichever
 * machine it runs on, from that machine's files: a worker has no admin.conf and no PKI, so there
 * it refuses (or reports the certificates missing) as the real one would. Cluster lifecycle
 * commands (init, join, reset) say plainly they are not simulated. The kubeadm that runs is the
 * machine's kubeadm package: upgrading the package changes what it can do.
 */
import { Output, type Command } from '../../../shell';
import type { SandboxServices } from '../services';
import { checkExpiration } from './check-expiration';
import { fail, type KubeadmContext } from './context';
import { renew } from './renew';
import { token } from './token';
import { upgrade, UPGRADE_USAGE } from './upgrade';
import { version } from './version';

const NOT_SIMULATED = ['init', 'join', 'reset', 'config', 'kubeconfig', 'alpha', 'completion'];

const USAGE = `kubeadm: set up and look after a Kubernetes cluster.

In this simulator:
  kubeadm version [-o short|yaml|json]
  kubeadm certs check-expiration
  kubeadm certs renew all|<certificate>
  kubeadm token create|list|delete|generate
  kubeadm upgrade plan [VERSION]
  kubeadm upgrade apply VERSION [-y]
  kubeadm upgrade node

Usage:
  kubeadm [command]

Available Commands:
  certs       Commands related to handling Kubernetes certificates
  token       Manage bootstrap tokens
  upgrade     Move the cluster to a newer Kubernetes release
  version     Print the version of kubeadm

Use "kubeadm [command] --help" for more information about a command.
`;

const CERTS_USAGE = `Commands related to handling Kubernetes certificates

Usage:
  kubeadm certs [command]

Aliases:
  certs, certificates

Available Commands:
  check-expiration Check certificates expiration for a Kubernetes cluster
  renew            Renew certificates for a Kubernetes cluster

Use "kubeadm certs [command] --help" for more information about a command.
`;

export function kubeadmCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      const out = new Output();
      const ctx: KubeadmContext = { io, out, svc, now: svc.clock.now() };
      const [name, ...rest] = args;
      if (args.includes('--help') || args.includes('-h')) {
        out.out(name === 'certs' || name === 'certificates' ? CERTS_USAGE : name === 'upgrade' ? UPGRADE_USAGE : USAGE);
        return out.result();
      }
      switch (name) {
        case undefined:
          out.out(USAGE);
          break;
        case 'version':
          version(rest, ctx);
          break;
        case 'certs':
        case 'certificates':
          certs(rest, ctx);
          break;
        case 'token':
          token(rest, ctx);
          break;
        case 'upgrade':
          upgrade(rest, ctx);
          break;
        default:
          if (NOT_SIMULATED.includes(name)) fail(ctx, `kubeadm ${name} is not available in this simulator: the cluster is already set up; try kubeadm certs or kubeadm token`);
          else fail(ctx, `unknown command "${name}" for "kubeadm"`);
      }
      return out.result();
    },
  };
}

function certs(argv: string[], ctx: KubeadmContext): void {
  const [sub, ...rest] = argv;
  if (sub === 'check-expiration') return checkExpiration(rest, ctx);
  if (sub === 'renew') return renew(rest, ctx);
  if (sub === 'certificate-key' || sub === 'generate-csr') return fail(ctx, `kubeadm certs ${sub} is not available in this simulator`);
  ctx.out.out(CERTS_USAGE);
}
