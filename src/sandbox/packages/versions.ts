/** Debian version comparison as far as these repositories need it, and apt's `pkg=1.35.*` patterns. */

/** dpkg's ordering for versions made of numbers, dots, hyphens and letters. */
export function compareDebVersions(a: string, b: string): number {
  const split = (v: string) => v.split(/([0-9]+)/).filter((s) => s !== '');
  const pa = split(a);
  const pb = split(b);
  for (let i = 0; i < Math.max(pa.length, pb.length); i++) {
    const x = pa[i] ?? '';
    const y = pb[i] ?? '';
    if (x === y) continue;
    const nx = /^\d+$/.test(x);
    const ny = /^\d+$/.test(y);
    if (nx && ny) return Number(x) - Number(y);
    return x < y ? -1 : 1;
  }
  return 0;
}

/** Whether `version` matches what was asked for after `=`: exact, or a glob with `*` and `?`. */
export function versionMatches(pattern: string, version: string): boolean {
  if (!/[*?]/.test(pattern)) return pattern === version;
  const re = new RegExp(`^${pattern.replace(/[.+^${}()|[\]\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.')}$`);
  return re.test(version);
}
