// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { get } from '../kubectl/get';
import yaml from 'js-yaml';
import { Pod } from 'kubernetes-types/core/v1';
import { readFileSync } from 'node:fs';
import type {
  Deployment,
} from 'kubernetes-types/apps/v1';

export const store = new Map<string, Pod | Deployment>([['a', yaml.load(readFileSync('x', 'utf8'))]]);
export { get };
