import { browserScaleFigures } from './browser/scale';
import { kubectlFigures } from './kubectl';
import { simFigures, type Figure } from './sim';

/** `npm run bench`: prints the performance figures the budgets in DESIGN.md are judged by. */
function print(figures: Figure[]): void {
  for (const f of figures) {
    const value = f.value >= 100 ? f.value.toFixed(0) : f.value.toFixed(1);
    console.log(`${f.name}: ${value} ${f.unit}`);
  }
}

print(simFigures());
print(kubectlFigures());
// Where the product runs the engine; needs a Chromium (skipped, and said so, without one).
try {
  print(await browserScaleFigures());
} catch (e) {
  console.log(`scale in Chromium's worker: skipped (${(e as Error).message.split('\n')[0]})`);
}
