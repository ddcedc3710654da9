import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { listGoldens, loadGolden } from './golden';
import { recoverCells } from './table-cells.test-util';
import { TabWriter, newDescribeTabWriter, newKubectlTabWriter, renderKubectlTable } from './tabwriter';

const read = (p: string) => readFileSync(p, 'utf8');

describe('TabWriter mechanics', () => {
  it('pads every cell but the last of a line, with minwidth and padding', () => {
    expect(renderKubectlTable([['NAME', 'READY', 'AGE'], ['a', '0/1', '5s']])).toBe(
      'NAME   READY   AGE\na      0/1     5s\n',
    );
  });

  it('honours minwidth 6 for narrow columns', () => {
    expect(renderKubectlTable([['a', '0/1', 'x'], ['b', '1/1', 'y']])).toBe('a     0/1   x\nb     1/1   y\n');
  });

  it('pads the cell before an empty last cell, leaving trailing spaces', () => {
    expect(renderKubectlTable([['NAME', 'APP', 'RUN'], ['web', 'nginx', ''], ['x', '', 'x']])).toBe(
      'NAME   APP     RUN\nweb    nginx   \nx              x\n',
    );
  });

  it('counts code points, not bytes or UTF-16 units', () => {
    expect(renderKubectlTable([['NAMEXYZ', 'B'], ['µµµµ😀', 'c']])).toBe('NAMEXYZ   B\nµµµµ😀     c\n');
  });

  it('aligns columns per block of consecutive lines that have the column', () => {
    const w = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: '.' });
    w.write('aaaa\tbbb\td\naa\tb\tdd\na\naa\tcccc\teee\n');
    expect(w.flush()).toBe('aaaa.bbb.d\naa...b...dd\na\naa.cccc.eee\n');
  });

  it('releases output early at a single-cell line, and always at a form feed', () => {
    const w = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1 });
    w.write('a\tb\nsingle\nccc\t');
    expect(w.flush()).toBe('a b\nsingle\nccc');
    w.write('x\ty\fzz\tw\n');
    expect(w.flush()).toBe('x y\nzz w\n');
  });

  it('keeps text without a trailing newline unterminated', () => {
    const w = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 2 });
    w.write('k:\tv\nkey:\tvalue');
    expect(w.flush()).toBe('k:    v\nkey:  value');
  });

  it('remembers widths across flushes only when asked (liggitt RememberWidths)', () => {
    const remembering = newKubectlTabWriter();
    remembering.write('NAME\tAGE\na\t1s\n');
    expect(remembering.flush()).toBe('NAME   AGE\na      1s\n');
    remembering.write('longername\t5s\n');
    expect(remembering.flush()).toBe('longername   5s\n');
    remembering.write('b\t1s\n');
    expect(remembering.flush()).toBe('b            1s\n');
    expect(remembering.rememberedWidths()).toEqual([13]);
    remembering.setRememberedWidths(null);
    remembering.write('b\t1s\n');
    expect(remembering.flush()).toBe('b     1s\n');

    const forgetting = new TabWriter({ minWidth: 6, tabWidth: 4, padding: 3 });
    forgetting.write('NAME\tAGE\na\t1s\n');
    forgetting.flush();
    forgetting.write('b\t1s\n');
    expect(forgetting.flush()).toBe('b     1s\n');
  });

  it('supports right alignment, tab padding and the debug bars', () => {
    const right = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1, alignRight: true });
    right.write('a\tbbb\t\nccc\td\t\n');
    expect(right.flush()).toBe('   a bbb\n ccc   d\n');
    const tabs = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1, padChar: '\t' });
    tabs.write('a\tb\nabcdefgh\tc\n');
    expect(tabs.flush()).toBe('a\t\tb\nabcdefgh\tc\n');
    const debug = new TabWriter({ minWidth: 0, tabWidth: 8, padding: 1, debug: true });
    debug.write('a\tb\tc\n');
    expect(debug.flush()).toBe('a |b |c\n');
  });

  it('describe and rollout history use padding 2 and no minimum width', () => {
    const w = newDescribeTabWriter();
    w.write('REVISION\tCHANGE-CAUSE\n1\t<none>\n');
    expect(w.flush()).toBe('REVISION  CHANGE-CAUSE\n1         <none>\n');
  });
});

