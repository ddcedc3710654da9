// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
export const newId = () => crypto.randomUUID() + Math.random().toString(36);
export const later = (run: () => void) => globalThis.Date.now() + requestAnimationFrame(run);
