import { describe, expect, it } from 'vitest';
import { History } from './history';
import { Harness, KEY, writes } from './test-harness';

const started = (options: ConstructorParameters<typeof Harness>[0] = {}): Harness => {
  const harness = new Harness(options);
  harness.start();
  return harness;
};

describe('typing and moving', () => {
  it('echoes typed text and inserts at the cursor, redrawing only the tail', () => {
    const h = started();
    expect(h.type('helo')).toEqual([{ write: 'helo' }]);
    expect(h.type(KEY.left)).toEqual([{ write: '\x1b[1D' }]);
    expect(h.type('l')).toEqual([{ write: '\x1b[Jlo\x1b[1D' }]);
    expect([h.editor.line, h.editor.cursor]).toEqual(['hello', 4]);
  });

  it('moves with arrows, Home/End and Ctrl-A/E/B/F', () => {
    const h = started();
    h.type('abc');
    expect(writes(h.type(KEY.home))).toBe('\x1b[3D');
    expect(writes(h.type(KEY.right))).toBe('\x1b[1C');
    expect(writes(h.type(KEY.end))).toBe('\x1b[2C');
    expect(writes(h.type(KEY.ctrlA))).toBe('\x1b[3D');
    expect(writes(h.type(KEY.ctrlF, KEY.ctrlF))).toBe('\x1b[1C\x1b[1C');
    expect(writes(h.type(KEY.ctrlB))).toBe('\x1b[1D');
    expect(writes(h.type(KEY.ctrlE))).toBe('\x1b[2C');
    // Nothing to do at the ends of the line: nothing is written.
    expect(h.type(KEY.right, KEY.ctrlE)).toEqual([]);
    expect(h.editor.cursor).toBe(3);
  });

  it('deletes with Backspace, Delete and Ctrl-D on a non-empty line', () => {
    const h = started();
    h.type('abcd', KEY.left, KEY.left);
    expect(writes(h.type(KEY.backspace))).toBe('\x1b[1D\x1b[Jcd\x1b[2D');
    expect(writes(h.type(KEY.delete))).toBe('\x1b[Jd\x1b[1D');
    expect(writes(h.type(KEY.ctrlD))).toBe('\x1b[J');
    expect(h.type(KEY.ctrlD)).toEqual([]);
    expect(h.editor.line).toBe('a');
  });

  it('moves by words with Alt-B and Alt-F, over letters and digits only', () => {
    const h = started();
    h.type('kubectl get pod/web-1');
    h.type(KEY.altB);
    expect(h.editor.cursor).toBe(20);
    h.type(KEY.altB);
    expect(h.editor.cursor).toBe(16);
    h.type(KEY.altB, KEY.altB);
    expect(h.editor.cursor).toBe(8);
    h.type(KEY.altF);
    expect(h.editor.cursor).toBe(11);
    h.type('\x1b[1;5C'); // Ctrl-→ as xterm.js sends it
    expect(h.editor.cursor).toBe(15);
  });
});

describe('killing and yanking', () => {
  it('Ctrl-K kills to the end, Ctrl-U to the start, Ctrl-Y yanks the last kill', () => {
    const h = started();
    h.type('echo hello world', KEY.altB);
    expect(writes(h.type(KEY.ctrlK))).toBe('\x1b[J');
    h.type(KEY.ctrlA);
    expect(writes(h.type(KEY.ctrlY))).toBe('\x1b[Jworldecho hello \x1b[11D');
    expect(h.editor.line).toBe('worldecho hello ');
    h.type(KEY.ctrlE, KEY.ctrlU);
    expect(h.editor.line).toBe('');
    h.type(KEY.ctrlY);
    expect(h.editor.line).toBe('worldecho hello ');
  });

  it('Ctrl-W kills the previous whitespace-delimited word; consecutive kills yank together', () => {
    const h = started();
    h.type('kubectl get  pods -o wide');
    expect(writes(h.type(KEY.ctrlW))).toBe('\x1b[4D\x1b[J');
    h.type(KEY.ctrlW, KEY.ctrlW);
    expect(h.editor.line).toBe('kubectl get  ');
    h.type('x', KEY.ctrlY);
    expect(h.editor.line).toBe('kubectl get  xpods -o wide');
  });

  it('Alt-D kills the next word and Alt-Backspace the previous one (letters and digits)', () => {
    const h = started();
    h.type('run web-1 now', KEY.ctrlA, KEY.altD);
    expect(h.editor.line).toBe(' web-1 now');
    h.type(KEY.ctrlE, KEY.altBackspace);
    expect(h.editor.line).toBe(' web-1 ');
    h.type(KEY.altBackspace);
    expect(h.editor.line).toBe(' web-');
  });
});

