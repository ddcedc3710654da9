// The text `kubectl edit` puts in the editor and how it reads it back: the header comment (plus the
// reasons the last save failed), comment stripping (cmdutil.ManualStrip / StripComments), the check
// that something besides comments is left, and the client-side validation that runs before the
// edited objects are decoded.

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import { toCompactJson } from '../../printers';

/** kubectl's editor header (a fact of its behaviour, reproduced as is). */
export const EDIT_HEADER =
  "# Please edit the object below. Lines beginning with a '#' will be ignored,\n" +
  '# and an empty file will abort the edit. If an error occurs while saving this file will be\n' +
  '# reopened with the relevant failures.\n' +
  '#\n';

/** One failure shown in the header: a head line, and optional detail lines. */
export interface EditReason {
  readonly head: string;
  readonly other: readonly string[];
}

/** hashOnLineBreak: continuation lines of a reason stay comments. */
function hashOnLineBreak(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) {
    const ch = s[i] as string;
    out += ch === '\n' && i + 1 < s.length && s[i + 1] !== '#' ? '\n# ' : ch;
  }
  return out;
}

/** editHeader.writeTo. */
export function headerText(reasons: readonly EditReason[]): string {
  let text = EDIT_HEADER;
  for (const r of reasons) {
    text += r.other.length > 0 ? `# ${hashOnLineBreak(r.head)}:\n` : `# ${hashOnLineBreak(r.head)}\n`;
    for (const o of r.other) text += `# * ${hashOnLineBreak(o)}\n`;
    text += '#\n';
  }
  return text;
}

/** cmdutil.ManualStrip: the text without lines that start (after spaces) with `#` (but `#!` stays). */
export function manualStrip(text: string): string {
  const lines = text.split('\n');
  const kept: string[] = [];
  lines.forEach((line, i) => {
    const trimmed = line.trim();
    if (trimmed.startsWith('#') && !trimmed.startsWith('#!')) return;
    kept.push(i < lines.length - 1 ? `${line}\n` : line);
  });
  return kept.join('');
}

/** YAML (or JSON) text to a value, with the `yaml: line N: reason` error kubectl's converter gives. */
export function yamlToValue(text: string): { ok: true; value: unknown } | { ok: false; message: string } {
  try {
    return { ok: true, value: load(text, { schema: CORE_SCHEMA }) ?? null };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    return { ok: false, message: `yaml: line ${e.mark.line + 1}: ${e.reason}` };
  }
}

/** cmdutil.StripComments: the document as sorted JSON when it parses, else the text without comment lines. */
export function stripComments(text: string): string {
  const parsed = yamlToValue(text);
  return parsed.ok ? toCompactJson(parsed.value) : manualStrip(text);
}

/** hasLines: something other than blank lines and comments was saved. */
export function hasLines(text: string): boolean {
  return text.split('\n').some((line) => {
    const t = line.trim();
    return t.length > 0 && !t.startsWith('#');
  });
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The client-side check of the saved text (validation.paramVerifyingSchema): it must parse and name
 * an apiVersion and a kind. Returns the failure text, or undefined when it passes.
 */
export function validateEdited(text: string): string | undefined {
  const parsed = yamlToValue(stripComments(text));
  if (!parsed.ok) return parsed.message;
  const obj = parsed.value;
  if (!isRecord(obj)) return 'invalid object to validate';
  const errors: string[] = [];
  if (obj['apiVersion'] === undefined || obj['apiVersion'] === null) errors.push('apiVersion not set');
  else if (typeof obj['apiVersion'] !== 'string') errors.push("apiVersion isn't string type");
  if (obj['kind'] === undefined || obj['kind'] === null) errors.push('kind not set');
  else if (typeof obj['kind'] !== 'string') errors.push("kind isn't string type");
  if (errors.length === 0) return undefined;
  return errors.length === 1 ? errors[0] : `[${errors.join(', ')}]`;
}
