/**
 * `apt-get update`: the Ubuntu archive (always up to date here) and the pkgs.k8s.io repositories the
 * sources file names. A repository apt already has lists of is a `Hit`; a new one is fetched
 * (`Get`, then a `Fetched` total); a minor release pkgs.k8s.io does not serve fails as it does,
 * without a Release file. Afterwards apt answers from exactly the repositories fetched.
 */
import { cdnUrl, repoExists, repoUrl, repoVersions, PACKAGES } from '../../packages/catalog';
import { configuredMinors } from '../../packages/sources';
import type { CommandResult } from '../../../shell';
import type { AptContext } from './context';
import { sizeToStr } from './format';

const UBUNTU = ['http://archive.ubuntu.com/ubuntu noble', 'http://archive.ubuntu.com/ubuntu noble-updates', 'http://archive.ubuntu.com/ubuntu noble-backports', 'http://security.ubuntu.com/ubuntu noble-security'];
const IN_RELEASE_BYTES = 1227;

/** The size of a repository's Packages index: one stanza per package version. */
const packagesIndexBytes = (minor: number): number => PACKAGES.reduce((sum, p) => sum + repoVersions(minor, p.name).length * 1390, 0) + 240;

export function aptGetUpdate(ctx: AptContext): CommandResult {
  let out = '';
  let n = 0;
  for (const suite of UBUNTU) out += `Hit:${++n} ${suite} InRelease\n`;
  let fetched = 0;
  const errors: string[] = [];
  const lists: number[] = [];
  for (const minor of configuredMinors(ctx.io.fs)) {
    if (!repoExists(minor)) {
      out += `Err:${++n} ${cdnUrl(minor)}  InRelease\n  404  Not Found [IP: 3.167.227.100 443]\n`;
      errors.push(`The repository '${repoUrl(minor)}  InRelease' does not have a Release file.`);
      continue;
    }
    lists.push(minor);
    if (ctx.packages.lists.includes(minor)) {
      out += `Hit:${++n} ${cdnUrl(minor)}  InRelease\n`;
      continue;
    }
    const index = packagesIndexBytes(minor);
    out += `Get:${++n} ${cdnUrl(minor)}  InRelease [${sizeToStr(IN_RELEASE_BYTES)}]\n`;
    out += `Get:${++n} ${cdnUrl(minor)}  Packages [${sizeToStr(index)}]\n`;
    fetched += IN_RELEASE_BYTES + index;
  }
  if (fetched > 0) out += `Fetched ${sizeToStr(fetched)} in 0s (${sizeToStr(fetched * 2.3)}/s)\n`;
  out += 'Reading package lists... Done\n';
  ctx.packages.lists = lists;
  if (errors.length === 0) return { stdout: out, stderr: '', exitCode: 0 };
  const notes = 'N: Updating from such a repository can\'t be done securely, and is therefore disabled by default.\nN: See apt-secure(8) manpage for repository creation and user configuration details.\n';
  return { stdout: out, stderr: errors.map((e) => `E: ${e}\n${notes}`).join(''), exitCode: 100 };
}
