// How kubectl reads the patch it was given (-p or --patch-file) before sending it: text that looks
// like JSON (starts with `{`) is passed on untouched, anything else is read as YAML and converted
// to JSON (k8s.io/apimachinery's yaml.ToJSON).
// Limit: YAML is parsed by js-yaml (YAML 1.2 core schema), so a YAML syntax error shows js-yaml's
// reason in kubectl's wording.

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { Invocation } from '../../cli/command';
import { messageError, type KubectlError } from '../../cli/errors';
import { goQuote } from '../../printers';

/** The patch text from the flags (validated by the caller), or kubectl's error. */
export function readPatchText(inv: Invocation): string | KubectlError {
  const file = inv.flags.string('patch-file');
  if (file === '') return inv.flags.string('patch');
  const text = inv.ctx.files?.isDir(file) ? undefined : inv.ctx.files?.readFile(file);
  if (text === undefined) {
    const why = inv.ctx.files?.isDir(file) ? `read ${file}: is a directory` : `open ${file}: no such file or directory`;
    return messageError(`unable to read patch file: ${why}`);
  }
  return text;
}

/** yaml.ToJSON; `shown` is what the error quotes (kubectl quotes --patch, even for --patch-file). */
export function patchToJson(text: string, shown: string): string | KubectlError {
  if (text.trimStart().startsWith('{')) return text;
  let value: unknown;
  try {
    value = load(text, { schema: CORE_SCHEMA });
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    return messageError(`unable to parse ${goQuote(shown)}: yaml: line ${e.mark.line + 1}: ${e.reason}`);
  }
  return JSON.stringify(value === undefined ? null : value);
}
