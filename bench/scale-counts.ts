import { benchReady, createBenchCluster, createBenchDeployment } from './scale-setup';
import { ObjectStore } from '../src/sim/store/store';
import { ControllerManager } from '../src/sim/controllers/manager';

/** Counts what the 5,000-pod scale-up does: store writes per resource, reconciles per controller, timers per type. */
const count = new Map<string, number>();
const bump = (k: string): void => void count.set(k, (count.get(k) ?? 0) + 1);
const put = ObjectStore.prototype.put;
ObjectStore.prototype.put = function (resource, obj) {
  bump(`put ${resource}`);
  return put.call(this, resource, obj);
};
const list = ObjectStore.prototype.list;
ObjectStore.prototype.list = function (resource, ns) {
  bump(`list ${resource}`);
  return list.call(this, resource, ns);
};
const byIndex = ObjectStore.prototype.byIndex;
ObjectStore.prototype.byIndex = function (resource, name, v) {
  bump(`byIndex ${resource} ${name}`);
  return byIndex.call(this, resource, name, v);
};
const replicas = Number(process.argv[2] ?? 5000);
const big = createBenchCluster();
count.clear();
const m = big.manager as unknown as { controllers: { name: string; reconcile: (k: string) => void }[] };
for (const c of m.controllers) {
  const r = c.reconcile.bind(c);
  c.reconcile = (k) => {
    bump(`reconcile ${c.name}`);
    r(k);
  };
}
const th = (big as unknown as { timerHandlers: Map<string, (p: unknown) => void> }).timerHandlers;
for (const [type, h] of th) th.set(type, (p) => { bump(`timer ${type}`); h(p); });
void ControllerManager;
createBenchDeployment(big, replicas);
let steps = 0;
const t0 = big.clock.now();
const ok = big.runUntil(() => {
  steps++;
  return benchReady(big) >= replicas;
}, 60 * 60 * 1000);
console.log(`ok=${ok} steps=${steps} virtual ms=${big.clock.now() - t0}`);
for (const [k, v] of [...count].sort()) console.log(`${String(v).padStart(8)} ${k}`);
