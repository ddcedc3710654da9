import { describe, expect, it } from 'vitest';
import { KeyDecoder } from '../../terminal/key-decoder';
import { echoOf, pasteInput, plainPrompt, terminalInputOf, type KeyPress } from './screen-keys';

const press = (key: string, mods: Partial<KeyPress> = {}): KeyPress => ({ key, ctrlKey: false, altKey: false, metaKey: false, shiftKey: false, ...mods });

describe('terminalInputOf: a key press as the bytes the terminal receives', () => {
  it('types characters, including non-ASCII and astral ones', () => {
    expect(['k', 'K', ' ', '~', 'é', '中', '😀'].map((k) => terminalInputOf(press(k)))).toEqual(['k', 'K', ' ', '~', 'é', '中', '😀']);
  });

  it('sends Enter, Backspace, Tab, Escape, arrows, Home, End and Delete as xterm.js does', () => {
    const keys = ['Enter', 'Backspace', 'Tab', 'Escape', 'ArrowUp', 'ArrowDown', 'ArrowRight', 'ArrowLeft', 'Home', 'End', 'Delete'];
    expect(keys.map((k) => terminalInputOf(press(k)))).toEqual(['\r', '\x7f', '\t', '\x1b', '\x1b[A', '\x1b[B', '\x1b[C', '\x1b[D', '\x1b[H', '\x1b[F', '\x1b[3~']);
  });

  it('sends Ctrl-letters as control characters and Ctrl-arrows as word moves', () => {
    expect(['c', 'u', 'A', 'r'].map((k) => terminalInputOf(press(k, { ctrlKey: true })))).toEqual(['\x03', '\x15', '\x01', '\x12']);
    expect(terminalInputOf(press('ArrowLeft', { ctrlKey: true }))).toBe('\x1b[1;5D');
  });

  it('sends Alt with a character or Backspace as Meta (ESC first)', () => {
    expect(terminalInputOf(press('b', { altKey: true }))).toBe('\x1bb');
    expect(terminalInputOf(press('Backspace', { altKey: true }))).toBe('\x1b\x7f');
  });

  it('leaves the browser its keys: Shift-Tab, paste shortcuts, Cmd-…, function keys, modifiers, IME composition', () => {
    const left = [
      press('Tab', { shiftKey: true }),
      press('v', { ctrlKey: true }),
      press('V', { ctrlKey: true, shiftKey: true }),
      press('c', { metaKey: true }),
      press('F5'),
      press('PageDown'),
      press('Shift', { shiftKey: true }),
      press('Control', { ctrlKey: true }),
      press('Dead'),
      press('a', { isComposing: true }),
    ];
    expect(left.map(terminalInputOf)).toEqual(left.map(() => undefined));
  });

  it("gives input the shell's key decoder reads as the same keys", () => {
    const decode = (data: string | undefined) => new KeyDecoder().feed(data ?? '');
    expect(decode(terminalInputOf(press('Enter')))).toEqual([{ key: 'enter' }]);
    expect(decode(terminalInputOf(press('ArrowUp')))).toEqual([{ key: 'up' }]);
    expect(decode(terminalInputOf(press('Backspace', { altKey: true })))).toEqual([{ key: 'backward-kill-word' }]);
    expect(decode(terminalInputOf(press('ArrowRight', { ctrlKey: true })))).toEqual([{ key: 'word-right' }]);
    expect(decode(pasteInput('a\tb\nc'))).toEqual([{ paste: 'a\tb\nc' }]);
  });
});

describe('pasteInput', () => {
  it('brackets the text, and a pasted end marker cannot end it early', () => {
    expect(pasteInput('kubectl get pods\n')).toBe('\x1b[200~kubectl get pods\n\x1b[201~');
    expect(pasteInput('a\x1b[201~b')).toBe('\x1b[200~ab\x1b[201~');
  });
});

describe('echoOf: what the static screen shows of the keys typed so far', () => {
  it('shows typed characters and pastes, applies Backspace, breaks the line at Enter', () => {
    const typed = [...'kubectl get podz'].concat(['\x7f', 's', '\r', 'l', 's']);
    expect(echoOf(typed)).toBe('kubectl get pods\nls');
    expect(echoOf(['e', pasteInput('cho hi\r\nthere')])).toBe('echo hi\nthere');
  });

  it('leaves out keys it cannot show (the terminal replays them when it is up)', () => {
    expect(echoOf(['a', '\x1b[D', '\t', '\x03', '\x1b', 'b'])).toBe('ab');
    expect(echoOf(['\x7f'])).toBe('');
  });
});

describe('plainPrompt', () => {
  it('drops colour and title escapes a PS1 may carry', () => {
    expect(plainPrompt('controlplane:~$ ')).toBe('controlplane:~$ ');
    expect(plainPrompt('\x1b]0;title\x07\x1b[1;32mme@host\x1b[0m:\x1b[34m~\x1b[0m$ ')).toBe('me@host:~$ ');
    expect(plainPrompt('line one\nline two$ ')).toBe('line one\nline two$ ');
  });
});
