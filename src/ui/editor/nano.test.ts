import { describe, expect, it } from 'vitest';
import { startSession } from './session';
import { typeInto } from './testing';

const CM = 'apiVersion: v1\nkind: ConfigMap\ndata:\n  a: "1"\n';

function nano(keys: string, text = CM) {
  const s = startSession('nano', 'cm.yaml', text);
  const typed = typeInto(s, keys);
  return { s, ...typed, screen: s.screen() };
}

describe('nano keys', () => {
  it('opens with nano\'s title, read message and key help', () => {
    expect(nano('').screen).toEqual({
      title: 'GNU nano 7.2  cm.yaml', modified: false, status: '[ Read 4 lines ]', statusKind: 'info', block: false,
      help: '^O Write Out · ^S Save · ^X Exit · ^K Cut line · ^U Paste · Esc then Tab: leave the text',
    });
    expect(nano('', '').screen.status).toBe('[ New File ]');
  });

  it('exits at once with ^X when nothing changed', () => {
    expect(nano('<C-x>').done).toEqual({ text: undefined });
  });

  it('asks to save a modified buffer on ^X: Y, then the file name, then Enter writes and exits', () => {
    const r = nano('# top<CR><C-x>');
    expect(r.screen).toMatchObject({ status: 'Save modified buffer?', statusKind: 'prompt', help: 'Y Yes · N No · ^C Cancel', modified: true });
    const y = typeInto(r.s, 'y');
    expect(y.done).toBeUndefined();
    expect(r.s.screen()).toMatchObject({ status: 'File Name to Write: cm.yaml', help: 'Enter write · ^C Cancel' });
    expect(typeInto(r.s, '<CR>').done).toEqual({ text: `# top\n${CM}` });
  });

  it('exits without saving on N, and cancels the question on ^C', () => {
    expect(nano('x<C-x>n').done).toEqual({ text: undefined });
    const r = nano('x<C-x><C-c>');
    expect([r.done, r.screen.status, r.s.text]).toEqual([undefined, '[ Cancelled ]', `x${CM}`]);
    expect(nano('x<C-x>q').s.text).toBe(`x${CM}`);
  });

  it('writes with ^O and Enter, or ^S at once, and then exits without asking', () => {
    const r = nano('x<C-o>');
    expect(r.screen.status).toBe('File Name to Write: cm.yaml');
    typeInto(r.s, '<CR>');
    expect(r.s.screen()).toMatchObject({ status: '[ Wrote 4 lines ]', modified: false });
    expect(typeInto(r.s, '<C-x>').done).toEqual({ text: `x${CM}` });
    expect(nano('y<C-s>').screen.status).toBe('[ Wrote 4 lines ]');
    expect(nano('<C-s>', 'one').screen.status).toBe('[ Wrote 1 line ]');
  });

  it('cuts lines with ^K (consecutive cuts add up) and pastes them with ^U', () => {
    const r = nano('<C-k><C-k><Down><Down><C-u><C-s><C-x>');
    expect(r.done).toEqual({ text: 'data:\n  a: "1"\napiVersion: v1\nkind: ConfigMap\n' });
    expect(nano('<C-u>').screen.status).toBe('[ Cutbuffer is empty ]');
  });

  it('indents with two spaces for Tab, but after Esc lets Tab move the focus', () => {
    expect(nano('<Tab>', 'a').s.text).toBe('  a');
    expect(nano('<Esc><Tab>', 'a')).toMatchObject({ passed: ['Tab'] });
    expect(nano('<S-Tab>', 'a').passed).toEqual(['Tab']);
  });
});
