// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { run } from '../shell/run';
import { get } from '../kubectl/get';
import { seeded } from '../sim/random';
import { load } from 'js-yaml';

export const sandbox = { run, get, seeded, load };
