// `kubectl version`: the client's build facts (kubectl v1.35.2 with kustomize v5.7.1), the server's
// from the simulated cluster's configured Kubernetes version, `-o yaml|json`, `--client`, and the
// skew warning kubectl prints when client and server are more than one minor version apart.

import { fnv32a } from '../../lib/hash';
import { apiServerVersion } from '../../sim/bootstrap/running-version';
import type { CommandSpec, Invocation } from '../cli/command';
import { messageError, type KubectlError } from '../cli/errors';
import { serverUnavailable } from '../kubeconfig/current';
import { toJson, toYaml } from '../printers';

type VersionInfo = Record<string, string>;

/** The real kubectl v1.35.2 release binary's version.Info (captured). */
export const CLIENT_VERSION: VersionInfo = {
  major: '1',
  minor: '35',
  gitVersion: 'v1.35.2',
  gitCommit: 'fdc9d74cbf2da6754ebf81d56f80ae2948cd6425',
  gitTreeState: 'clean',
  buildDate: '2026-02-26T20:05:34Z',
  goVersion: 'go1.25.7',
  compiler: 'gc',
  platform: 'linux/amd64',
};
export const KUSTOMIZE_VERSION = 'v5.7.1';

/** Release facts of API server versions we know; others get stand-ins (see serverVersionInfo). */
const KNOWN_SERVERS: Record<string, { gitCommit: string; buildDate: string; goVersion: string }> = {
  'v1.35.0': { gitCommit: '66452049f3d692768c39c797b21b793dce80314e', buildDate: '2025-12-17T12:32:06Z', goVersion: 'go1.25.5' },
};

/** The Go release each Kubernetes minor is built with (for versions without known facts). */
const GO_BY_MINOR: Record<number, string> = { 30: 'go1.22.12', 31: 'go1.23.6', 32: 'go1.23.6', 33: 'go1.24.4', 34: 'go1.24.6', 35: 'go1.25.5', 36: 'go1.25.7' };

function parseVersion(v: string): { major: number; minor: number } | undefined {
  const m = /^v?(\d+)\.(\d+)\.\d+/.exec(v);
  return m ? { major: Number(m[1]), minor: Number(m[2]) } : undefined;
}

/**
 * The API server's version.Info for a cluster version. Unknown versions get a stand-in commit
 * (hex derived from the version, so it is stable) and a build date that is only plausible.
 */
export function serverVersionInfo(version: string): VersionInfo {
  const parsed = parseVersion(version) ?? { major: 1, minor: 35 };
  const known = KNOWN_SERVERS[version];
  const hex = (salt: number) => (fnv32a(`${salt}:${version}`) >>> 0).toString(16).padStart(8, '0');
  const facts = known ?? {
    gitCommit: [1, 2, 3, 4, 5].map(hex).join(''),
    buildDate: `20${String(parsed.minor - 10).padStart(2, '0')}-01-15T12:00:00Z`,
    goVersion: GO_BY_MINOR[parsed.minor] ?? 'go1.25.5',
  };
  return {
    major: String(parsed.major),
    minor: String(parsed.minor),
    emulationMajor: String(parsed.major),
    emulationMinor: String(parsed.minor),
    minCompatibilityMajor: String(parsed.major),
    minCompatibilityMinor: String(parsed.minor - 1),
    gitVersion: version,
    gitCommit: facts.gitCommit,
    gitTreeState: 'clean',
    buildDate: facts.buildDate,
    goVersion: facts.goVersion,
    compiler: 'gc',
    platform: 'linux/amd64',
  };
}

/** getVersionSkewWarning: a message when the minor versions differ by more than one. */
export function versionSkewWarning(client: string, server: string): string | undefined {
  const c = parseVersion(client);
  const s = parseVersion(server);
  if (!c || !s) return undefined;
  if (c.major === s.major && Math.abs(c.minor - s.minor) <= 1) return undefined;
  return `version difference between client (${c.major}.${c.minor}) and server (${s.major}.${s.minor}) exceeds the supported minor version skew of +/-1`;
}

/** The client's version.Info: this emulator's own build, or a release's facts for another version (a node's kubectl package). */
export function clientVersionInfo(version: string | undefined): VersionInfo {
  if (version === undefined || version === CLIENT_VERSION['gitVersion']) return CLIENT_VERSION;
  const { emulationMajor: _m, emulationMinor: _n, minCompatibilityMajor: _a, minCompatibilityMinor: _b, ...facts } = serverVersionInfo(version);
  return facts;
}

function runVersion(inv: Invocation): KubectlError | undefined {
  const f = inv.flags;
  if (inv.args.length > 0) return messageError(`extra arguments: [${inv.args.join(' ')}]`);
  const output = f.string('output');
  if (output !== '' && output !== 'yaml' && output !== 'json') return messageError("--output must be 'yaml' or 'json'");
  const clientOnly = f.bool('client');
  const unreachable = clientOnly ? undefined : serverUnavailable(inv.ctx);
  const server = clientOnly || unreachable ? undefined : serverVersionInfo(apiServerVersion(inv.cluster));

  const client = clientVersionInfo(inv.ctx.clientVersion);
  const info: Record<string, unknown> = { clientVersion: client, kustomizeVersion: KUSTOMIZE_VERSION, ...(server ? { serverVersion: server } : {}) };
  if (output === 'yaml') inv.out.out(`${toYaml(info)}\n`);
  else if (output === 'json') inv.out.out(toJson(info, { sortKeys: false, indent: '  ' }));
  else {
    inv.out.out(`Client Version: ${client['gitVersion']}\nKustomize Version: ${KUSTOMIZE_VERSION}\n`);
    if (server) inv.out.out(`Server Version: ${server['gitVersion']}\n`);
  }
  if (server) {
    const warning = versionSkewWarning(client['gitVersion'] ?? '', server['gitVersion'] ?? '');
    if (warning && f.bool('warnings-as-errors')) return messageError(warning);
    if (warning) inv.out.err(`Warning: ${warning}\n`);
  }
  return unreachable;
}

export const versionCommand: CommandSpec = {
  name: 'version',
  short: 'Show client and server versions',
  long: 'Show the version of kubectl and of the API server of the current context.',
  example: '  # Both versions\n  kubectl version\n  \n  # Only kubectl, as YAML\n  kubectl version --client -o yaml',
  use: '[flags] [options]',
  flags: [
    { name: 'client', type: 'bool', usage: 'Show only the version of kubectl; no server is asked.' },
    { name: 'output', shorthand: 'o', type: 'string', usage: "Print as 'yaml' or 'json'." },
  ],
  run: runVersion,
};
