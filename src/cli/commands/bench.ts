/**
 * `kubedojo bench [--only sim|kubectl|browser]`: the performance figures the budgets of DESIGN.md
 * are judged by, one `name: value unit` a line — the same as `npm run bench` (bench/).
 */
import { BENCH_SUITES, type Figure } from '../../../bench/suites';
import { parseCli } from '../args';
import { subcommandHelp, usageFailure, type Subcommand } from '../subcommand';

export type { Figure };

/** A figure that could not be measured (NaN) prints its name alone, which says why. */
export function formatFigure(f: Figure): string {
  if (Number.isNaN(f.value)) return `${f.name}\n`;
  return `${f.name}: ${f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(1)} ${f.unit}\n`;
}

export const benchCommand: Subcommand = {
  name: 'bench',
  summary: "Print the engine's performance figures (boot, 5,000 pods, snapshots, kubectl on 1,000 pods, the browser).",
  usage: '[--only sim|kubectl|browser]',
  options:
    '  --only NAME    run one suite: sim (cluster boot, scale-up, snapshots), kubectl (commands on 1,000 pods)\n' +
    "                 or browser (the scale-up in Chromium's worker)\n",
  async run(args, io) {
    const parsed = parseCli(args, { only: { value: true } });
    if ('error' in parsed) return usageFailure(io, 'bench', parsed.error);
    if (parsed.help) {
      io.out(subcommandHelp(benchCommand));
      return 0;
    }
    if (parsed.operands.length > 0) return usageFailure(io, 'bench', `unexpected argument "${parsed.operands[0]}"`);
    const only = parsed.flags.get('only');
    if (only !== undefined && !(only in BENCH_SUITES)) return usageFailure(io, 'bench', `unknown suite "${only}": expected sim, kubectl or browser`);
    for (const [name, suite] of Object.entries(BENCH_SUITES)) {
      if (only !== undefined && name !== only) continue;
      for (const f of await suite()) io.out(formatFigure(f));
    }
    return 0;
  },
};
