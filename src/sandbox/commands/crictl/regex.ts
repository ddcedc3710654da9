/**
 * crictl's `--name`/`--namespace` filters are Go regular expressions matched anywhere in the name.
 * JavaScript's syntax stands in for RE2's; only the error wording is Go's.
 */
export function regexOf(pattern: string | undefined): RegExp | undefined | string {
  if (!pattern) return undefined;
  try {
    return new RegExp(pattern);
  } catch {
    return `invalid regular expression "${pattern}": error parsing regexp: invalid or unsupported syntax: \`${pattern}\``;
  }
}
