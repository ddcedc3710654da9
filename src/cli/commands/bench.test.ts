import { describe, expect, it } from 'vitest';
import { formatFigure } from './bench';

describe('formatFigure', () => {
  it('prints one figure a line, whole numbers from 100 up, and a figure that could not be measured by its name alone', () => {
    const lines = [
      formatFigure({ name: 'boot', value: 58.46, unit: 'ms' }),
      formatFigure({ name: 'scale (cpu)', value: 4527.4, unit: 'ms' }),
      formatFigure({ name: "scale in Chromium's worker: skipped (no browser)", value: Number.NaN, unit: '' }),
    ];
    expect(lines.join('')).toBe("boot: 58.5 ms\nscale (cpu): 4527 ms\nscale in Chromium's worker: skipped (no browser)\n");
  });
});
