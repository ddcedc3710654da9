/** `kubeadm upgrade plan|apply|node`: the subcommands, and plan's own preflight. */
import { ADMIN_CONF, fail, parseFlags, type KubeadmContext } from '../context';
import { apply } from './apply';
import { node } from './node';
import { printPlan } from './plan';
import { clusterConfiguration, healthErrors, healthFailure, ignoredChecks } from './preflight';
import { clusterVersions, parseSemver } from './versions';

export const UPGRADE_USAGE = `Move the cluster to a newer Kubernetes release, one node at a time.

Usage:
  kubeadm upgrade [command]

Available Commands:
  apply       On the first control-plane node: upgrade the control plane to VERSION
  node        On every other node: upgrade its kubelet configuration (and its control plane)
  plan        Show the versions this kubeadm can upgrade the cluster to

Use "kubeadm upgrade [command] --help" for more information about a command.
`;

function plan(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: ['config', 'kubeconfig', 'feature-gates', 'ignore-preflight-errors', 'output'],
    bools: ['allow-experimental-upgrades', 'allow-release-candidate-upgrades', 'print-config', 'allow-missing-template-keys', 'show-managed-fields'],
    shorthand: { o: 'output' },
  });
  if (!parsed) return;
  const [requested, ...extra] = parsed.args;
  if (extra.length > 0) return fail(ctx, `unknown command "${extra[0]}" for "kubeadm upgrade plan"`);
  if (parsed.flags.has('config') || (parsed.flags.get('output') ?? 'text') !== 'text') return fail(ctx, '--config and -o are not available in this simulator');
  const target = requested === undefined ? undefined : requested.startsWith('v') ? requested : `v${requested}`;
  if (target !== undefined && !parseSemver(target)) return fail(ctx, `version "${requested}" doesn't match patterns for neither semantic version nor labels (stable, latest, ...)`);
  ctx.out.out('[preflight] Running pre-flight checks.\n');
  if (clusterConfiguration(ctx, parsed.flags.get('kubeconfig') ?? ADMIN_CONF, 'upgrade/config') === undefined) return;
  ctx.out.out('[upgrade] Running cluster health checks\n');
  const health = healthErrors(ctx, ignoredChecks(parsed.flags.get('ignore-preflight-errors')));
  if (health.length > 0) return fail(ctx, `[upgrade/health] FATAL: ${healthFailure(health)}`);
  printPlan(ctx, clusterVersions(ctx), target);
}

export function upgrade(argv: string[], ctx: KubeadmContext): void {
  const [sub, ...rest] = argv;
  if (sub === 'plan') return plan(rest, ctx);
  if (sub === 'apply') return apply(rest, ctx);
  if (sub === 'node') return node(rest, ctx);
  if (sub === 'diff') return fail(ctx, 'kubeadm upgrade diff is not available in this simulator; kubeadm upgrade plan shows what would change');
  ctx.out.out(UPGRADE_USAGE);
}
