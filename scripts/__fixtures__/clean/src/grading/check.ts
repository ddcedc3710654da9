// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { run } from '../shell/run';
import { pad } from '../lib/text';

export const check = (line: string) => ({ pass: run(line).exitCode === 0, message: pad('ok', 4) });
