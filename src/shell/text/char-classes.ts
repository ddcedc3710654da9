/**
 * The POSIX character classes (`[[:alpha:]]`, `[[:space:]]`…) of the C locale, as the body of a
 * JavaScript bracket expression: shared by shell patterns (globs, `${x%pattern}`) and by the
 * regular expressions of grep, sed and awk.
 */

const POSIX_CLASSES: Readonly<Record<string, string>> = {
  alpha: 'A-Za-z',
  digit: '0-9',
  alnum: 'A-Za-z0-9',
  upper: 'A-Z',
  lower: 'a-z',
  space: ' \\t\\n\\r\\f\\v',
  blank: ' \\t',
  punct: '!-\\/:-@\\[-`{-~',
  xdigit: '0-9A-Fa-f',
  cntrl: '\\x00-\\x1f\\x7f',
  print: ' -~',
  graph: '!-~',
};

/** bash's patterns also know `[[:word:]]` (letters, digits and `_`); POSIX regular expressions do not. */
const BASH_PATTERN_CLASSES: Readonly<Record<string, string>> = { ...POSIX_CLASSES, word: 'A-Za-z0-9_' };

/** The bracket-expression body of the class `name` in a POSIX regular expression; undefined if unknown. */
export function regexClass(name: string): string | undefined {
  return Object.hasOwn(POSIX_CLASSES, name) ? POSIX_CLASSES[name] : undefined;
}

/** The bracket-expression body of the class `name` in a shell pattern; undefined if unknown. */
export function patternClass(name: string): string | undefined {
  return Object.hasOwn(BASH_PATTERN_CLASSES, name) ? BASH_PATTERN_CLASSES[name] : undefined;
}
