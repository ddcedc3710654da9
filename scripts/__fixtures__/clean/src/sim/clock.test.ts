// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never run.
// Test files are exempt from the layer rules: they may read goldens with node:fs, use real time.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

describe('check-layers fixture: a test file in src/sim', () => {
  it('may use node:fs and the real clock', () => {
    expect(readFileSync(new URL(import.meta.url), 'utf8').length).toBeGreaterThan(0);
    expect(Date.now()).toBeGreaterThan(0);
  });
});
