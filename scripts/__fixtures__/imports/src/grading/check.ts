// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { join } from 'path';
export * from '../exam/session';

export const labPath = join('labs', 'first.yaml');
