import { benchReady, createBenchCluster, createBenchDeployment } from './scale-setup';

/** Wall time of the 5,000-pod scale-up split by controller, timer type and API call (nested time counted in each). */
const big = createBenchCluster();
const spent = new Map<string, { ms: number; n: number }>();
function wrap<T extends object>(obj: T, method: keyof T & string, label: string): void {
  const fn = obj[method] as unknown as (...a: unknown[]) => unknown;
  (obj as Record<string, unknown>)[method] = function (this: unknown, ...args: unknown[]) {
    const t0 = performance.now();
    try {
      return fn.apply(this, args);
    } finally {
      const s = spent.get(label) ?? { ms: 0, n: 0 };
      s.ms += performance.now() - t0;
      s.n++;
      spent.set(label, s);
    }
  };
}
const m = big.manager as unknown as { controllers: { name: string; reconcile: (k: string) => void }[] };
for (const c of m.controllers) wrap(c, 'reconcile', `reconcile ${c.name}`);
const th = (big as unknown as { timerHandlers: Map<string, (p: unknown) => void> }).timerHandlers;
for (const [type, h] of th) {
  const holder = { h };
  wrap(holder, 'h', `timer ${type}`);
  th.set(type, holder.h);
}
wrap(big.events, 'record', 'events.record');
wrap(big.api, 'create', 'api.create');
wrap(big.api, 'updateStatus', 'api.updateStatus');
wrap(big.api, 'bind', 'api.bind');
wrap(big.store, 'put', 'store.put');
createBenchDeployment(big, 5000);
spent.clear();
const t0 = performance.now();
big.runUntil(() => benchReady(big) >= 5000, 3600000);
console.log(`total ${(performance.now() - t0).toFixed(0)} ms`);
for (const [k, v] of [...spent].sort((a, b) => b[1].ms - a[1].ms)) console.log(`${v.ms.toFixed(0).padStart(7)} ms ${String(v.n).padStart(7)}x ${((v.ms * 1000) / v.n).toFixed(1).padStart(7)} us  ${k}`);
