import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';

describe('hostname and whoami', () => {
  it('name the host and the user', () => {
    expect(output('hostname; whoami')).toBe('controlplane\nroot\n');
  });
});
