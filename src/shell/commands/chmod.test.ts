import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { applyMode } from './chmod';

describe('chmod', () => {
  it('applies octal and symbolic modes', () => {
    expect([applyMode('755', 0), applyMode('+x', 0o644), applyMode('go-r', 0o644), applyMode('u=rw,g=r', 0o777), applyMode('zz', 0)]).toEqual([0o755, 0o755, 0o600, 0o647, undefined]);
  });

  it('makes a script runnable', () => {
    expect(output(["echo 'echo ran $1' > s.sh", './s.sh; chmod +x s.sh; ./s.sh go'])).toBe('bash: ./s.sh: Permission denied\nran go\n');
  });
});
