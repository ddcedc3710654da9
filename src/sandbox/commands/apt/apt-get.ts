/**
 * `apt-get update` and `apt-get install` for the Kubernetes packages (the rest of Ubuntu is up to
 * date and not simulated). Options as apt parses them: `-y`, `-q`, the `--allow-*` ones; others
 * are refused rather than ignored.
 */
import type { Command, CommandResult } from '../../../shell';
import type { SandboxServices } from '../services';
import { aptError, withPackages, type AptContext } from './context';
import { aptGetInstall } from './install';
import { aptGetUpdate } from './update';

const BOOLS: Record<string, string> = {
  '-y': 'yes', '--yes': 'yes', '--assume-yes': 'yes',
  '-q': 'quiet', '-qq': 'quiet', '--quiet': 'quiet',
  '--allow-change-held-packages': 'allowHeld', '--allow-downgrades': 'allowDowngrades',
  '--no-install-recommends': 'ignored', '--allow-unauthenticated': 'ignored', '-V': 'ignored',
};

export interface AptArgs {
  words: string[];
  flags: Set<string>;
}

/** Splits apt's options from its words; an unknown option is apt's error. */
export function parseAptArgs(args: string[]): AptArgs | CommandResult {
  const words: string[] = [];
  const flags = new Set<string>();
  for (const a of args) {
    if (!a.startsWith('-')) words.push(a);
    else if (BOOLS[a]) flags.add(BOOLS[a] as string);
    else if (/^-[yqV]+$/.test(a)) for (const letter of a.slice(1)) flags.add(BOOLS[`-${letter}`] as string);
    else return aptError('', `Command line option '${a.replace(/^-+/, '')}' [from ${a}] is not understood in combination with the other options.`);
  }
  return { words, flags };
}

export function runAptGet(ctx: AptContext, parsed: AptArgs): CommandResult {
  const [verb, ...rest] = parsed.words;
  switch (verb) {
    case 'update':
      return aptGetUpdate(ctx);
    case 'install':
      if (rest.length === 0) return { stdout: 'Reading package lists... Done\nBuilding dependency tree... Done\nReading state information... Done\n0 upgraded, 0 newly installed, 0 to remove and 0 not upgraded.\n', stderr: '', exitCode: 0 };
      return aptGetInstall(ctx, rest, { yes: parsed.flags.has('yes'), allowHeld: parsed.flags.has('allowHeld'), allowDowngrades: parsed.flags.has('allowDowngrades') });
    case undefined:
      return { stdout: '', stderr: 'E: No operation given; try apt-get update or apt-get install PACKAGE=VERSION\n', exitCode: 100 };
    default:
      return aptError('', `apt-get ${verb} is not available in this simulator; apt-get update and apt-get install are`);
  }
}

export function aptGetCommand(svc: SandboxServices): Command {
  return {
    execute(args, io) {
      return withPackages(svc, io, (ctx) => {
        const parsed = parseAptArgs(args);
        return 'exitCode' in parsed ? parsed : runAptGet(ctx, parsed);
      });
    },
  };
}
