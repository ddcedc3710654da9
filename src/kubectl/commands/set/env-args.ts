// The arguments of `kubectl set env` (kubectl's set/env package): resources before `KEY=value` /
// `KEY-` items, a `-` item reading `KEY=value` lines from stdin, strict variable names, and how a
// container's env list is updated (later values replace, removals win).

import type { EnvVar } from 'kubernetes-types/core/v1';
import { regexError } from '../../../sim/api/validation/names';

/** SplitEnvironmentFromResources; undefined when a resource follows an env item. */
export function splitEnvFromResources(args: readonly string[]): { resources: string[]; envArgs: string[] } | undefined {
  const resources: string[] = [];
  const envArgs: string[] = [];
  for (const s of args) {
    const isEnv = /^[\s\S]+=[\s\S]*$/.test(s) || s.endsWith('-');
    if (isEnv) envArgs.push(s);
    else if (envArgs.length > 0) return undefined;
    else resources.push(s);
  }
  return { resources, envArgs };
}

const ENV_NAME = /^[-._a-zA-Z][-._a-zA-Z0-9]*$/;

/** validation.IsEnvVarName (the client's strict rule, not the server's relaxed one). */
export function envVarNameErrors(name: string): string[] {
  const errs: string[] = [];
  if (!ENV_NAME.test(name)) {
    errs.push(
      regexError(
        "a valid environment variable name must consist of alphabetic characters, digits, '_', '-', or '.', and must not start with a digit",
        '[-._a-zA-Z][-._a-zA-Z0-9]*',
        'my.env-name',
        'MY_ENV.NAME',
        'MyEnvName1',
      ),
    );
  }
  if (name === '.') errs.push("must not be '.'");
  else if (name === '..') errs.push("must not be '..'");
  else if (name.startsWith('..')) errs.push("must not start with '..'");
  return errs;
}

export interface ParsedEnv {
  env: EnvVar[];
  remove: string[];
}

/** `KEY=value` lines of stdin; `#` starts a comment. */
function readEnv(text: string): EnvVar[] {
  const env: EnvVar[] = [];
  for (let line of text.split('\n')) {
    const hash = line.indexOf('#');
    if (hash >= 0) line = line.slice(0, hash);
    const eq = line.indexOf('=');
    if (eq >= 0) env.push({ name: line.slice(0, eq), value: line.slice(eq + 1) });
  }
  return env;
}

/** ParseEnv: the variables to set and the names to remove, or the error text. */
export function parseEnv(spec: readonly string[], stdin: string | undefined): ParsedEnv | string {
  const env: EnvVar[] = [];
  const remove: string[] = [];
  const set = new Set<string>();
  for (const item of spec) {
    if (item === '-') {
      if (stdin === undefined) return "when '-' is used, STDIN must be open";
      env.push(...readEnv(stdin));
    } else if (item.includes('=')) {
      const eq = item.indexOf('=');
      const name = item.slice(0, eq);
      const errs = envVarNameErrors(name);
      if (errs.length > 0) return `"${name}" is not a valid key name: ${errs.join(';')}`;
      set.add(name);
      env.push({ name, value: item.slice(eq + 1) });
    } else if (item.endsWith('-')) remove.push(item.slice(0, -1));
    else return `unknown environment variable: ${item}`;
  }
  if (remove.some((r) => set.has(r))) return 'can not both modify and remove the same environment variable in the same command';
  return { env, remove };
}

/** updateEnv: existing variables replaced in place or removed, new ones appended. */
export function updateEnv(existing: readonly EnvVar[], env: readonly EnvVar[], remove: readonly string[]): EnvVar[] {
  const out: EnvVar[] = [];
  const covered = new Set(remove);
  for (const e of existing) {
    if (covered.has(e.name)) continue;
    const newer = env.find((n) => n.name === e.name);
    if (newer) {
      covered.add(e.name);
      out.push(newer);
      continue;
    }
    out.push(e);
  }
  for (const e of env) {
    if (covered.has(e.name)) continue;
    covered.add(e.name);
    out.push(e);
  }
  return out;
}

/** validateNoOverwrites' message for the first variable that would change, if any. */
export function overwriteError(existing: readonly EnvVar[], env: readonly EnvVar[]): string | undefined {
  for (const e of env) {
    const current = existing.find((x) => x.name === e.name);
    if (current && (current.value ?? '') !== (e.value ?? '')) return `'${current.name}' already has a value (${current.value ?? ''}), and --overwrite is false`;
  }
  return undefined;
}

/** keyToEnvName: a ConfigMap/Secret key as a variable name (upper case, other characters as `_`). */
export function keyToEnvName(key: string): string {
  return key.replace(/[^a-zA-Z0-9_]/g, '_').toUpperCase();
}
