// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { get } from '../kubectl/get';
import { seeded } from '../sim/random';

export const run = (line: string) => ({ stdout: get(line), stderr: '', exitCode: seeded(1)() > 2 ? 1 : 0 });
