import { describe, expect, it } from 'vitest';
import { History, HISTORY_LIMIT } from './history';

describe('History', () => {
  it('keeps submitted lines oldest first', () => {
    const history = new History();
    expect([history.add('ls'), history.add('kubectl get pods')]).toEqual([true, true]);
    expect(history.entries).toEqual(['ls', 'kubectl get pods']);
    expect([history.length, history.get(0), history.get(1), history.get(2)]).toEqual([2, 'ls', 'kubectl get pods', undefined]);
  });

  it('ignores a line equal to the one before it, but not an earlier one (ignoredups)', () => {
    const history = new History();
    for (const line of ['ls', 'ls', 'pwd', 'ls']) history.add(line);
    expect(history.entries).toEqual(['ls', 'pwd', 'ls']);
  });

  it('ignores lines starting with a space (ignorespace) and blank lines', () => {
    const history = new History();
    expect([history.add(' export TOKEN=s3cret'), history.add(''), history.add('   '), history.add('\tls')]).toEqual([false, false, false, true]);
    expect(history.entries).toEqual(['\tls']);
  });

  it('keeps a multi-line command as one entry', () => {
    const history = new History();
    history.add('cat <<EOF\nhello\nEOF');
    expect(history.entries).toEqual(['cat <<EOF\nhello\nEOF']);
  });

  it(`keeps the newest ${HISTORY_LIMIT} entries`, () => {
    const history = new History();
    for (let i = 0; i < HISTORY_LIMIT + 5; i++) history.add(`echo ${i}`);
    expect(history.length).toBe(HISTORY_LIMIT);
    expect([history.get(0), history.get(HISTORY_LIMIT - 1)]).toEqual(['echo 5', `echo ${HISTORY_LIMIT + 4}`]);
    const small = new History(['a', 'b', 'c', 'd'], 2);
    expect(small.entries).toEqual(['c', 'd']);
  });

  it('round-trips through JSON, applying the same rules to what it restores', () => {
    const history = new History(['ls', 'pwd']);
    const saved = JSON.stringify(history);
    expect(saved).toBe('["ls","pwd"]');
    expect(History.fromJSON(JSON.parse(saved)).entries).toEqual(['ls', 'pwd']);
    expect(History.fromJSON(['ls', 'ls', ' secret', 'pwd']).entries).toEqual(['ls', 'pwd']);
  });

  it('restores corrupt or foreign data as an empty history instead of failing', () => {
    expect(History.fromJSON({ entries: ['ls'] }).entries).toEqual([]);
    expect(History.fromJSON(null).entries).toEqual([]);
    expect(History.fromJSON(['ls', 42, { x: 1 }, 'pwd']).entries).toEqual(['ls', 'pwd']);
  });

  it('can be cleared (the shell\'s history -c)', () => {
    const history = new History(['ls']);
    history.clear();
    expect(history.entries).toEqual([]);
  });
});
