import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('awk', () => {
  it('prints fields of kubectl-style output', () => {
    expect(output("printf 'NAME STATUS\\nweb Running\\ndb Pending\\n' | awk 'NR>1 && $2 != \"Running\" {print $1}'")).toBe('db\n');
  });

  it('sums, counts with arrays, formats with printf', () => {
    expect(output("printf 'a 1\\nb 2\\na 3\\n' | awk '{s[$1]+=$2} END {printf \"%s=%d %s=%d\\n\", \"a\", s[\"a\"], \"b\", s[\"b\"]}'")).toBe('a=4 b=2\n');
  });

  it('splits with -F and rebuilds $0 with OFS', () => {
    expect(output("echo 'a:b:c' | awk -F: -v OFS=, '{$2=\"X\"; print; print NF}'")).toBe('a,X,c\n3\n');
  });

  it('runs system() through the shell', () => {
    expect(output("awk 'BEGIN { system(\"echo from-shell\"); print \"after\" }'")).toBe('from-shell\nafter\n');
  });

  it('reports syntax and file errors with status 2', () => {
    expect(output("awk 'BEGIN { x = 1 +; }'; echo $?; awk '{print}' nope; echo $?")).toBe(
      'awk: line 1: syntax error at or near ;\n2\nawk: cannot open nope (No such file or directory)\n2\n',
    );
  });
});
