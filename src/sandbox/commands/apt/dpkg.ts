/**
 * `dpkg -l [PATTERN…]` (the package table: desired state `h` for held, columns as wide as their
 * contents when the output is piped, fitted to 80 columns on a terminal) and `dpkg-query -W`.
 * Besides the Kubernetes packages the machine has a few of Ubuntu's, so a full listing is not
 * only Kubernetes.
 */
import type { Command, CommandResult } from '../../../shell';
import { packageInfo } from '../../packages/catalog';
import type { PackageState } from '../../packages/state';
import type { SandboxServices } from '../services';
import { withPackages } from './context';

/** A few of Ubuntu's packages, so that a full listing is not only Kubernetes. */
export const BASE: [string, string, string, string][] = [
  ['apt', '2.7.14build2', 'amd64', 'commandline package manager'],
  ['bash', '5.2.21-2ubuntu4', 'amd64', 'GNU Bourne Again SHell'],
  ['conntrack', '1:1.4.8-1ubuntu1', 'amd64', 'Program to modify the conntrack tables'],
  ['containerd.io', '2.0.0-1', 'amd64', 'An open and reliable container runtime'],
  ['coreutils', '9.4-3ubuntu6', 'amd64', 'GNU core utilities'],
  ['curl', '8.5.0-2ubuntu10.6', 'amd64', 'command line tool for transferring data with URL syntax'],
  ['ethtool', '1:6.7-1build1', 'amd64', 'display or change Ethernet device settings'],
  ['openssl', '3.0.13-0ubuntu3.5', 'amd64', 'Secure Sockets Layer toolkit - cryptographic utility'],
  ['socat', '1.8.0.0-4build3', 'amd64', 'multipurpose relay for bidirectional data transfer'],
];

interface Row { state: string; name: string; version: string; arch: string; description: string }

function rows(packages: PackageState): Row[] {
  const all: Row[] = BASE.map(([name, version, arch, description]) => ({ state: 'ii', name, version, arch, description }));
  for (const [name, version] of packages.installed) {
    all.push({ state: packages.held.has(name) ? 'hi' : 'ii', name, version, arch: 'amd64', description: packageInfo(name)?.description ?? '' });
  }
  return all.sort((a, b) => a.name.localeCompare(b.name));
}

const glob = (pattern: string) => new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);

function list(packages: PackageState, patterns: string[], terminal: boolean): CommandResult {
  const matching = rows(packages).filter((r) => patterns.length === 0 || patterns.some((p) => glob(p).test(r.name)));
  const missing = patterns.filter((p) => !matching.some((r) => glob(p).test(r.name)));
  if (matching.length === 0) return { stdout: '', stderr: missing.map((p) => `dpkg-query: no packages found matching ${p}\n`).join(''), exitCode: 1 };
  const width = (key: 'name' | 'version' | 'arch', min: number) => (terminal ? min : Math.max(min, ...matching.map((r) => r[key].length)));
  const [wn, wv, wa] = [width('name', 14), width('version', 12), width('arch', 12)];
  // dpkg leaves two columns of an 80-column terminal free.
  const wd = terminal ? 78 - (4 + wn + 1 + wv + 1 + wa + 1) : Math.max(11, ...matching.map((r) => r.description.length));
  const cut = (s: string, w: number) => (terminal && s.length > w ? s.slice(0, w) : s.padEnd(w));
  let out = 'Desired=Unknown/Install/Remove/Purge/Hold\n| Status=Not/Inst/Conf-files/Unpacked/halF-conf/Half-inst/trig-aWait/Trig-pend\n|/ Err?=(none)/Reinst-required (Status,Err: uppercase=bad)\n';
  out += `||/ ${'Name'.padEnd(wn)} ${'Version'.padEnd(wv)} ${'Architecture'.padEnd(wa)} Description\n`;
  out += `+++-${'='.repeat(wn)}-${'='.repeat(wv)}-${'='.repeat(wa)}-${'='.repeat(wd)}\n`;
  for (const r of matching) out += `${r.state}  ${cut(r.name, wn)} ${cut(r.version, wv)} ${cut(r.arch, wa)} ${terminal ? cut(r.description, wd).trimEnd() : r.description}\n`;
  return { stdout: out, stderr: missing.map((p) => `dpkg-query: no packages found matching ${p}\n`).join(''), exitCode: missing.length > 0 ? 1 : 0 };
}

export function dpkgCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      return withPackages(svc, io, (ctx) => {
        const [option, ...rest] = args;
        if (option === '-l' || option === '--list') return list(ctx.packages, rest, io.stdoutIsTerminal);
        return { stdout: '', stderr: `dpkg: ${option === undefined ? 'need an action option' : `${option} is not available in this simulator; dpkg -l is`}\n\nType dpkg --help for help about installing and deinstalling packages [*];\nUse 'apt' or 'aptitude' for user-friendly package management;\nType dpkg -Dhelp for a list of dpkg debug flag values;\nType dpkg --force-help for a list of forcing options;\nType dpkg-deb --help for help about manipulating *.deb files;\n\nOptions marked [*] produce a lot of output - pipe it through 'less' or 'more' !\n`, exitCode: 2 };
      });
    },
  };
}

/** `dpkg-query -W [PKG…]`: name, a tab, the version. */
export function dpkgQueryCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      return withPackages(svc, io, (ctx) => {
        if (args[0] !== '-W' && args[0] !== '--show') return { stdout: '', stderr: 'dpkg-query: only -W (--show) is available in this simulator\n', exitCode: 2 };
        const names = args.slice(1);
        const all = rows(ctx.packages);
        const picked = names.length === 0 ? all : all.filter((r) => names.some((n) => glob(n).test(r.name)));
        const missing = names.filter((n) => !all.some((r) => glob(n).test(r.name)));
        return { stdout: picked.map((r) => `${r.name}\t${r.version}\n`).join(''), stderr: missing.map((n) => `dpkg-query: no packages found matching ${n}\n`).join(''), exitCode: missing.length > 0 ? 1 : 0 };
      });
    },
  };
}
