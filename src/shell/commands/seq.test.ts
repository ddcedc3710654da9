import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { SEQ_LIMIT } from './seq';

describe('seq', () => {
  it('counts with first, increment, last, -w and -s', () => {
    expect(output(['seq 3 | tr "\\n" " "; echo', 'seq 1 2 7 | tr "\\n" " "; echo', 'seq -w 9 10', 'seq -s, 3', 'seq 0.5 0.5 1.5'])).toBe('1 2 3 \n1 3 5 7 \n09\n10\n1,2,3\n0.5\n1.0\n1.5\n');
  });

  it('stops at a limit instead of filling memory', () => {
    expect(output(`seq ${SEQ_LIMIT + 5} | tail -1; seq 1 1000000000 > /dev/null; echo $?`)).toBe(`seq: write error: File too large\n${SEQ_LIMIT}\nseq: write error: File too large\n1\n`);
  }, 30_000);
});
