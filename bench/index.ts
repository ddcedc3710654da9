import { formatFigure } from '../src/cli/commands/bench';
import { BENCH_SUITES } from './suites';

/** `npm run bench`: prints the performance figures the budgets in DESIGN.md are judged by. */
for (const suite of Object.values(BENCH_SUITES)) for (const f of await suite()) process.stdout.write(formatFigure(f));
