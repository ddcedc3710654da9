// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import type { Pod } from 'kubernetes-types/core/v1';
import { store } from '../sim/store';

export const format = (pod: Pod) => String(store.size) + pod.kind;
