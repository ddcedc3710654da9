// pflag's argument grammar: `--flag=value`, `--flag value`, bare boolean `--flag`, `-n value`,
// `-nvalue`, `-n=value`, clustered shorthands `-Aw`, flags anywhere among the arguments, and `--`
// ending the flags. Errors carry pflag's wording; the command layer adds kubectl's "See …" line.

import { noOptDefault, type FlagSet, type FlagSpec, type FlagValues } from './flags';

export type FlagParseResult =
  | {
      ok: true;
      values: FlagValues;
      /** The positional arguments, in order. */
      args: string[];
      /** cobra's ArgsLenAtDash: how many positional arguments came before `--`, or -1. */
      argsLenAtDash: number;
      /** Lines pflag prints while parsing (deprecation notices), for stderr. */
      notices: string[];
    }
  | { ok: false; message: string };

/** Go's %q of one byte-sized shorthand character. */
const quoteChar = (c: string): string => (c === "'" || c === '\\' ? `'\\${c}'` : `'${c}'`);

export function parseFlags(flagSet: FlagSet, argv: readonly string[]): FlagParseResult {
  const values = flagSet.newValues();
  const args: string[] = [];
  const notices: string[] = [];
  let argsLenAtDash = -1;
  const set = (spec: FlagSpec, raw: string): string | undefined => {
    if (spec.deprecated) notices.push(`Flag --${spec.name} has been deprecated, ${spec.deprecated}`);
    return values.set(spec, raw);
  };
  let rest = [...argv];
  while (rest.length > 0) {
    const s = rest[0] as string;
    rest = rest.slice(1);
    if (s.length <= 1 || s[0] !== '-') {
      args.push(s);
      continue;
    }
    if (s[1] === '-') {
      if (s.length === 2) {
        argsLenAtDash = args.length;
        args.push(...rest);
        break;
      }
      const long = parseLong(flagSet, s, rest, set);
      if (!long.ok) return long;
      rest = long.rest;
      continue;
    }
    let shorthands = s.slice(1);
    while (shorthands.length > 0) {
      const short = parseShort(flagSet, shorthands, rest, set);
      if (!short.ok) return short;
      shorthands = short.shorthands;
      rest = short.rest;
    }
  }
  return { ok: true, values, args, argsLenAtDash, notices };
}

type Setter = (spec: FlagSpec, raw: string) => string | undefined;

function parseLong(flagSet: FlagSet, s: string, rest: string[], set: Setter): { ok: true; rest: string[] } | { ok: false; message: string } {
  const body = s.slice(2);
  if (body[0] === '-' || body[0] === '=') return { ok: false, message: `bad flag syntax: ${s}` };
  const eq = body.indexOf('=');
  const name = eq < 0 ? body : body.slice(0, eq);
  const spec = flagSet.lookup(name);
  if (!spec) return { ok: false, message: `unknown flag: --${name}` };
  let value: string;
  if (eq >= 0) value = body.slice(eq + 1);
  else if (noOptDefault(spec) !== '') value = noOptDefault(spec);
  else if (rest.length > 0) {
    value = rest[0] as string;
    rest = rest.slice(1);
  } else return { ok: false, message: `flag needs an argument: ${s}` };
  const err = set(spec, value);
  return err ? { ok: false, message: err } : { ok: true, rest };
}

function parseShort(
  flagSet: FlagSet,
  shorthands: string,
  rest: string[],
  set: Setter,
): { ok: true; shorthands: string; rest: string[] } | { ok: false; message: string } {
  const c = shorthands[0] as string;
  let remaining = shorthands.slice(1);
  const spec = flagSet.byShorthand.get(c);
  if (!spec) return { ok: false, message: `unknown shorthand flag: ${quoteChar(c)} in -${shorthands}` };
  let value: string;
  if (shorthands.length > 2 && shorthands[1] === '=') {
    value = shorthands.slice(2);
    remaining = '';
  } else if (noOptDefault(spec) !== '') value = noOptDefault(spec);
  else if (shorthands.length > 1) {
    value = shorthands.slice(1);
    remaining = '';
  } else if (rest.length > 0) {
    value = rest[0] as string;
    rest = rest.slice(1);
  } else return { ok: false, message: `flag needs an argument: ${quoteChar(c)} in -${shorthands}` };
  const err = set(spec, value);
  return err ? { ok: false, message: err } : { ok: true, shorthands: remaining, rest };
}
