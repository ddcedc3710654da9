// @ts-nocheck: a fixture for scripts/check-layers.test.ts, read as text and never compiled.
export function tick(): number {
  const started = Date.now();
  const today = new Date();
  const stamp = new Date( ).toISOString() + Date();
  const elapsed = performance.now() - started;
  const jitter = Math.random() * elapsed;
  setTimeout(() => undefined, jitter);
  const handle = setInterval(tick, 1000);
  globalThis.setTimeout(() => undefined, 0);
  document.title = stamp;
  window.addEventListener('load', tick);
  const debug = process.env.DEBUG;
  return today.getTime() + handle + Number(debug);
}
