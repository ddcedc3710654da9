import { describe, expect, it } from 'vitest';
import { cleanPaste, KeyDecoder, pasteTokens } from './key-decoder';

const decode = (...chunks: string[]) => {
  const decoder = new KeyDecoder();
  return chunks.flatMap((chunk) => decoder.feed(chunk));
};

describe('KeyDecoder', () => {
  it('groups typed characters and names control keys', () => {
    expect(decode('ls -l\r')).toEqual([{ text: 'ls -l' }, { key: 'enter' }]);
    expect(decode('\x01\x05\x0b\x15\x17\x19\x0c\x12\x03\x04\x7f\x08\t')).toEqual(
      ['home', 'end', 'ctrl-k', 'ctrl-u', 'ctrl-w', 'ctrl-y', 'ctrl-l', 'ctrl-r', 'ctrl-c', 'ctrl-d', 'backspace', 'backspace', 'tab'].map((key) => ({ key })),
    );
  });

  it('reads cursor keys in normal and application mode, tilde keys, and modified arrows', () => {
    expect(decode('\x1b[A\x1bOB\x1b[C\x1bOD\x1b[H\x1bOF\x1b[1~\x1b[4~\x1b[3~\x1b[1;5D\x1b[1;3C')).toEqual(
      ['up', 'down', 'right', 'left', 'home', 'end', 'home', 'end', 'delete', 'word-left', 'word-right'].map((key) => ({ key })),
    );
  });

  it('reads Alt keys as ESC + key, and a lone ESC as Escape', () => {
    expect(decode('\x1bb', '\x1bf', '\x1bd', '\x1b\x7f', '\x1b')).toEqual(
      ['word-left', 'word-right', 'kill-word', 'backward-kill-word', 'escape'].map((key) => ({ key })),
    );
  });

  it('skips sequences it does not know (function keys, focus reports, stray controls)', () => {
    expect(decode('\x1b[15~a\x1b[I\x1bOPb\x00\x1bz')).toEqual([{ text: 'ab' }]);
  });

  it('keeps astral characters whole and treats \\r\\n as one Enter', () => {
    expect(decode('😀x\r\n')).toEqual([{ text: '😀x' }, { key: 'enter' }]);
  });

  it('collects a bracketed paste, even across chunks, with line breaks as \\n', () => {
    expect(decode('\x1b[200~a\r\nb\rc', '\td\x1b[201~e')).toEqual([{ paste: 'a\nb\nc\td' }, { text: 'e' }]);
  });

  it('cleans control characters out of pastes and types them out line by line', () => {
    expect(cleanPaste('a\x1b[31mb\x07\r\nc')).toBe('a[31mb\nc');
    expect(pasteTokens('one\ntwo\n')).toEqual([{ text: 'one' }, { key: 'enter' }, { text: 'two' }, { key: 'enter' }]);
    expect(pasteTokens('\nx')).toEqual([{ key: 'enter' }, { text: 'x' }]);
  });
});
