/**
 * urfave/cli's flag grammar as crictl uses it: `--name value`, `--name=value`, `-n value`, and
 * short boolean flags run together (`-aq`, UseShortOptionHandling). Flags are accepted after the
 * arguments too, which urfave/cli v2 would not do: a friendlier simulator costs nothing here.
 */

/** Flag name → its aliases and whether it takes a value. */
export type FlagSpec = Record<string, { short?: string; value?: boolean }>;

export interface Parsed {
  flags: Map<string, string>;
  args: string[];
}

export function parseFlags(argv: readonly string[], spec: FlagSpec): Parsed | { error: string } {
  const byShort = new Map<string, string>();
  for (const [name, s] of Object.entries(spec)) if (s.short) byShort.set(s.short, name);
  const flags = new Map<string, string>();
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] ?? '';
    if (a === '--') {
      args.push(...argv.slice(i + 1));
      break;
    }
    if (!a.startsWith('-') || a === '-') {
      args.push(a);
      continue;
    }
    const long = a.startsWith('--');
    const body = a.slice(long ? 2 : 1);
    const eq = body.indexOf('=');
    const key = eq >= 0 ? body.slice(0, eq) : body;
    let names: string[];
    if (long || key.length === 1 || byShort.has(key) || spec[key]) {
      const name = spec[key] ? key : byShort.get(key);
      if (!name) return { error: `flag provided but not defined: -${key}` };
      names = [name];
    } else {
      names = [];
      for (const ch of key) {
        const name = byShort.get(ch);
        if (!name || spec[name]?.value) return { error: `flag provided but not defined: -${key}` };
        names.push(name);
      }
    }
    for (const name of names) {
      if (!spec[name]?.value) {
        flags.set(name, 'true');
        continue;
      }
      let value: string | undefined;
      if (eq >= 0) value = body.slice(eq + 1);
      else value = argv[++i];
      if (value === undefined) return { error: `flag needs an argument: -${key}` };
      flags.set(name, value);
    }
  }
  return { flags, args };
}
