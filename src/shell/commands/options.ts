/**
 * GNU-style option parsing for the coreutils: clustered short flags (`-la`), values attached or
 * separate (`-n5`, `-n 5`), long options with `=` and unique prefixes, `--`, and operands mixed
 * with options (GNU permutes). Usage errors come back as results with getopt's messages.
 */
import type { CommandResult } from '../types';

export interface OptionSpec {
  /** Short options without a value, e.g. 'lah1'. */
  flags?: string;
  /** Short options taking a value, e.g. 'nd'. */
  values?: string;
  /** Long options: name → the key it sets (usually its short letter) and whether it takes a value. */
  long?: Record<string, { key: string; value?: boolean | 'optional' }>;
  /** Exit status of a usage error (ls, grep, sort use 2; most tools 1). */
  usageExit?: number;
  /** Stop at the first operand instead of permuting (env, xargs: the rest is a command). */
  stopAtOperand?: boolean;
  /** What `--help` prints after "Usage: <cmd> ". */
  usage?: string;
}

export interface ParsedOption {
  key: string;
  value: string | undefined;
}

export class ParsedArgs {
  constructor(
    readonly options: ParsedOption[],
    readonly operands: string[],
  ) {}

  has(key: string): boolean {
    return this.options.some((o) => o.key === key);
  }

  /** The last value given for a key (later options override earlier ones). */
  value(key: string): string | undefined {
    for (let i = this.options.length - 1; i >= 0; i--) if (this.options[i]?.key === key) return this.options[i]?.value;
    return undefined;
  }

  all(key: string): string[] {
    return this.options.filter((o) => o.key === key).map((o) => o.value ?? '');
  }

  /** Which of `keys` came last (for `ls -l -1`, `-C` after `-l`...). */
  lastOf(keys: string[]): string | undefined {
    for (let i = this.options.length - 1; i >= 0; i--) {
      const key = this.options[i]?.key;
      if (key !== undefined && keys.includes(key)) return key;
    }
    return undefined;
  }
}

export type ParseArgsResult = { ok: true; args: ParsedArgs } | { ok: false; result: CommandResult };

export function usageError(cmd: string, message: string, exitCode = 1): CommandResult {
  return { stdout: '', stderr: `${cmd}: ${message}\nTry '${cmd} --help' for more information.\n`, exitCode };
}

export function parseArgs(cmd: string, argv: readonly string[], spec: OptionSpec): ParseArgsResult {
  const flags = spec.flags ?? '';
  const values = spec.values ?? '';
  const long = spec.long ?? {};
  const exit = spec.usageExit ?? 1;
  const options: ParsedOption[] = [];
  const operands: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--') {
      operands.push(...argv.slice(i + 1));
      break;
    }
    if (arg.startsWith('--')) {
      if (arg === '--help') return { ok: false, result: helpText(cmd, spec) };
      const eq = arg.indexOf('=');
      const name = arg.slice(2, eq < 0 ? undefined : eq);
      const exact = long[name] ? name : undefined;
      const candidates = exact ? [exact] : Object.keys(long).filter((n) => n.startsWith(name));
      const chosen = candidates.length === 1 ? candidates[0] : undefined;
      if (!chosen) {
        if (candidates.length > 1) return { ok: false, result: usageError(cmd, `option '${arg}' is ambiguous`, exit) };
        return { ok: false, result: usageError(cmd, `unrecognized option '${arg}'`, exit) };
      }
      const def = long[chosen];
      if (!def) continue;
      if (eq >= 0) {
        if (!def.value) return { ok: false, result: usageError(cmd, `option '--${chosen}' doesn't allow an argument`, exit) };
        options.push({ key: def.key, value: arg.slice(eq + 1) });
      } else if (def.value === true) {
        const next = argv[i + 1];
        if (next === undefined) return { ok: false, result: usageError(cmd, `option '--${chosen}' requires an argument`, exit) };
        options.push({ key: def.key, value: next });
        i++;
      } else options.push({ key: def.key, value: undefined });
      continue;
    }
    if (arg.startsWith('-') && arg.length > 1) {
      for (let j = 1; j < arg.length; j++) {
        const c = arg.charAt(j);
        if (values.includes(c)) {
          const rest = arg.slice(j + 1);
          if (rest !== '') options.push({ key: c, value: rest });
          else {
            const next = argv[i + 1];
            if (next === undefined) return { ok: false, result: usageError(cmd, `option requires an argument -- '${c}'`, exit) };
            options.push({ key: c, value: next });
            i++;
          }
          break;
        }
        if (!flags.includes(c)) return { ok: false, result: usageError(cmd, `invalid option -- '${c}'`, exit) };
        options.push({ key: c, value: undefined });
      }
      continue;
    }
    operands.push(arg);
    if (spec.stopAtOperand) {
      operands.push(...argv.slice(i + 1));
      break;
    }
  }
  return { ok: true, args: new ParsedArgs(options, operands) };
}

/** What `--help` prints: a one-line synopsis of our own (the tools' help texts are not copied). */
export function helpText(cmd: string, spec: OptionSpec): CommandResult {
  return { stdout: `Usage: ${cmd} ${spec.usage ?? '[OPTION]... [FILE]...'}\n`, stderr: '', exitCode: 0 };
}

/** GNU's quoting of a value in messages under a UTF-8 locale: ‘x’. */
export function quoteLocale(text: string): string {
  return `‘${text}’`;
}

/** GNU's shell-style quoting of a file name in messages: 'x' (or "x'y" when it holds a quote). */
export function quoteName(name: string): string {
  if (name === '') return "''";
  if (!name.includes("'")) return `'${name}'`;
  return name.includes('"') ? `'${name.replace(/'/g, "'\\''")}'` : `"${name}"`;
}
