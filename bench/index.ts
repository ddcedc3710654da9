import { simFigures } from './sim';

/** `npm run bench`: prints the performance figures the budgets in DESIGN.md are judged by. */
for (const f of simFigures()) {
  const value = f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(1);
  console.log(`${f.name}: ${value} ${f.unit}`);
}