describe('Enter, Ctrl-C, Ctrl-L, Ctrl-D', () => {
  it('submits the line, records it in history and waits for the next prompt', () => {
    const h = started();
    expect(h.type('kubectl get pods', KEY.enter)).toEqual([
      { write: 'kubectl get pods' },
      { write: '\r\n' },
      { submit: 'kubectl get pods' },
    ]);
    expect(h.editor.mode).toBe('waiting');
    expect(h.editor.history.entries).toEqual(['kubectl get pods']);
  });

  it('moves past the end of a wrapped line before the newline, even with the cursor at the start', () => {
    const h = started({ cols: 10 });
    h.type('0123456789abc', KEY.home);
    expect(h.type(KEY.enter)).toEqual([{ write: '\x1b[1B\x1b[3C\r\n' }, { submit: '0123456789abc' }]);
  });

  it('shows a new prompt for an empty line without submitting anything', () => {
    const h = started();
    h.type('   ');
    expect(h.type(KEY.enter)).toEqual([{ write: '\r\n$ ' }]);
    expect(h.editor.history.length).toBe(0);
  });

  it('Ctrl-C prints ^C at the end of the line, discards it and interrupts', () => {
    const h = started();
    expect(h.type('kubectl', KEY.home, KEY.ctrlC)).toEqual([
      { write: 'kubectl' },
      { write: '\x1b[7D' },
      { write: '\x1b[7C^C\r\n$ ' },
      { interrupt: true },
    ]);
    expect(h.editor.line).toBe('');
  });

  it('Ctrl-L clears the screen and draws the prompt and line at the top, cursor kept', () => {
    const h = started();
    expect(h.type('ls -l', KEY.left, KEY.ctrlL)).toEqual([
      { write: 'ls -l' },
      { write: '\x1b[1D' },
      { clear: true },
      { write: '$ ls -l\x1b[1D' },
    ]);
  });

  it('Ctrl-D on an empty line echoes exit and ends input', () => {
    const h = started();
    expect(h.type(KEY.ctrlD)).toEqual([{ write: 'exit\r\n' }, { eof: true }]);
    expect(h.editor.mode).toBe('waiting');
  });
});

describe('history', () => {
  it('walks history with ↑/↓ and keeps the draft and edits to recalled lines', () => {
    const h = started({ history: new History(['ls', 'kubectl get pods']) });
    h.type('draft');
    expect(writes(h.type(KEY.up))).toBe('\x1b[5D\x1b[Jkubectl get pods');
    h.type(KEY.backspace, KEY.backspace);
    h.type(KEY.up);
    expect(h.editor.line).toBe('ls');
    h.type(KEY.up); // no older entry: nothing happens
    expect(h.editor.line).toBe('ls');
    h.type(KEY.down);
    expect(h.editor.line).toBe('kubectl get po');
    h.type(KEY.down);
    expect(h.editor.line).toBe('draft');
    h.type(KEY.down);
    expect(h.editor.line).toBe('draft');
  });

  it('forgets edits to recalled lines once a line is submitted', () => {
    const h = started({ history: new History(['ls -l']) });
    h.type(KEY.up, KEY.backspace, KEY.backspace, KEY.enter);
    expect(h.editor.history.entries).toEqual(['ls -l', 'ls ']);
    h.start();
    h.type(KEY.up, KEY.up);
    expect(h.editor.line).toBe('ls -l');
  });

  it('does not record a line starting with a space', () => {
    const h = started();
    h.type(' export TOKEN=secret', KEY.enter);
    expect(h.editor.history.length).toBe(0);
  });
});

