// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
// Purity is enforced only in src/sim and src/lib; kubectl gets its time from the sim anyway.
export const age = () => Date.now();
