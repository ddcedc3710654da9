// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
import { check } from '../src/grading/check';
import type { VirtualClock } from '../src/sim/clock';

export const deploymentReady = (_clock: VirtualClock) => check('kubectl get deploy');
