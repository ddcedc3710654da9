import { kubectlFigures } from './kubectl';
import { simFigures, type Figure } from './sim';

export type { Figure };

/**
 * The benchmark suites, in the order they print. `browser` runs the scale-up where the product
 * runs it (Chromium's worker); without a Chromium it prints one line saying it was skipped.
 */
export const BENCH_SUITES: Record<string, () => Figure[] | Promise<Figure[]>> = {
  sim: simFigures,
  kubectl: kubectlFigures,
  browser: browserFiguresOrSkip,
};

async function browserFiguresOrSkip(): Promise<Figure[]> {
  try {
    // Loaded only here: Playwright and esbuild are heavy for every other `kubedojo` command.
    const { browserScaleFigures } = await import('./browser/scale');
    return await browserScaleFigures();
  } catch (e) {
    const why = (e as Error).message.split('\n')[0] ?? '';
    return [{ name: `scale in Chromium's worker: skipped (${why})`, value: Number.NaN, unit: '' }];
  }
}