/** A golden's stdout looks like a kubectl table if its first line has 2+ upper-case headers 3+ spaces apart. */
const HEADER = /^[A-Z][A-Z0-9()_./-]*(?: [A-Z][A-Z0-9()_./-]*)*(?: {3,}[A-Z][A-Z0-9()_./-]*(?: [A-Z][A-Z0-9()_./-]*)*)+ *$/;

/** Re-renders each blank-line-separated table of `stdout` as kubectl get does (one writer, reset per type). */
function rerender(stdout: string): string {
  const w = newKubectlTabWriter();
  const blocks = stdout.replace(/\n$/, '').split('\n\n');
  return blocks
    .map((block) => {
      w.setRememberedWidths(null);
      for (const cells of recoverCells(block, 3)) w.write(`${cells.join('\t')}\n`);
      return w.flush();
    })
    .join('\n');
}

/**
 * `get -w` prints the header and the initial list, flushes, then prints and flushes each change, so
 * later rows only line up because widths are remembered. `--output-watch-events` pads the EVENT
 * cell to 8 characters before it reaches the writer.
 */
function rerenderWatch(stdout: string, initialRows: number, eventColumn: boolean): string {
  const w = newKubectlTabWriter();
  let out = '';
  recoverCells(stdout.replace(/\n$/, ''), 3).forEach((cells, i) => {
    if (eventColumn && i > 0) cells[0] = (cells[0] ?? '').padEnd(8);
    w.write(`${cells.join('\t')}\n`);
    if (i >= initialRows) out += w.flush();
  });
  return out + w.flush();
}

describe('TabWriter against kubectl tables in the goldens', () => {
  const tables = ['fake-v1.35', 'local-v1.35'].flatMap((dir) =>
    listGoldens(read, dir)
      .map((e) => loadGolden(read, dir, e.name))
      .filter((g) => g.stdout !== '' && (HEADER.test(g.stdout.split('\n')[0] ?? '') || g.name === 'get-pods-no-headers'))
      .map((g) => [`${dir}/${g.name}`, g.stdout] as const),
  );

  it('finds the table goldens (get, -o wide, -A, -L, --show-labels, watch, custom-columns, api-resources...)', () => {
    const names = tables.map(([n]) => n);
    expect(names.length).toBeGreaterThan(60);
    for (const must of ['get-pods-L', 'get-events-wide', 'get-pods-watch', 'get-all', 'get-pods-custom-columns', 'config-get-contexts']) {
      expect(names).toContain(`fake-v1.35/${must}`);
    }
  });

  it.each(tables)('%s re-renders byte for byte', (_name, stdout) => {
    expect(rerender(stdout)).toBe(stdout);
  });

  it.each([
    ['get-pods-watch', 10, false],
    ['get-pods-watch-only', 1, false],
    ['get-pods-watch-output-events', 1, true],
  ] as const)('%s re-renders flushed row by row (RememberWidths)', (name, initialRows, eventColumn) => {
    const { stdout } = loadGolden(read, 'fake-v1.35', name);
    expect(rerenderWatch(stdout, initialRows, eventColumn)).toBe(stdout);
  });

  it('a watch row rendered without remembered widths would be narrower', () => {
    const w = new TabWriter({ minWidth: 6, tabWidth: 4, padding: 3 });
    w.write('NAME\tREADY\tSTATUS\tRESTARTS\tAGE\ncrashy\t0/1\tCrashLoopBackOff\t7 (88s ago)\t12m\n');
    w.flush();
    w.write('web\t1/1\tRunning\t0\t3h20m\n');
    expect(w.flush()).toBe('web   1/1   Running   0     3h20m\n');
  });

  it.each(['rollout-history-1', 'rollout-history-3'])('%s table re-renders with padding 2', (name) => {
    const g = loadGolden(read, 'fake-v1.35', name);
    const [first = '', ...rest] = g.stdout.split('\n');
    const table = rest.join('\n').replace(/\n\n$/, '');
    const w = newDescribeTabWriter();
    w.write(`${first}\n`);
    for (const cells of recoverCells(table, 2)) w.write(`${cells.join('\t')}\n`);
    w.write('\n');
    expect(w.flush()).toBe(g.stdout);
  });
});
