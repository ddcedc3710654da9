/**
 * `kubeadm version [-o short|yaml|json]`: the kubeadm binary of the cluster's release, so the same
 * build facts the API server reports. kubeadm's own version.Info leaves the emulation and
 * compatibility fields empty (only components that emulate set them).
 */
import { serverVersionInfo } from '../../../kubectl/commands/version';
import { toJson, toYaml } from '../../../kubectl/printers';
import { fail, kubeadmVersion, parseFlags, type KubeadmContext } from './context';

const FIELDS = ['major', 'minor', 'gitVersion', 'gitCommit', 'gitTreeState', 'buildDate', 'goVersion', 'compiler', 'platform'] as const;

export function version(argv: string[], ctx: KubeadmContext): void {
  const parsed = parseFlags(ctx, argv, {
    values: ['output'],
    bools: [],
    shorthand: { o: 'output' },
  });
  if (!parsed) return;
  if (parsed.args.length > 0) return fail(ctx, `unknown command "${parsed.args[0]}" for "kubeadm version"`);
  const all = serverVersionInfo(kubeadmVersion(ctx));
  const info: Record<string, string> = {};
  for (const f of FIELDS) info[f] = all[f] ?? '';
  const format = parsed.flags.get('output') ?? '';
  switch (format) {
    case '':
      ctx.out.out(`kubeadm version: ${goStruct(info)}\n`);
      return;
    case 'short':
      ctx.out.out(`${info['gitVersion']}\n`);
      return;
    case 'yaml':
      // sigs.k8s.io/yaml sorts keys; Fprintln adds a blank line after the document.
      ctx.out.out(`${toYaml({ clientVersion: info })}\n`);
      return;
    case 'json':
      ctx.out.out(`${toJson({ clientVersion: info }, { sortKeys: false, indent: '  ' }).replace(/\n$/, '')}\n`);
      return;
    default:
      fail(ctx, `invalid output format: ${format}`);
  }
}

/** `%#v` of a *version.Info. */
function goStruct(info: Record<string, string>): string {
  const field = (name: string, value: string) => `${name}:${JSON.stringify(value)}`;
  const cap = (s: string) => s[0]?.toUpperCase() + s.slice(1);
  const parts = [
    field('Major', info['major'] ?? ''),
    field('Minor', info['minor'] ?? ''),
    ...['EmulationMajor', 'EmulationMinor', 'MinCompatibilityMajor', 'MinCompatibilityMinor'].map((n) => field(n, '')),
    ...FIELDS.slice(2).map((f) => field(cap(f), info[f] ?? '')),
  ];
  return `&version.Info{${parts.join(', ')}}`;
}
