// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import type { Pod } from 'kubernetes-types/core/v1';
import { load } from 'js-yaml';
import { z } from 'zod';
import { podLine, VirtualClock } from '../sim/clock';

export const getSchema = z.object({ name: z.string() });
export function get(manifest: string): string {
  return podLine(load(manifest) as Pod, new VirtualClock());
}
