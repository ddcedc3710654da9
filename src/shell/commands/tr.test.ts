import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { expandSet } from './tr';

describe('tr', () => {
  it('translates, deletes, squeezes and complements', () => {
    expect(output(["echo Hello | tr a-z A-Z", "echo hello | tr -d l", "echo 'a   b' | tr -s ' '", "echo 'a1b2' | tr -cd '0-9\\n'", "echo abc | tr abc x"])).toBe('HELLO\nheo\na b\n12\nxxx\n');
  });

  it('expands sets', () => {
    expect(expandSet('a-d\\n[:digit:]')).toEqual(['a', 'b', 'c', 'd', '\n', ...'0123456789']);
    expect(expandSet('z-a')).toBe("range-endpoints of 'z-a' are in reverse collating sequence order");
  });
});
