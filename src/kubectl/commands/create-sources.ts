// The data of `kubectl create configmap` and `create secret generic`: --from-file, --from-literal
// and --from-env-file read into one key/value map, with kubectl's checks and messages.

import type { Invocation } from '../cli/command';
import { messageError, type KubectlError } from '../cli/errors';
import { splitKeyValue } from './create-generator-run';

const baseName = (path: string): string => path.split('/').filter((s) => s !== '').pop() ?? path;

/** A ConfigMap or Secret key: alphanumerics, `-`, `_`, `.` (validation.IsConfigMapKey). */
const CONFIG_KEY = /^[-._a-zA-Z0-9]+$/;
const CONFIG_KEY_RULE =
  "a valid config key must consist of alphanumeric characters, '-', '_' or '.' (e.g. 'key.name',  or 'KEY_NAME',  or 'key-name', regex used for validation is '[-._a-zA-Z0-9]+')";

/** IsConfigMapKey's errors for `key` (none: a valid key). */
function keyProblems(key: string): string[] {
  const problems: string[] = [];
  if (key.length > 253) problems.push('must be no more than 253 characters');
  if (!CONFIG_KEY.test(key)) problems.push(CONFIG_KEY_RULE);
  if (key === '.' || key === '..') problems.push(`must not be '${key}'`);
  else if (key.startsWith('..')) problems.push("must not start with '..'");
  return problems;
}

export type SourceData = { ok: true; data: Record<string, string> } | { ok: false; error: KubectlError };

/**
 * --from-file / --from-literal / --from-env-file data of configmaps and generic secrets, in the
 * order kubectl reads them (files, then literals, then env files), with its key checks; the
 * messages differ between `create configmap` and `create secret generic`, as kubectl's do.
 */
export function sourceData(inv: Invocation, name: string, target: 'ConfigMap' | 'Secret'): SourceData {
  const fail = (message: string): SourceData => ({ ok: false, error: messageError(message) });
  const envFiles = inv.flags.strings('from-env-file');
  if (envFiles.length > 0 && (inv.flags.strings('from-file').length > 0 || inv.flags.strings('from-literal').length > 0)) {
    return fail('from-env-file cannot be combined with from-file or from-literal');
  }
  const data: Record<string, string> = {};
  const add = (key: string, value: string): string | undefined => {
    const problems = keyProblems(key);
    if (problems.length > 0) {
      // kubectl joins the problems with "," for a ConfigMap and ";" for a Secret.
      return target === 'ConfigMap'
        ? `${JSON.stringify(key)} is not a valid key name for a ConfigMap: ${problems.join(',')}`
        : `${JSON.stringify(key)} is not valid key name for a Secret ${problems.join(';')}`;
    }
    if (Object.hasOwn(data, key)) {
      return target === 'ConfigMap' ? `cannot add key ${JSON.stringify(key)}, another key by that name already exists in Data for ConfigMap ${JSON.stringify(name)}` : `cannot add key ${key}, another key by that name already exists`;
    }
    data[key] = value;
    return undefined;
  };
  for (const spec of inv.flags.strings('from-file')) {
    const kv = splitKeyValue(spec);
    const [key, path] = kv ?? [baseName(spec), spec];
    const text = inv.ctx.files?.readFile(path);
    if (text === undefined) return fail(`error reading ${path}: no such file or directory`);
    const failure = add(key, text);
    if (failure) return fail(failure);
  }
  for (const lit of inv.flags.strings('from-literal')) {
    // cmdutil.ParseLiteralSource: split at the first `=`, which must not be the first character.
    const kv = splitKeyValue(lit);
    if (!kv) return fail(`invalid literal source ${lit}, expected key=value`);
    const failure = add(kv[0], kv[1]);
    if (failure) return fail(failure);
  }
  for (const path of envFiles) {
    const text = inv.ctx.files?.readFile(path);
    if (text === undefined) return fail(`error reading ${path}: no such file or directory`);
    for (const raw of text.split('\n')) {
      const line = raw.trim();
      if (line === '' || line.startsWith('#')) continue;
      const kv = splitKeyValue(line);
      if (kv) data[kv[0]] = kv[1];
      else data[line] = '';
    }
  }
  return { ok: true, data };
}
