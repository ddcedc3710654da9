import { describe, expect, it } from 'vitest';
import { needsMoreInput, parse } from './parser';

const error = (text: string) => {
  const result = parse(text);
  return result.ok ? undefined : result.error;
};

describe('parse', () => {
  it('builds lists, and-or lists and pipelines', () => {
    const result = parse('a | b && c; d &');
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [first, second] = result.script.lists;
    expect(first?.first.commands).toHaveLength(2);
    expect(first?.rest.map((r) => r.op)).toEqual(['&&']);
    expect(second?.background).toBe(true);
  });

  it('keeps quoting on word parts', () => {
    const result = parse(`echo a"b $x"'c'`);
    if (!result.ok) throw new Error(result.error);
    const command = result.script.lists[0]?.first.commands[0];
    expect(command?.kind === 'simple' && command.words[1]?.parts).toEqual([
      { kind: 'text', text: 'a', quoted: false },
      { kind: 'text', text: 'b ', quoted: true },
      { kind: 'param', name: 'x', quoted: true },
      { kind: 'text', text: 'c', quoted: true },
    ]);
  });

  it('separates assignments, words and redirects', () => {
    const result = parse('FOO=bar cmd arg 2>&1 >out');
    if (!result.ok) throw new Error(result.error);
    const command = result.script.lists[0]?.first.commands[0];
    expect(command?.kind).toBe('simple');
    if (command?.kind !== 'simple') return;
    expect(command.assignments.map((a) => a.name)).toEqual(['FOO']);
    expect(command.words).toHaveLength(2);
    expect(command.redirects.map((r) => [r.fd, r.op])).toEqual([
      [2, '>&'],
      [1, '>'],
    ]);
  });

  it('reads here-document bodies after the command line', () => {
    const result = parse("cat <<-'EOF' > f\n\tliteral $x\n\tEOF\necho next");
    if (!result.ok) throw new Error(result.error);
    const command = result.script.lists[0]?.first.commands[0];
    expect(command?.kind === 'simple' && command.redirects[0]?.heredoc).toEqual({
      delimiter: 'EOF',
      literal: true,
      body: { parts: [{ kind: 'text', text: 'literal $x\n', quoted: true }] },
    });
    expect(result.script.lists).toHaveLength(2);
  });

  it('expands aliases in command position only, never recursively', () => {
    const aliases = new Map([
      ['k', 'kubectl'],
      ['ls', 'ls -A'],
    ]);
    const result = parse('k get po; ls k', { aliases });
    if (!result.ok) throw new Error(result.error);
    const words = result.script.lists.map((l) => {
      const c = l.first.commands[0];
      return c?.kind === 'simple' ? c.words.map((w) => w.parts.map((p) => (p.kind === 'text' ? p.text : '?')).join('')) : [];
    });
    expect(words).toEqual([
      ['kubectl', 'get', 'po'],
      ['ls', '-A', 'k'],
    ]);
  });

  it('reports syntax errors with bash messages', () => {
    expect(error('| echo')).toBe("syntax error near unexpected token `|'");
    expect(error('echo >')).toBe("syntax error near unexpected token `newline'");
    expect(error('echo a && && b')).toBe("syntax error near unexpected token `&&'");
    expect(error('echo )')).toBe("syntax error near unexpected token `)'");
    expect(error('echo (')).toBe("syntax error near unexpected token `newline'");
    expect(error('if true; then fi')).toBe("syntax error near unexpected token `fi'");
    expect(error('echo "abc')).toBe('unexpected EOF while looking for matching `"\'');
    expect(error("echo 'abc")).toBe("unexpected EOF while looking for matching `''");
    expect(error('echo $(ls')).toBe("unexpected EOF while looking for matching `)'");
    expect(error('echo a |')).toBe('syntax error: unexpected end of file');
  });

  it('warns about a here-document ended by the end of input', () => {
    const result = parse('cat <<EOF\nbody', { firstLine: 7 });
    expect(result.ok && result.warnings).toEqual(["warning: here-document at line 7 delimited by end-of-file (wanted `EOF')"]);
  });
});

describe('needsMoreInput', () => {
  it('asks for more after open quotes, heredocs, pipes, backslashes and open compounds', () => {
    for (const text of ['echo "a', "echo 'a", 'cat <<EOF', 'cat <<EOF\nline', 'echo a |', 'a &&', 'echo \\', 'for i in 1; do', 'if true; then echo', '{ echo', 'echo $(', 'echo ${x']) {
      expect([text, needsMoreInput(text)]).toEqual([text, true]);
    }
  });

  it('does not for complete or broken lines', () => {
    for (const text of ['echo hi', 'cat <<EOF\nx\nEOF', 'echo "a\nb"', '| echo', 'echo a \\\nb', '']) {
      expect([text, needsMoreInput(text)]).toEqual([text, false]);
    }
  });
});
