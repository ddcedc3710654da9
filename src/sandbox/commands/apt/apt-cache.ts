/**
 * `apt-cache madison PKG…` (every version the lists offer, one line each) and `apt-cache policy
 * PKG…` (installed, candidate and the version table with priorities; dpkg's status is the `100`
 * source of the installed version).
 */
import type { Command, CommandResult } from '../../../shell';
import { packageInfo, repoUrl } from '../../packages/catalog';
import type { PackageState } from '../../packages/state';
import type { SandboxServices } from '../services';
import { aptError, withPackages } from './context';

/** Each named package's lines; apt-cache notes the names it does not know and goes on. */
function perPackage(names: string[], lines: (name: string) => string): CommandResult {
  let out = '';
  let err = '';
  for (const name of names) {
    if (packageInfo(name)) out += lines(name);
    else err += `N: Unable to locate package ${name}\n`;
  }
  return { stdout: out, stderr: err, exitCode: 0 };
}

function madison(packages: PackageState, name: string): string {
  let out = '';
  for (const v of packages.available(name)) out += `${name.padStart(10)} | ${v.version.padStart(10)} | ${repoUrl(v.minor)}  Packages\n`;
  return out;
}

function policy(packages: PackageState, name: string): string {
  const installed = packages.installed.get(name);
  const available = packages.available(name);
  let out = `${name}:\n  Installed: ${installed ?? '(none)'}\n  Candidate: ${available[0]?.version ?? installed ?? '(none)'}\n  Version table:\n`;
  const versions = [...available.map((v) => ({ ...v, local: false }))];
  if (installed && !available.some((v) => v.version === installed)) versions.push({ version: installed, minor: -1, local: true });
  for (const v of versions) {
    const mark = v.version === installed ? ' *** ' : '     ';
    const priority = v.local ? 100 : 500;
    out += `${mark}${v.version} ${priority}\n`;
    if (!v.local) out += `        500 ${repoUrl(v.minor)}  Packages\n`;
    if (v.version === installed) out += '        100 /var/lib/dpkg/status\n';
  }
  return out;
}

export function aptCacheCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      return withPackages(svc, io, (ctx) => {
        const [verb, ...names] = args.filter((a) => !a.startsWith('-'));
        if (verb === 'madison') return perPackage(names, (name) => madison(ctx.packages, name));
        if (verb === 'policy') return perPackage(names, (name) => policy(ctx.packages, name));
        return aptError('', `apt-cache ${verb ?? ''} is not available in this simulator; madison and policy are`.replace('  ', ' '));
      });
    },
  };
}
