// Flag definitions and values with pflag's semantics: typed values parsed by Go's strconv rules,
// slices that replace their default on first use and append afterwards, names normalised the way
// kubectl does (`--all_namespaces` is `--all-namespaces`), and pflag's error texts.

import { goQuote } from '../printers';
import { parseGoBool, parseGoDuration, parseGoInt, type Parsed } from '../util/go-strconv';

/** `mapStringString` is k8s.io/component-base's MapStringString: `k=v,k2=v2`, repeatable; its value is the `k=v` pairs in order. */
export type FlagType = 'bool' | 'string' | 'int' | 'int32' | 'int64' | 'stringSlice' | 'stringArray' | 'mapStringString' | 'duration' | 'level';
export type FlagValue = string | boolean | number | readonly string[];

export interface FlagSpec {
  readonly name: string;
  readonly shorthand?: string;
  readonly type: FlagType;
  /** Omitted: false, '', 0 or [] by type. Durations are milliseconds. */
  readonly default?: FlagValue;
  /** Our own one-line description, shown by --help. */
  readonly usage: string;
  /** cobra's MarkFlagRequired: `required flag(s) "x" not set` when absent. */
  readonly required?: boolean;
  /** pflag's MarkDeprecated: using it prints `Flag --x has been deprecated, <text>`. */
  readonly deprecated?: string;
  readonly hidden?: boolean;
  /** How help shows the default when it is not the value's own spelling. */
  readonly defaultText?: string;
  /** pflag's NoOptDefVal: the value of a bare `--flag`; bools use "true". */
  readonly noOptDefVal?: string;
}

/** The help flag cobra adds to every command. */
export const HELP_FLAG: FlagSpec = { name: 'help', shorthand: 'h', type: 'bool', usage: 'Show this help text.' };

export function defaultValue(spec: FlagSpec): FlagValue {
  if (spec.default !== undefined) return spec.default;
  switch (spec.type) {
    case 'bool':
      return false;
    case 'stringSlice':
    case 'stringArray':
    case 'mapStringString':
      return [];
    case 'string':
      return '';
    default:
      return 0;
  }
}

export function noOptDefault(spec: FlagSpec): string {
  return spec.noOptDefVal ?? (spec.type === 'bool' ? 'true' : '');
}

/** kubectl's WordSepNormalizeFunc: underscores in flag names read as dashes. */
export const normalizeFlagName = (name: string): string => name.replace(/_/g, '-');

/** encoding/csv reading of one line, as pflag's string slices split their value. */
export function readCsvLine(value: string): Parsed<string[]> {
  if (value === '') return { ok: true, value: [] };
  const out: string[] = [];
  let i = 0;
  for (;;) {
    let field = '';
    if (value[i] === '"') {
      i++;
      for (;;) {
        if (i >= value.length) return { ok: false, message: `parse error on line 1, column ${value.length + 1}: extraneous or missing " in quoted-field` };
        if (value[i] === '"') {
          if (value[i + 1] === '"') (field += '"'), (i += 2);
          else {
            i++;
            break;
          }
        } else field += value[i++];
      }
      if (i < value.length && value[i] !== ',') return { ok: false, message: `parse error on line 1, column ${i + 1}: extraneous or missing " in quoted-field` };
    } else {
      const end = value.indexOf(',', i);
      field = end < 0 ? value.slice(i) : value.slice(i, end);
      const quote = field.indexOf('"');
      if (quote >= 0) return { ok: false, message: `parse error on line 1, column ${i + quote + 1}: bare " in non-quoted-field` };
      i = end < 0 ? value.length : end;
    }
    out.push(field);
    if (i >= value.length) return { ok: true, value: out };
    i++; // the comma
  }
}

/** The parsed flags of one command line. */
export class FlagValues {
  private readonly values = new Map<string, FlagValue>();
  private readonly changedNames = new Set<string>();
  /** Every flag set, in command-line order, with its text as given (`--record` writes them back). */
  readonly settings: { readonly name: string; readonly raw: string }[] = [];

