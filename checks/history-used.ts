/** historyUsed: the student ran a kind of command (`kubectl scale`), read from their shell history. */
import { z } from 'zod';
import { defineCheck } from '../src/grading';
import { commandMatches, historyCommands } from './support/history';
import { listed } from './support/words';

export const historyUsed = defineCheck({
  name: 'historyUsed',
  description:
    'Passes when the command history holds a command of this kind: the program, then the other words in order among its non-flag words (kubectl -n shop scale deploy web matches kubectl scale). Aliases defined in the history are expanded.',
  params: z
    .strictObject({
      command: z
        .string()
        .trim()
        .min(1)
        .describe('The command as words: the program and the words it must contain, e.g. kubectl scale or kubectl rollout undo.')
        .meta({ examples: ['kubectl scale'] }),
      times: z.int().positive().default(1).describe('How many such commands at least; default 1.').meta({ examples: [1] }),
    })
    .describe('Which kind of command, and how often.'),
  run(view, { command, times }) {
    const pattern = command.split(/\s+/);
    const all = historyCommands(view.history);
    const used = all.filter((c) => commandMatches(c.words, pattern));
    const found = used.map((c) => c.line);
    if (used.length >= times) return { pass: true, message: `you ran ${command}: ${used[used.length - 1]?.line ?? ''}`, found };
    if (used.length > 0) return { pass: false, message: `expected you to run ${command} at least ${times} times, found ${used.length}`, found };
    const program = pattern[0] ?? '';
    const near = [...new Set(all.filter((c) => commandMatches(c.words, [program])).map((c) => c.words.join(' ')))].slice(-3);
    const yours = near.length > 0 ? ` (your last ${program} commands: ${listed(near)})` : '';
    return { pass: false, message: `expected you to run ${command}, found no such command in your history${yours}`, found };
  },
});
