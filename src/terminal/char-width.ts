// How many terminal cells a character takes. The editor lays out the line itself (to move the cursor
// across wrapped rows), so it must agree with xterm.js, whose default width table is Unicode 6
// (Markus Kuhn's wcwidth): East Asian wide and fullwidth characters take two cells, combining marks
// none, everything else one. Emoji are one cell in that table, so they are one cell here too.

/** [first, last] code point ranges that take two cells. */
const WIDE: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x115f], [0x2329, 0x232a], [0x2e80, 0x303e], [0x3040, 0xa4cf], [0xac00, 0xd7a3],
  [0xf900, 0xfaff], [0xfe10, 0xfe19], [0xfe30, 0xfe6f], [0xff00, 0xff60], [0xffe0, 0xffe6],
  [0x20000, 0x2fffd], [0x30000, 0x3fffd],
];

/** The common zero-width ranges: combining diacritics, zero-width spaces and joiners, variation selectors. */
const ZERO: ReadonlyArray<readonly [number, number]> = [
  [0x0300, 0x036f], [0x0483, 0x0489], [0x0591, 0x05bd], [0x0610, 0x0615], [0x064b, 0x065e],
  [0x0e31, 0x0e31], [0x0e34, 0x0e3a], [0x0e47, 0x0e4e], [0x1160, 0x11ff], [0x1dc0, 0x1dff],
  [0x200b, 0x200f], [0x202a, 0x202e], [0x2060, 0x2063], [0x20d0, 0x20ef], [0x302a, 0x302f],
  [0x3099, 0x309a], [0xfe00, 0xfe0f], [0xfe20, 0xfe23], [0xfeff, 0xfeff], [0xe0100, 0xe01ef],
];

const inRanges = (cp: number, ranges: ReadonlyArray<readonly [number, number]>): boolean =>
  ranges.some(([first, last]) => cp >= first && cp <= last);

/** Cells taken by one code point: 0, 1 or 2. Control characters take none. */
export function codePointWidth(cp: number): 0 | 1 | 2 {
  if (cp < 0x20 || (cp >= 0x7f && cp < 0xa0)) return 0;
  if (cp < 0x300) return 1;
  if (inRanges(cp, ZERO)) return 0;
  return inRanges(cp, WIDE) ? 2 : 1;
}

/**
 * Splits text into glyphs: one code point plus the zero-width marks that follow it, so that the
 * cursor never stops between a letter and its accent or inside a surrogate pair.
 */
export function splitGlyphs(text: string): string[] {
  const glyphs: string[] = [];
  for (const ch of text) {
    const cp = ch.codePointAt(0) ?? 0;
    const last = glyphs.length - 1;
    if (last >= 0 && cp >= 0x300 && codePointWidth(cp) === 0 && glyphs[last] !== '\n' && glyphs[last] !== '\t') {
      glyphs[last] += ch;
    } else {
      glyphs.push(ch);
    }
  }
  return glyphs;
}

/** Cells taken by a glyph (its first code point decides). */
export function glyphWidth(glyph: string): 0 | 1 | 2 {
  return codePointWidth(glyph.codePointAt(0) ?? 0);
}

/** Cells taken by plain text without escape sequences or line breaks. */
export function textWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += codePointWidth(ch.codePointAt(0) ?? 0);
  return width;
}
