// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { readFileSync } from 'node:fs';
import { main } from '../cli/main';
import { check } from '../grading/check';

export const sandbox = [readFileSync, main, check];
