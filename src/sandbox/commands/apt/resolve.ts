/**
 * Which version each `apt-get install` argument asks for: `pkg` is the candidate (the newest in the
 * lists), `pkg=1.35.0-1.1` that exact version, `pkg=1.35.0-*` the newest matching; the installed
 * version counts too, as dpkg's status is one of apt's sources.
 */
import { packageInfo } from '../../packages/catalog';
import type { PackageState } from '../../packages/state';
import { compareDebVersions, versionMatches } from '../../packages/versions';

export type Resolution =
  | { kind: 'ok'; name: string; version: string; minor: number | undefined; selected?: string }
  | { kind: 'unknown'; name: string }
  | { kind: 'no-version'; name: string; pattern: string };

export function resolve(spec: string, packages: PackageState): Resolution {
  const eq = spec.indexOf('=');
  const name = eq < 0 ? spec : spec.slice(0, eq);
  const installed = packages.installed.get(name);
  if (!packageInfo(name)) return { kind: 'unknown', name };
  const known = packages.available(name);
  if (installed && !known.some((k) => k.version === installed)) known.push({ version: installed, minor: -1 });
  known.sort((a, b) => compareDebVersions(b.version, a.version));
  if (eq < 0) {
    const best = packages.candidate(name) ?? (installed ? { version: installed, minor: -1 } : undefined);
    if (!best) return { kind: 'unknown', name };
    // A candidate older than what is installed is no reason to downgrade: apt keeps the newer.
    const keep = installed && compareDebVersions(installed, best.version) > 0;
    return keep ? { kind: 'ok', name, version: installed, minor: undefined } : { kind: 'ok', name, version: best.version, minor: best.minor < 0 ? undefined : best.minor };
  }
  const pattern = spec.slice(eq + 1);
  const match = known.find((k) => versionMatches(pattern, k.version));
  if (!match) return { kind: 'no-version', name, pattern };
  const minor = match.minor < 0 ? undefined : match.minor;
  const wildcard = /[*?]/.test(pattern);
  return { kind: 'ok', name, version: match.version, minor, ...(wildcard && minor !== undefined ? { selected: `isv:kubernetes:core:stable:v1.${minor}:pkgs.k8s.io` } : {}) };
}
