/**
 * The commands the shell itself provides: bash's builtins and the coreutils-style tools. Cluster
 * commands (kubectl, curl, ssh, vi, systemctl, ...) are registered on top by the lead.
 */
import { CommandRegistry } from '../registry';
import type { Command } from '../types';
import { alias, unalias } from './alias';
import { awk } from './awk';
import { base64 } from './base64';
import { basename, dirname } from './basename';
import { bashCommand } from './bash';
import { cat } from './cat';
import { cd } from './cd';
import { chmod } from './chmod';
import { clear } from './clear';
import { cp, mv } from './cp-mv';
import { cut } from './cut';
import { date } from './date';
import { echo } from './echo';
import { env, printenv } from './env';
import { exit } from './exit';
import { exportCommand } from './export';
import { grep } from './grep';
import { head, tail } from './head-tail';
import { history } from './history';
import { hostname, whoami } from './identity';
import { ls } from './ls';
import { mkdir } from './mkdir';
import { printf } from './printf';
import { pwd } from './pwd';
import { rm } from './rm';
import { rmdir } from './rmdir';
import { sed } from './sed';
import { seq } from './seq';
import { sleep } from './sleep';
import { sort } from './sort';
import { sourceCommand } from './source';
import { tee } from './tee';
import { testCommand } from './test';
import { touch } from './touch';
import { tr } from './tr';
import { falseCommand, trueCommand } from './true-false';
import { type, which } from './type';
import { uniq } from './uniq';
import { unset } from './unset';
import { wc } from './wc';
import { xargs } from './xargs';

/** Never run: break, continue, return and local are handled by the executor; registered so `type` knows them. */
const loopControl: Command = { execute: () => ({ stdout: '', stderr: '', exitCode: 0 }) };

/** bash builtins; those also installed as files (echo, printf...) give `which` a path. */
const BUILTINS: Array<[string, Command, string?]> = [
  ['alias', alias],
  ['unalias', unalias],
  ['cd', cd],
  ['echo', echo, '/usr/bin/echo'],
  ['exit', exit],
  ['export', exportCommand],
  ['unset', unset],
  ['history', history],
  ['printf', printf, '/usr/bin/printf'],
  ['pwd', pwd, '/usr/bin/pwd'],
  ['source', sourceCommand('source')],
  ['.', sourceCommand('.')],
  [':', trueCommand],
  ['true', trueCommand, '/usr/bin/true'],
  ['false', falseCommand, '/usr/bin/false'],
  ['test', testCommand('test'), '/usr/bin/test'],
  ['[', testCommand('['), '/usr/bin/['],
  ['type', type],
  ['break', loopControl],
  ['continue', loopControl],
  ['return', loopControl],
  ['local', loopControl],
];

const FILES: Array<[string, Command]> = [
  ['awk', awk],
  ['base64', base64],
  ['basename', basename],
  ['bash', bashCommand('bash')],
  ['cat', cat],
  ['chmod', chmod],
  ['clear', clear],
  ['cp', cp],
  ['cut', cut],
  ['date', date],
  ['dirname', dirname],
  ['env', env],
  ['grep', grep],
  ['head', head],
  ['hostname', hostname],
  ['ls', ls],
  ['mkdir', mkdir],
  ['mv', mv],
  ['printenv', printenv],
  ['rm', rm],
  ['rmdir', rmdir],
  ['sed', sed],
  ['seq', seq],
  ['sh', bashCommand('sh')],
  ['sleep', sleep],
  ['sort', sort],
  ['tail', tail],
  ['tee', tee],
  ['touch', touch],
  ['tr', tr],
  ['uniq', uniq],
  ['wc', wc],
  ['which', which],
  ['whoami', whoami],
  ['xargs', xargs],
];

/** A registry with every command the shell layer provides. */
export function createCoreRegistry(): CommandRegistry {
  const registry = new CommandRegistry();
  for (const [name, command, path] of BUILTINS) registry.register(name, command, { kind: 'builtin', path });
  for (const [name, command] of FILES) registry.register(name, command, { path: name === 'bash' || name === 'sh' ? `/usr/bin/${name}` : undefined });
  return registry;
}