  constructor(private readonly specs: ReadonlyMap<string, FlagSpec>) {}

  spec(name: string): FlagSpec | undefined {
    return this.specs.get(name);
  }

  get(name: string): FlagValue {
    const spec = this.specs.get(name);
    if (!spec) throw new Error(`flag --${name} is not defined for this command`);
    return this.values.get(name) ?? defaultValue(spec);
  }

  bool(name: string): boolean {
    return this.get(name) === true;
  }

  string(name: string): string {
    const v = this.get(name);
    return typeof v === 'string' ? v : String(v);
  }

  number(name: string): number {
    const v = this.get(name);
    return typeof v === 'number' ? v : Number(v);
  }

  strings(name: string): string[] {
    const v = this.get(name);
    return Array.isArray(v) ? [...(v as readonly string[])] : [];
  }

  changed(name: string): boolean {
    return this.changedNames.has(name);
  }

  /** pflag's Set: parses `raw` for the flag's type; returns the error text on failure. */
  set(spec: FlagSpec, raw: string): string | undefined {
    const parsed = parseValue(spec.type, raw);
    if (!parsed.ok) {
      const flagName = spec.shorthand ? `-${spec.shorthand}, --${spec.name}` : `--${spec.name}`;
      return `invalid argument ${goQuote(raw)} for ${goQuote(flagName)} flag: ${parsed.message}`;
    }
    let value = parsed.value;
    if (spec.type === 'stringSlice' || spec.type === 'stringArray' || spec.type === 'mapStringString') {
      const before = this.changedNames.has(spec.name) ? (this.values.get(spec.name) as readonly string[]) : [];
      value = [...before, ...(value as string[])];
    }
    this.values.set(spec.name, value);
    this.changedNames.add(spec.name);
    this.settings.push({ name: spec.name, raw });
    return undefined;
  }
}

function parseValue(type: FlagType, raw: string): Parsed<FlagValue> {
  switch (type) {
    case 'bool':
      return parseGoBool(raw);
    case 'string':
      return { ok: true, value: raw };
    case 'int':
    case 'int64':
      return parseGoInt(raw, 64);
    case 'int32':
    case 'level':
      return parseGoInt(raw, 32);
    case 'duration':
      return parseGoDuration(raw);
    case 'stringSlice':
      return readCsvLine(raw);
    case 'stringArray':
      return { ok: true, value: [raw] };
    case 'mapStringString':
      return readMapPairs(raw);
  }
}

/** MapStringString's Set: comma-separated `key=value` pairs, blanks skipped, both sides trimmed. */
function readMapPairs(raw: string): Parsed<string[]> {
  const pairs: string[] = [];
  for (const item of raw.split(',')) {
    if (item === '') continue;
    const eq = item.indexOf('=');
    if (eq < 0) return { ok: false, message: 'malformed pair, expect string=string' };
    pairs.push(`${item.slice(0, eq).trim()}=${item.slice(eq + 1).trim()}`);
  }
  return { ok: true, value: pairs };
}

/** A command's flags: its own, the global ones and --help, looked up by name or shorthand. */
export class FlagSet {
  readonly byName = new Map<string, FlagSpec>();
  readonly byShorthand = new Map<string, FlagSpec>();

  constructor(specs: readonly FlagSpec[]) {
    for (const spec of [...specs, HELP_FLAG]) {
      if (this.byName.has(spec.name)) continue;
      this.byName.set(spec.name, spec);
      if (spec.shorthand && !this.byShorthand.has(spec.shorthand)) this.byShorthand.set(spec.shorthand, spec);
    }
  }

  lookup(name: string): FlagSpec | undefined {
    return this.byName.get(normalizeFlagName(name));
  }

  newValues(): FlagValues {
    return new FlagValues(this.byName);
  }
}
