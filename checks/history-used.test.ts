import { describe, expect, it } from 'vitest';
import type { GradingView } from '../src/grading';
import { historyUsed } from './history-used';
import { commandMatches, historyCommands } from './support/history';
import { goldenResults } from './testing';

/** historyUsed reads only the history. */
const withHistory = (history: string[]) => ({ history }) as unknown as GradingView;

describe('historyUsed', () => {
  it('finds a kind of command among the lines typed', async () => {
    const typed = withHistory([
      'kubectl get deploy -n shop',
      'alias k=kubectl',
      'k -n shop scale deploy web --replicas=4 && k get pods',
      'kubectl rollout status deployment/web',
      'kubectl edit deployment web',
    ]);
    const text =
      goldenResults(historyUsed, typed, {
        'through an alias, flags before the verb': { command: 'kubectl scale' },
        'twice, found once': { command: 'kubectl scale', times: 2 },
        'a longer command not used': { command: 'kubectl rollout undo' },
      }) + `\n${goldenResults(historyUsed, withHistory([]), { 'an empty history': { command: 'kubectl scale' } })}`;
    await expect(text).toMatchFileSnapshot('__golden__/history-used.txt');
  });

  it('sees commands in pipelines, lists, loops and substitutions', () => {
    const words = historyCommands(['for i in 1 2; do kubectl scale deploy web --replicas=$i; done', 'echo $(kubectl get pods -o name) | wc -l', "/usr/bin/kubectl 'scale' x"]).map((c) => c.words.join(' '));
    expect(words).toEqual(['kubectl scale deploy web --replicas=?', 'kubectl get pods -o name', 'echo ?', 'wc -l', '/usr/bin/kubectl scale x']);
    expect(commandMatches(['/usr/bin/kubectl', 'scale', 'x'], ['kubectl', 'scale'])).toBe(true);
    expect(commandMatches(['kubectl', 'get', 'scale'], ['kubectl', 'rollout', 'undo'])).toBe(false);
    expect(commandMatches(['kubectlx', 'scale'], ['kubectl', 'scale'])).toBe(false);
  });
});