describe('multi-line commands', () => {
  const heredocOpen = (text: string): boolean => {
    const match = /<<\s*'?(\w+)'?/.exec(text);
    return match !== null && !text.split('\n').slice(1).includes(match[1] ?? '');
  };

  it('asks for more lines with "> " while needsMoreInput says so, then submits them together', () => {
    const h = started({ needsMoreInput: heredocOpen });
    expect(h.type('cat <<EOF', KEY.enter)).toEqual([{ write: 'cat <<EOF' }, { write: '\r\n> ' }]);
    h.type('hello', KEY.enter);
    expect(h.type('EOF', KEY.enter)).toEqual([{ write: 'EOF' }, { write: '\r\n' }, { submit: 'cat <<EOF\nhello\nEOF' }]);
    expect(h.editor.history.entries).toEqual(['cat <<EOF\nhello\nEOF']);
  });

  it('Ctrl-C abandons all the lines; Ctrl-D on an empty continuation line submits what there is', () => {
    const h = started({ needsMoreInput: heredocOpen });
    h.type('cat <<EOF', KEY.enter, 'x', KEY.ctrlC);
    expect(h.output).toBe('$ cat <<EOF\r\n> x^C\r\n$ ');
    h.type('cat <<EOF', KEY.enter, 'y', KEY.enter);
    expect(h.type(KEY.ctrlD)).toEqual([{ write: '\r\n' }, { submit: 'cat <<EOF\ny' }]);
  });
});

describe('paste and type-ahead', () => {
  it('inserts a one-line bracketed paste as text, tabs included', () => {
    const h = started();
    expect(h.type(KEY.paste('a\tb'))).toEqual([{ write: 'a     b' }]);
    expect(h.editor.line).toBe('a\tb');
  });

  it('runs a multi-line paste one command at a time, the rest waiting as type-ahead', () => {
    const h = started();
    expect(h.type(KEY.paste('echo one\r\necho two\necho thr'))).toEqual([
      { write: 'echo one\r\n' },
      { submit: 'echo one' },
    ]);
    expect(h.start()).toEqual([{ write: '$ echo two\r\n' }, { submit: 'echo two' }]);
    expect(h.start()).toEqual([{ write: '$ echo thr' }]);
  });

  it('treats a plain (unbracketed) multi-line paste the same way', () => {
    const h = started();
    h.type('ls\rpwd\r');
    expect(h.effects.filter((effect) => 'submit' in effect)).toEqual([{ submit: 'ls' }]);
    h.start();
    expect(h.effects.filter((effect) => 'submit' in effect)).toEqual([{ submit: 'ls' }, { submit: 'pwd' }]);
  });

  it('keeps a pasted heredoc together as one command', () => {
    const h = started({ needsMoreInput: (text) => /<<EOF/.test(text) && !/\nEOF$/.test(text) });
    const effects = h.type(KEY.paste('kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nEOF\nkubectl get pods\n'));
    expect(effects.filter((effect) => 'submit' in effect)).toEqual([
      { submit: 'kubectl apply -f - <<EOF\napiVersion: v1\nkind: Pod\nEOF' },
    ]);
    expect(h.output).toBe('$ kubectl apply -f - <<EOF\r\n> apiVersion: v1\r\n> kind: Pod\r\n> EOF\r\n');
    expect(h.start()).toEqual([{ write: '$ kubectl get pods\r\n' }, { submit: 'kubectl get pods' }]);
  });

  it('keeps keys typed while a command runs and replays them at the next prompt', () => {
    const h = started();
    h.type('sleep 5', KEY.enter);
    expect(h.type('ls', KEY.left)).toEqual([]);
    expect(h.start()).toEqual([{ write: '$ ls\x1b[1D' }]);
  });

  it('Ctrl-C while a command runs echoes ^C, interrupts it and drops the type-ahead', () => {
    const h = started();
    h.type('sleep 5', KEY.enter, 'ls');
    expect(h.type(KEY.ctrlC)).toEqual([{ write: '^C' }, { interrupt: true }]);
    expect(h.start()).toEqual([{ write: '$ ' }]);
  });
});
