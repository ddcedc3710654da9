/**
 * `apt`, the interactive front end: `list` (with `--installed`, `--upgradable`), `update` (apt-get's,
 * then how many packages can be upgraded) and `install` (apt-get's). Piped, it warns that its
 * interface is not stable, as apt does.
 */
import type { Command, CommandResult } from '../../../shell';
import type { PackageState } from '../../packages/state';
import { compareDebVersions } from '../../packages/versions';
import type { SandboxServices } from '../services';
import { parseAptArgs, runAptGet } from './apt-get';
import { aptError, withPackages } from './context';
import { BASE } from './dpkg';

const UNSTABLE = '\nWARNING: apt does not have a stable CLI interface. Use with caution in scripts.\n\n';

function upgradable(packages: PackageState): string[] {
  return [...packages.installed].filter(([name, v]) => compareDebVersions(packages.candidate(name)?.version ?? v, v) > 0).map(([name]) => name).sort();
}

function list(packages: PackageState, installedOnly: boolean, upgradableOnly: boolean, patterns: string[]): string {
  const glob = (p: string) => new RegExp(`^${p.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*')}$`);
  const up = new Set(upgradable(packages));
  const lines: [string, string][] = [];
  // Ubuntu's own packages are installed and current; apt names their suite.
  if (!upgradableOnly) for (const [name, version] of BASE) lines.push([name, `${name}/noble,now ${version} amd64 [installed]`]);
  for (const [name, version] of packages.installed) {
    const candidate = packages.candidate(name)?.version ?? version;
    const inLists = packages.available(name).some((v) => v.version === version);
    const origin = inLists || up.has(name) ? `${name}/unknown` : `${name}/`;
    if (upgradableOnly || (!installedOnly && up.has(name))) {
      if (up.has(name)) lines.push([name, `${name}/unknown ${candidate} amd64 [upgradable from: ${version}]`]);
      continue;
    }
    if (up.has(name)) lines.push([name, `${name}/unknown,now ${version} amd64 [installed,upgradable to: ${candidate}]`]);
    else lines.push([name, inLists ? `${origin},now ${version} amd64 [installed]` : `${name}/now ${version} amd64 [installed,local]`]);
  }
  const picked = lines.filter(([name]) => patterns.length === 0 || patterns.some((p) => glob(p).test(name))).sort(([a], [b]) => a.localeCompare(b));
  return `Listing... Done\n${picked.map(([, line]) => `${line}\n`).join('')}`;
}

export function aptCommand(svc: SandboxServices): Command {
  return {
    execute(args, io): CommandResult {
      return withPackages(svc, io, (ctx) => {
        const warn = io.stdoutIsTerminal ? '' : UNSTABLE;
        const parsed = parseAptArgs(args.filter((a) => a !== '--installed' && a !== '--upgradable' && a !== '-a'));
        if ('exitCode' in parsed) return parsed;
        const [verb, ...rest] = parsed.words;
        if (verb === 'list') return { stdout: list(ctx.packages, args.includes('--installed'), args.includes('--upgradable'), rest), stderr: warn, exitCode: 0 };
        if (verb === 'update') {
          const r = runAptGet(ctx, parsed);
          if (r.exitCode !== 0) return { ...r, stderr: warn + r.stderr };
          const n = upgradable(ctx.packages).length;
          const tail = n === 0 ? 'All packages are up to date.\n' : `${n} package${n === 1 ? '' : 's'} can be upgraded. Run 'apt list --upgradable' to see ${n === 1 ? 'it' : 'them'}.\n`;
          return { stdout: `${r.stdout}Building dependency tree... Done\nReading state information... Done\n${tail}`, stderr: warn, exitCode: 0 };
        }
        if (verb === 'install') {
          const r = runAptGet(ctx, parsed);
          return { ...r, stderr: warn + r.stderr };
        }
        return aptError('', `apt ${verb ?? ''} is not available in this simulator; apt list, apt update and apt install are`.replace('  ', ' '));
      });
    },
  };
}
