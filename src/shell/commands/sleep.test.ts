import { describe, expect, it } from 'vitest';
import { output, testShell } from '../testing/run';

describe('sleep', () => {
  it('advances the host clock by the sum of its intervals', () => {
    const shell = testShell();
    expect(output(['date +%T', 'sleep 1h 30m 5 .5; date +%T'], shell)).toBe('15:04:05\n16:34:10\n');
  });

  it('rejects bad intervals', () => {
    expect(output('sleep 5y; echo $?')).toBe("sleep: invalid time interval ‘5y’\nTry 'sleep --help' for more information.\n1\n");
  });
});
