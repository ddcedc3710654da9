/** Element ids unique within a build, for the markup of components that a page may hold several times. */
let counter = 0;

export function nextDomId(prefix: string): string {
  counter += 1;
  return `${prefix}-${counter}`;
}
