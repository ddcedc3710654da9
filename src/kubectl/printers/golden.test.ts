import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { GOLDEN_ROOT, listGoldens, loadGolden, parseGoldenIndex, splitAtByte, splitGolden } from './golden';

const read = (p: string) => readFileSync(p, 'utf8');

describe('golden file helper', () => {
  it('parses INDEX.tsv rows', () => {
    const index = parseGoldenIndex('name\trc\tstdout_bytes\tstderr_bytes\tcommand\nx\t1\t3\t4\tkubectl get\tpods\n');
    expect(index.get('x')).toEqual({ name: 'x', exitCode: 1, stdoutBytes: 3, stderrBytes: 4, command: 'kubectl get\tpods' });
  });

  it('splits by UTF-8 byte counts', () => {
    expect(splitAtByte('µa😀b', 3)).toEqual(['µa', '😀b']);
    expect(splitAtByte('µa😀b', 7)).toEqual(['µa😀', 'b']);
    const g = splitGolden('$ cmd\nout µ\nerr\n', { name: 'n', exitCode: 0, stdoutBytes: 7, stderrBytes: 4, command: 'cmd' });
    expect([g.stdout, g.stderr]).toEqual(['out µ\n', 'err\n']);
  });

  it.each(['fake-v1.35', 'local-v1.35'])('accounts for every byte of every file in %s', (dir) => {
    for (const entry of listGoldens(read, dir)) {
      const g = loadGolden(read, dir, entry.name);
      const file = read(`${GOLDEN_ROOT}/${dir}/${entry.name}.txt`);
      expect(file, entry.name).toBe(`$ ${g.command}\n${g.stdout}${g.stderr}`);
    }
  });
});
