/**
 * `apt-get install` of the Kubernetes packages, with apt's screens: the versions resolved, what is
 * already newest, held packages that would change and downgrades (refused under `-y` unless
 * allowed, else apt asks and a closed stdin aborts), then the download and dpkg's unpacking. The
 * new kubelet is only on disk: the node reports it once the kubelet service restarts.
 */
import type { CommandResult } from '../../../shell';
import { cdnUrl } from '../../packages/catalog';
import { compareDebVersions } from '../../packages/versions';
import { aptError, type AptContext } from './context';
import { databaseSize, debBytes, installedKb, packageList, sizeToStr } from './format';
import { resolve } from './resolve';

export interface InstallOptions {
  yes: boolean;
  allowHeld: boolean;
  allowDowngrades: boolean;
}

interface Change {
  name: string;
  from: string;
  to: string;
  minor: number | undefined;
}

const HEADER = 'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n';

export function aptGetInstall(ctx: AptContext, specs: string[], opts: InstallOptions): CommandResult {
  let out = HEADER;
  const changes: Change[] = [];
  const missing: { name: string; pattern: string }[] = [];
  for (const spec of specs) {
    const r = resolve(spec, ctx.packages);
    if (r.kind === 'unknown') return aptError(out, `Unable to locate package ${r.name}`);
    if (r.kind === 'no-version') {
      missing.push({ name: r.name, pattern: r.pattern });
      continue;
    }
    if (r.selected) out += `Selected version '${r.version}' (${r.selected} [amd64]) for '${r.name}'\n`;
    const from = ctx.packages.installed.get(r.name) ?? '';
    if (from === r.version) out += `${r.name} is already the newest version (${r.version}).\n`;
    else if (!changes.some((c) => c.name === r.name)) changes.push({ name: r.name, from, to: r.version, minor: r.minor });
  }
  if (missing.length > 0) {
    const notices = [...missing].sort((a, b) => a.name.localeCompare(b.name)).map((m) => `Package ${m.name} is not available, but is referred to by another package.\nThis may mean that the package is missing, has been obsoleted, or\nis only available from another source\n\n`);
    return { stdout: out + notices.join(''), stderr: missing.map((m) => `E: Version '${m.pattern}' for '${m.name}' was not found\n`).join(''), exitCode: 100 };
  }
  changes.sort((a, b) => a.name.localeCompare(b.name));
  const upgraded = changes.filter((c) => c.from !== '' && compareDebVersions(c.to, c.from) > 0);
  const downgraded = changes.filter((c) => compareDebVersions(c.to, c.from) < 0);
  const held = changes.filter((c) => ctx.packages.held.has(c.name));
  if (held.length > 0) out += `The following held packages will be changed:\n${packageList(held.map((c) => c.name))}`;
  if (upgraded.length > 0) out += `The following packages will be upgraded:\n${packageList(upgraded.map((c) => c.name))}`;
  if (downgraded.length > 0) out += `The following packages will be DOWNGRADED:\n${packageList(downgraded.map((c) => c.name))}`;
  const changing = new Set(changes.map((c) => c.name));
  const notUpgraded = [...ctx.packages.installed].filter(([name, v]) => !changing.has(name) && compareDebVersions(ctx.packages.candidate(name)?.version ?? v, v) > 0).length;
  out += `${upgraded.length} upgraded, 0 newly installed, ${downgraded.length > 0 ? `${downgraded.length} downgraded, ` : ''}0 to remove and ${notUpgraded} not upgraded.\n`;
  if (changes.length === 0) return { stdout: out, stderr: '', exitCode: 0 };

  if (opts.yes && held.length > 0 && !opts.allowHeld) return aptError(out, 'Held packages were changed and -y was used without --allow-change-held-packages.');
  if (opts.yes && downgraded.length > 0 && !opts.allowDowngrades) return aptError(out, 'Packages were downgraded and -y was used without --allow-downgrades.');
  const download = changes.reduce((sum, c) => sum + debBytes(c.name, c.to), 0);
  const delta = changes.reduce((sum, c) => sum + installedKb(c.name, c.to) - installedKb(c.name, c.from), 0);
  out += `Need to get ${sizeToStr(download)} of archives.\n`;
  out += delta >= 0 ? `After this operation, ${sizeToStr(delta * 1000)} of additional disk space will be used.\n` : `After this operation, ${sizeToStr(-delta * 1000)} disk space will be freed.\n`;
  // apt asks only when it does more than was asked for: here, a held package or a downgrade.
  if (!opts.yes && (held.length > 0 || downgraded.length > 0)) {
    // A closed stdin (nothing piped in) is apt's end of input: it aborts.
    const answer = (ctx.io.stdin.split('\n')[0] ?? '').trim().toLowerCase();
    if (ctx.io.stdin === '' || !['', 'y', 'yes'].includes(answer)) return { stdout: `${out}Do you want to continue? [Y/n] Abort.\n`, stderr: '', exitCode: 1 };
    out += 'Do you want to continue? [Y/n] \n';
  }
  changes.forEach((c, i) => {
    out += `Get:${i + 1} ${cdnUrl(c.minor ?? 0)}  ${c.name} ${c.to} [${sizeToStr(debBytes(c.name, c.to))}]\n`;
  });
  out += `Fetched ${sizeToStr(download)} in 0s (${sizeToStr(download * 2.4)}/s)\n`;
  out += `(Reading database ... ${databaseSize(ctx.machine.name)} files and directories currently installed.)\n`;
  for (const c of changes) out += `Preparing to unpack .../${c.name}_${c.to}_amd64.deb ...\nUnpacking ${c.name} (${c.to}) over (${c.from}) ...\n`;
  for (const c of changes) {
    out += `Setting up ${c.name} (${c.to}) ...\n`;
    ctx.packages.installed.set(c.name, c.to);
    if (c.name === 'kubelet') ctx.packages.unitChanged = true;
  }
  return { stdout: out, stderr: '', exitCode: 0 };
}
