import { describe, expect, it } from 'vitest';
import { codePointWidth, splitGlyphs, textWidth } from './char-width';

describe('character widths (as xterm.js counts them)', () => {
  it('counts CJK, Hangul and fullwidth forms as two cells, combining marks as none', () => {
    expect(['a', '日', '한', 'Ａ', 'ー', '\u0301', '\u200b', '\x07'].map((ch) => codePointWidth(ch.codePointAt(0) ?? 0))).toEqual([1, 2, 2, 2, 2, 0, 0, 0]);
    expect(textWidth('kubectl 日本語')).toBe(14);
  });

  it('keeps a combining mark with its letter, and surrogate pairs whole', () => {
    expect(splitGlyphs('e\u0301a😀')).toEqual(['e\u0301', 'a', '😀']);
    expect(splitGlyphs('\n\u0301')).toEqual(['\n', '\u0301']);
  });
});
