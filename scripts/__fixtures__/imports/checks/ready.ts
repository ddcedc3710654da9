// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import labs from '../content/labs/first.yaml';
import '../../outside';
export type { Session } from '../src/exam/session';

export const ready = () => labs;
