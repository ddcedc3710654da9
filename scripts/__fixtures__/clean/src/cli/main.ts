// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { readFileSync } from 'node:fs';
import { createInterface } from 'readline';
import { register } from 'tsx/esm/api';
import { sandbox } from '../sandbox/sandbox';
import { check } from '../grading/check';
import type { Pod } from 'kubernetes-types/core/v1';

export const main = (pod: Pod) => [readFileSync, createInterface, register, sandbox, check, pod];
