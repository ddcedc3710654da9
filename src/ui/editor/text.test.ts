import { describe, expect, it } from 'vitest';
import { cutLines, indentOf, lineCount, lineOf, offsetOfLine, utf8Length } from './text';

describe('editor text helpers', () => {
  it('counts lines as editors do: a final newline ends a line', () => {
    expect([lineCount(''), lineCount('a'), lineCount('a\n'), lineCount('a\nb'), lineCount('a\n\n')]).toEqual([0, 1, 1, 2, 2]);
  });

  it('finds lines and offsets', () => {
    expect([lineOf('a\nbc\nd', 0), lineOf('a\nbc\nd', 3), lineOf('a\nbc\nd', 5)]).toEqual([0, 1, 2]);
    expect([offsetOfLine('a\nbc\nd', 2), offsetOfLine('a\nbc\nd', 9)]).toEqual([5, 5]);
    expect(indentOf('a:\n    b: 1', 9)).toBe('    ');
  });

  it('cuts whole lines, the last one with the newline before it', () => {
    expect(cutLines('a\nb\nc\n', 2, 1)).toEqual({ text: 'a\nc\n', cut: 'b\n', cursor: 2 });
    expect(cutLines('a\nb\nc', 4, 1)).toEqual({ text: 'a\nb', cut: 'c\n', cursor: 2 });
    expect(cutLines('a\nb\n', 0, 9)).toEqual({ text: '', cut: 'a\nb\n', cursor: 0 });
  });

  it('measures UTF-8 bytes as vim reports them', () => {
    expect(utf8Length('aé中😀')).toBe(1 + 2 + 3 + 4);
  });
});
