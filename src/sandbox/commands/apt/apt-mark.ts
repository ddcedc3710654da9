/** `apt-mark hold|unhold|showhold`: the holds that keep apt from changing the Kubernetes packages. */
import type { Command, CommandResult } from '../../../shell';
import type { SandboxServices } from '../services';
import { aptError, withPackages } from './context';

export function aptMarkCommand(svc: SandboxServices): Command {
  return {
    execute(args, io): CommandResult {
      return withPackages(svc, io, (ctx) => {
        const [verb, ...names] = args.filter((a) => !a.startsWith('-'));
        const held = ctx.packages.held;
        if (verb === 'showhold') return { stdout: [...held].sort().map((n) => `${n}\n`).join(''), stderr: '', exitCode: 0 };
        if (verb !== 'hold' && verb !== 'unhold') {
          if (verb === undefined) return aptError('', 'No operation given; try apt-mark hold, unhold or showhold');
          return aptError('', `apt-mark ${verb} is not available in this simulator; hold, unhold and showhold are`);
        }
        if (names.length === 0) return aptError('', 'No packages found');
        const unknown = names.find((n) => !ctx.packages.installed.has(n));
        if (unknown) return aptError('', `Unable to locate package ${unknown}`);
        let out = '';
        for (const name of names) {
          if (verb === 'hold') {
            out += held.has(name) ? `${name} was already set on hold.\n` : `${name} set on hold.\n`;
            held.add(name);
          } else {
            out += held.has(name) ? `Canceled hold on ${name}.\n` : `${name} was already not on hold.\n`;
            held.delete(name);
          }
        }
        return { stdout: out, stderr: '', exitCode: 0 };
      });
    },
  };
}
