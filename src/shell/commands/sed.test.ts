import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('sed', () => {
  it('edits a manifest in place', () => {
    expect(output(["printf 'image: nginx:1.25\\nreplicas: 1\\n' > d.yaml", "sed -i 's/nginx:1.25/nginx:1.27/; s/replicas: 1/replicas: 3/' d.yaml", 'cat d.yaml'])).toBe('image: nginx:1.27\nreplicas: 3\n');
  });

  it('supports addresses, ranges, -n with p, and other delimiters', () => {
    expect(output(['seq 6 > n', "sed -n '2,4p' n | tr '\\n' ' '; echo", "sed '/3/,$d' n | tr '\\n' ' '; echo", "echo /a/b | sed 's|/|:|g'", "sed -n '$=' n"])).toBe('2 3 4 \n1 2 \n:a:b\n6\n');
  });

  it('reports script errors like GNU sed', () => {
    expect(output("sed 's/a/b/x' f; sed -n; echo $?")).toBe(
      "sed: -e expression #1, char 7: unknown option to `s'\nUsage: sed [OPTION]... {script-only-if-no-other-script} [input-file]...\n1\n",
    );
  });
});
