/**
 * The small flag grammar of the `kubedojo` subcommands: `--name value`, `--name=value`, boolean
 * `--name`, `-h`/`--help`, and operands; `--` ends the flags. Failures are messages, not throws.
 */

export interface FlagDef {
  /** Takes a value (`--seed 3`) or is a switch (`--json`). */
  value: boolean;
}

export interface ParsedCli {
  flags: Map<string, string>;
  operands: string[];
  help: boolean;
}

export function parseCli(args: readonly string[], defs: Record<string, FlagDef>): ParsedCli | { error: string } {
  const flags = new Map<string, string>();
  const operands: string[] = [];
  let help = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '--') {
      operands.push(...args.slice(i + 1));
      break;
    }
    if (arg === '-h' || arg === '--help') {
      help = true;
      continue;
    }
    if (!arg.startsWith('--') || arg === '-') {
      if (arg.startsWith('-') && arg !== '-') return { error: `unknown flag: ${arg}` };
      operands.push(arg);
      continue;
    }
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq < 0 ? undefined : eq);
    const def = defs[name];
    if (!def) return { error: `unknown flag: --${name}` };
    if (!def.value) {
      if (eq >= 0) return { error: `flag --${name} takes no value` };
      flags.set(name, 'true');
      continue;
    }
    const value = eq >= 0 ? arg.slice(eq + 1) : args[++i];
    if (value === undefined) return { error: `flag needs an argument: --${name}` };
    flags.set(name, value);
  }
  return { flags, operands, help };
}

/** A non-negative integer flag (`--seed`), or an error message. */
export function intFlag(parsed: ParsedCli, name: string, fallback: number): number | { error: string } {
  const raw = parsed.flags.get(name);
  if (raw === undefined) return fallback;
  if (!/^\d+$/.test(raw) || !Number.isSafeInteger(Number(raw))) return { error: `invalid value "${raw}" for --${name}: expected a whole number` };
  return Number(raw);
}

/** A positive number flag (`--speed 10`), or an error message. */
export function numberFlag(parsed: ParsedCli, name: string, fallback: number): number | { error: string } {
  const raw = parsed.flags.get(name);
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (raw.trim() === '' || !Number.isFinite(value) || value <= 0) return { error: `invalid value "${raw}" for --${name}: expected a positive number` };
  return value;
}
