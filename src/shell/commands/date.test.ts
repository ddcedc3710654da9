import { describe, expect, it } from 'vitest';
import { output } from '../testing/run';
import { formatDate } from './date';

describe('date', () => {
  it('prints the host clock in UTC', () => {
    expect(output(['date', 'date -u +%s', "date '+%Y-%m-%dT%H:%M:%SZ'"])).toBe('Tue Nov 24 15:04:05 UTC 2026\n1795532645\n2026-11-24T15:04:05Z\n');
  });

  it('formats other dates', () => {
    expect(formatDate(Date.UTC(2026, 0, 5, 7, 8, 9), '%a %e %b %j %I%p %F %T %%')).toBe('Mon  5 Jan 005 07AM 2026-01-05 07:08:09 %');
    expect(output('date -d @1700000000; date -d yesterday')).toBe("Tue Nov 14 22:13:20 UTC 2023\ndate: invalid date ‘yesterday’\n");
  });
});
