import { describe, expect, it } from 'vitest';
import { output, testShell } from '../testing/run';
import { humanSize, modeString } from './ls';
import { columns, quoteForTerminal } from './ls-layout';

describe('ls', () => {
  it('lists long format with aligned columns, total and the clock’s time', () => {
    expect(output(['mkdir d; echo hello > d/file; touch d/empty', 'ls -l d'])).toBe(
      'total 4\n-rw-r--r-- 1 root root 0 Nov 24 15:04 empty\n-rw-r--r-- 1 root root 6 Nov 24 15:04 file\n',
    );
  });

  it('shows dot entries with -a and a header per directory for several operands', () => {
    expect(output(['mkdir a b; touch a/x b/.y', 'ls -a b', 'ls a b | cat'])).toBe('.  ..  .y\na:\nx\n\nb:\n');
  });

  it('fails with status 2 for a missing operand', () => {
    expect(output('ls nope; echo $?')).toBe("ls: cannot access 'nope': No such file or directory\n2\n");
  });

  it('lays out columns like GNU ls (tabs of 8, column-major)', () => {
    expect(columns(['alpha', 'beta', 'delta', 'epsilon', 'gamma'], 30)).toBe('alpha  delta\tgamma\nbeta   epsilon\n');
    expect(columns(['a'.repeat(12), 'b', 'c'], 80)).toBe('aaaaaaaaaaaa  b  c\n');
    expect(columns(['x'.repeat(9), 'y', 'z'], 16)).toBe('xxxxxxxxx  z\ny\n');
  });

  it('formats modes, sizes and quoted names', () => {
    expect([modeString({ type: 'dir', mode: 0o1777 }), modeString({ type: 'file', mode: 0o4755 })]).toEqual(['drwxrwxrwt', '-rwsr-xr-x']);
    expect([humanSize(1023), humanSize(1024), humanSize(1536), humanSize(10 * 1024), humanSize(3 * 1024 * 1024 + 1)]).toEqual(['1023', '1.0K', '1.5K', '10K', '3.1M']);
    expect([quoteForTerminal('a b'), quoteForTerminal("it's"), quoteForTerminal('plain.txt')]).toEqual(["'a b'", '"it\'s"', 'plain.txt']);
  });

  it('uses the terminal width', () => {
    const shell = testShell();
    shell.columns = 12;
    expect(output(['touch one two three', 'ls'], shell)).toBe('one    two\nthree\n');
  });
});
