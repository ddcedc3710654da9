/** Values written the way an author would type them in YAML flow style, for "write ..." advice. */

const PLAIN = /^[A-Za-z_/.][\w./:@-]*$/;
const SPECIAL = /^(?:true|false|null|yes|no|on|off|~)$/i;

/** `3`, `nginx:1.27`, `"1.35"`, `[b]`, `{en: Run a pod, zh: 运行一个 Pod}`. */
export function flowYaml(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (typeof value === 'string') return plainString(value) ? value : JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(flowYaml).join(', ')}]`;
  if (typeof value === 'object') {
    return `{${Object.entries(value as Record<string, unknown>).map(([k, v]) => `${k}: ${flowYaml(v)}`).join(', ')}}`;
  }
  return JSON.stringify(value) ?? String(value);
}

/** Text that YAML reads back as the same string without quotes (in flow context too). */
function plainString(s: string): boolean {
  if (SPECIAL.test(s) || /^[-+]?(\d|\.\d)/.test(s)) return false;
  if (PLAIN.test(s)) return true;
  // Words with spaces or non-ASCII letters, but nothing YAML treats as syntax.
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`][^,[\]{}#:]*$/u.test(s) && !s.endsWith(' ') && !/\s#/.test(s);
}

/** A value as an error message shows what it got: `"three"`, `3`, `a list`, `nothing`. */
export function describeValue(value: unknown): string {
  if (value === undefined || value === null) return 'nothing';
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : 'a list';
  return 'a mapping';
}
