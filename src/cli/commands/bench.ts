/**
 * `kubedojo bench [--only sim|kubectl]`: the performance figures the budgets of DESIGN.md are
 * judged by, one `name: value unit` a line — the same as `npm run bench` (bench/).
 */
import { kubectlFigures } from '../../../bench/kubectl';
import { simFigures, type Figure } from '../../../bench/sim';
import { parseCli } from '../args';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

const SUITES: Record<string, () => Figure[]> = { sim: simFigures, kubectl: kubectlFigures };

export function formatFigure(f: Figure): string {
  return `${f.name}: ${f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(1)} ${f.unit}\n`;
}

export const benchCommand: Subcommand = {
  name: 'bench',
  summary: "Print the engine's performance figures (boot, 5,000 pods, snapshots, kubectl on 1,000 pods).",
  usage: '[--only sim|kubectl]',
  options: '  --only NAME    run one suite: sim (cluster boot, scale-up, snapshots) or kubectl (commands on 1,000 pods)\n',
  run(args, io) {
    const parsed = parseCli(args, { only: { value: true } });
    if ('error' in parsed) return usageFailure(io, 'bench', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(benchCommand));
      return 0;
    }
    if (parsed.operands.length > 0) return usageFailure(io, 'bench', `unexpected argument "${parsed.operands[0]}"`);
    const only = parsed.flags.get('only');
    if (only !== undefined && !(only in SUITES)) return usageFailure(io, 'bench', `unknown suite "${only}": expected sim or kubectl`);
    for (const [name, suite] of Object.entries(SUITES)) {
      if (only !== undefined && name !== only) continue;
      for (const f of suite()) io.out(formatFigure(f));
    }
    return 0;
  },
};
