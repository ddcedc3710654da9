import { describe, expect, it } from 'vitest';
import { startSession } from './session';
import { typeInto } from './testing';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: web\n    image: nginx\n';

function vi(keys: string, text = POD) {
  const s = startSession('vi', 'pod.yaml', text);
  const typed = typeInto(s, keys);
  return { s, ...typed, screen: s.screen() };
}

describe('vi keys', () => {
  it('opens in normal mode with vim\'s file message and a block cursor', () => {
    const { screen } = vi('');
    expect(screen).toEqual({
      title: 'vi pod.yaml', modified: false, status: '"pod.yaml" 8L, 98B', statusKind: 'info', block: true,
      help: 'i insert · Esc normal mode · :w write · :wq write and quit · :q! quit without saving · dd delete line · u undo · Tab: leave the text',
    });
    expect(vi('', '').screen.status).toBe('"pod.yaml" [New]');
  });

  it('types in insert mode, leaves it with Esc and saves with :wq', () => {
    const r = vi('G$bcwhttpd<Esc>:wq<CR>');
    expect(r.done).toEqual({ text: POD.replace('    image: nginx', '    image: httpd') });
    expect(r.passed).toEqual(['h', 't', 't', 'p', 'd']);
  });

  it('refuses :q on a modified buffer, quits with :q! and returns nothing written', () => {
    const r = vi('ddx:q<CR>');
    expect(r.done).toBeUndefined();
    expect([r.screen.status, r.screen.statusKind, r.screen.modified]).toEqual(['E37: No write since last change (add ! to override)', 'error', true]);
    expect(typeInto(r.s, ':q!<CR>').done).toEqual({ text: undefined });
  });

  it('writes with :w and keeps what was written when quitting later with :q!', () => {
    const r = vi('dd:w<CR>');
    expect([r.screen.status, r.screen.modified]).toEqual(['"pod.yaml" 7L, 83B written', false]);
    expect(typeInto(r.s, 'dd:q!<CR>').done).toEqual({ text: POD.slice(POD.indexOf('\n') + 1) });
  });

  it('saves with :x and ZZ only when modified, quits with ZQ', () => {
    expect(vi(':x<CR>').done).toEqual({ text: undefined });
    expect(vi('ZZ').done).toEqual({ text: undefined });
    expect(vi('xZZ').done).toEqual({ text: POD.slice(1) });
    expect(vi('xZQ').done).toEqual({ text: undefined });
    expect(vi(':wq<CR>').done).toEqual({ text: POD });
  });

  it('opens lines below and above with the indentation of the current one', () => {
    const r = vi('7Goresources: {}<Esc>ggOa: 1<Esc>:wq<CR>');
    expect(r.done?.text).toBe(`a: 1\n${POD.replace('  - name: web\n', '  - name: web\n  resources: {}\n')}`);
  });

  it('deletes lines with counts, pastes them back and undoes', () => {
    expect(vi('2dd:wq<CR>').done?.text).toBe(POD.split('\n').slice(2).join('\n'));
    expect(vi('ddp:wq<CR>').done?.text).toBe(`kind: Pod\napiVersion: v1\n${POD.split('\n').slice(2).join('\n')}`);
    expect(vi('yyP:wq<CR>').done?.text).toBe(`apiVersion: v1\n${POD}`);
    expect(vi('ddxuu:x<CR>').done).toEqual({ text: undefined });
    expect(vi('ddu<C-r>:wq<CR>').done?.text).toBe(POD.slice(POD.indexOf('\n') + 1));
    expect(vi('u').screen.status).toBe('Already at oldest change');
  });

  it('deletes the last line and keeps the cursor on the text', () => {
    const r = vi('Gdd', 'a\nb\nc');
    expect([r.s.text, r.s.cursor]).toEqual(['a\nb', 2]);
    expect(vi('Gdd', 'a\nb\nc\n').s.cursor).toBe(2);
  });

  it('moves with h j k l, arrows, w b e, 0 $ ^, gg and G', () => {
    const at = (keys: string) => vi(keys).s.cursor;
    expect(at('jjj')).toBe(POD.indexOf('  name'));
    expect(at('jjj$')).toBe(POD.indexOf('web\n') + 2);
    expect(at('jjj^')).toBe(POD.indexOf('name: web'));
    expect(at('4Gw')).toBe(POD.indexOf(': web'));
    expect(at('4Gwwb')).toBe(POD.indexOf(': web'));
    expect(at('<Down><Right><Right>l')).toBe(POD.indexOf('kind') + 3);
    expect(at('lllllllllllllllllllll')).toBe(POD.indexOf('v1') + 1);
    expect(at('Gkgg')).toBe(0);
    expect(at('e')).toBe('apiVersion'.length - 1);
    expect(at('jj0k$')).toBe(POD.indexOf('Pod') + 2);
  });

  it('replaces, joins, changes to the end of the line and deletes words', () => {
    expect(vi('jwwrX:wq<CR>').done?.text).toBe(POD.replace('Pod', 'Xod'));
    expect(vi('jjJ:wq<CR>').done?.text).toBe(POD.replace('metadata:\n  name', 'metadata: name'));
    expect(vi('jwwCService<Esc>:wq<CR>').done?.text).toBe(POD.replace('Pod', 'Service'));
    expect(vi('dw:wq<CR>').done?.text).toBe(POD.replace('apiVersion', ''));
  });

  it('searches with / and n, wrapping around', () => {
    const r = vi('/web<CR>');
    expect([r.s.cursor, r.screen.status]).toEqual([POD.indexOf('web'), '/web']);
    const again = typeInto(r.s, 'n');
    expect(again.done).toBeUndefined();
    expect(r.s.cursor).toBe(POD.lastIndexOf('web'));
    typeInto(r.s, 'n');
    expect([r.s.cursor, r.s.screen().status]).toEqual([POD.indexOf('web'), 'search hit BOTTOM, continuing at TOP']);
    expect(vi('/nope<CR>').screen.status).toBe('E486: Pattern not found: nope');
  });

  it('edits the command line and tells unknown commands', () => {
    expect(vi(':wx<BS>q<CR>').done).toEqual({ text: POD });
    expect(vi(':foo<CR>').screen.status).toBe('E492: Not an editor command: foo');
    expect(vi(':set paste<CR>').screen).toMatchObject({ status: '', statusKind: 'info' });
    expect(vi(':<BS>').screen.status).toBe('');
    expect(vi(':wq<Esc>').done).toBeUndefined();
    expect(vi('5:3<CR>').s.cursor).toBe(POD.indexOf('metadata'));
    expect(vi(':w other.yaml<CR>').screen.status).toBe('Only "pod.yaml" can be written in this editor');
  });

  it('never types into the text in normal mode, and lets Tab and Shift-Tab move the focus', () => {
    const r = vi('qzQ;<Tab><S-Tab>');
    expect([r.s.text, r.passed]).toEqual([POD, ['Tab', 'Tab']]);
  });

  it('indents with two spaces for Tab and keeps the indentation on Enter in insert mode', () => {
    expect(vi('Go<Tab>- x<CR>- y<Esc>:wq<CR>', 'a:\n').done?.text).toBe('a:\n  - x\n  - y\n');
    expect(vi('i<S-Tab>').passed).toEqual(['Tab']);
    expect(vi('i').screen).toMatchObject({ status: '-- INSERT --', block: false });
  });
});
