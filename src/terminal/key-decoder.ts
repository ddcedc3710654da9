// Turns the bytes xterm.js sends (its onData strings) into editing keys. xterm.js delivers one key or
// one paste per chunk, so a lone ESC at the end of a chunk is the Escape key, not half a sequence.
// Only a bracketed paste may span chunks: its end marker is awaited before the paste is reported.

export type KeyName =
  | 'enter' | 'tab' | 'backspace' | 'delete' | 'escape'
  | 'left' | 'right' | 'up' | 'down' | 'home' | 'end'
  | 'word-left' | 'word-right' | 'kill-word' | 'backward-kill-word'
  | 'ctrl-c' | 'ctrl-d' | 'ctrl-g' | 'ctrl-k' | 'ctrl-l' | 'ctrl-r' | 'ctrl-u' | 'ctrl-w' | 'ctrl-y';

/** One unit of input: a key, a run of typed characters, or a paste (line breaks normalised to \n). */
export type InputToken = { key: KeyName } | { text: string } | { paste: string };

const CONTROL_KEYS: Readonly<Record<string, KeyName>> = {
  '\x01': 'home', '\x02': 'left', '\x03': 'ctrl-c', '\x04': 'ctrl-d', '\x05': 'end', '\x06': 'right',
  '\x07': 'ctrl-g', '\x08': 'backspace', '\t': 'tab', '\n': 'enter', '\x0b': 'ctrl-k', '\x0c': 'ctrl-l',
  '\r': 'enter', '\x0e': 'down', '\x10': 'up', '\x12': 'ctrl-r', '\x15': 'ctrl-u', '\x17': 'ctrl-w',
  '\x19': 'ctrl-y', '\x7f': 'backspace',
};

/** Final byte of a CSI or SS3 sequence (no parameters, or only a modifier) to key. */
const CURSOR_KEYS: Readonly<Record<string, KeyName>> = {
  A: 'up', B: 'down', C: 'right', D: 'left', H: 'home', F: 'end',
};

/** Parameter of a `CSI n ~` sequence to key. */
const TILDE_KEYS: Readonly<Record<string, KeyName>> = {
  '1': 'home', '7': 'home', '4': 'end', '8': 'end', '3': 'delete',
};

/** Alt (Meta) + key, which xterm.js sends as ESC followed by the key. */
const META_KEYS: Readonly<Record<string, KeyName>> = {
  b: 'word-left', f: 'word-right', d: 'kill-word', '\x7f': 'backward-kill-word', '\x08': 'backward-kill-word',
};

const PASTE_START = '\x1b[200~';
const PASTE_END = '\x1b[201~';
const CSI = /^\x1b\[([0-9;]*)([\x20-\x2f]*)([\x40-\x7e])/;
const SS3 = /^\x1bO([\x40-\x7e])/;

/** Drops what a paste must not carry into the line: control characters other than tab and newline. */
export function cleanPaste(text: string): string {
  return text.replace(/\r\n?/g, '\n').replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, '');
}

export class KeyDecoder {
  /** Text of a bracketed paste whose end marker has not arrived yet, or null. */
  private paste: string | null = null;

  feed(chunk: string): InputToken[] {
    const tokens: InputToken[] = [];
    let rest = chunk;
    while (rest.length > 0) {
      if (this.paste !== null) {
        const end = rest.indexOf(PASTE_END);
        if (end < 0) return (this.paste += rest), tokens;
        tokens.push({ paste: cleanPaste(this.paste + rest.slice(0, end)) });
        this.paste = null;
        rest = rest.slice(end + PASTE_END.length);
        continue;
      }
      if (rest.startsWith(PASTE_START)) {
        this.paste = '';
        rest = rest.slice(PASTE_START.length);
        continue;
      }
      const [token, length] = readOne(rest);
      if (token) pushToken(tokens, token);
      rest = rest.slice(length);
    }
    return tokens;
  }
}

/** Merges consecutive characters into one text token, so a plain paste is inserted in one redraw. */
function pushToken(tokens: InputToken[], token: InputToken): void {
  const last = tokens[tokens.length - 1];
  if (last && 'text' in last && 'text' in token) last.text += token.text;
  else tokens.push(token);
}

/** The first token in `data` and how many UTF-16 units it used (an unknown sequence gives no token). */
function readOne(data: string): [InputToken | null, number] {
  const first = data[0] ?? '';
  if (first === '\x1b') return readEscape(data);
  if (first === '\r' && data[1] === '\n') return [{ key: 'enter' }, 2];
  const control = CONTROL_KEYS[first];
  if (control) return [{ key: control }, 1];
  const code = first.charCodeAt(0);
  if (code < 0x20 || (code >= 0x80 && code < 0xa0)) return [null, 1];
  const length = code >= 0xd800 && code < 0xdc00 && data.length > 1 ? 2 : 1;
  return [{ text: data.slice(0, length) }, length];
}

function readEscape(data: string): [InputToken | null, number] {
  if (data.length === 1) return [{ key: 'escape' }, 1];
  const csi = CSI.exec(data);
  if (csi) {
    const [all, params = '', , final = ''] = csi;
    const [first = '', modifier = ''] = params.split(';');
    // Ctrl (5) or Alt (3) with ←/→ moves by words, as in most terminals' readline setup.
    if ((final === 'C' || final === 'D') && (modifier === '5' || modifier === '3')) {
      return [{ key: final === 'C' ? 'word-right' : 'word-left' }, all.length];
    }
    const key = final === '~' ? TILDE_KEYS[first] : modifier === '' ? CURSOR_KEYS[final] : undefined;
    return [key ? { key } : null, all.length];
  }
  const ss3 = SS3.exec(data);
  if (ss3) {
    const key = CURSOR_KEYS[ss3[1] ?? ''];
    return [key ? { key } : null, ss3[0].length];
  }
  const second = data[1] ?? '';
  if (second === '\x1b') return [{ key: 'escape' }, 1];
  const meta = META_KEYS[second];
  return [meta ? { key: meta } : null, 2];
}

/** A paste typed out: its lines, each followed by Enter except the last (which stays in the line). */
export function pasteTokens(text: string): InputToken[] {
  const tokens: InputToken[] = [];
  const lines = text.split('\n');
  lines.forEach((line, index) => {
    if (line !== '') tokens.push({ text: line });
    if (index < lines.length - 1) tokens.push({ key: 'enter' });
  });
  return tokens;
}
