import { describe, expect, it } from 'vitest';
import { lastResult } from '../testing/run';

describe('exit', () => {
  it('asks the host to close the shell with a status', () => {
    expect(lastResult('exit 2')).toMatchObject({ exit: { code: 2 }, exitCode: 2, stderr: 'exit\n' });
    expect(lastResult('exit abc')).toMatchObject({ exit: { code: 2 }, stderr: 'exit\nbash: exit: abc: numeric argument required\n' });
  });

  it('stays with too many arguments, and only leaves a subshell from inside one', () => {
    expect(lastResult('exit 1 2').exit).toBeUndefined();
    expect(lastResult('(exit 3); echo $?')).toMatchObject({ stdout: '3\n', exitCode: 0 });
    expect(lastResult('echo a | exit 4; echo $?').stdout).toBe('4\n');
  });
});
