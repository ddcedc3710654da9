// Self and inclusive time per function in a .cpuprofile (the main thread's: the biggest file):
//   node bench/profile-summary.mjs FILE [N] [FUNCTION-ON-STACK] [LEFT-OUT,FUNCTIONS]
import { readFileSync } from 'node:fs';

const prof = JSON.parse(readFileSync(process.argv[2], 'utf8'));
const top = Number(process.argv[3] ?? 40);
/** Only samples with this function on the stack (e.g. runUntil). */
const within = process.argv[4];
/** Leave out samples with any of these (comma-separated) on the stack. */
const without = new Set((process.argv[5] ?? '').split(',').filter(Boolean));
const byId = new Map(prof.nodes.map((n) => [n.id, n]));
const parent = new Map();
for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
const name = (n) => `${n.callFrame.functionName || '(anon)'} ${n.callFrame.url.replace(/^.*\/work\/main\//, '').replace(/^file:\/\//, '')}`;
const self = new Map();
const incl = new Map();
let total = 0;
for (let i = 0; i < prof.samples.length; i++) {
  // SAMPLES=1: count samples (a busy machine stretches some time deltas with time spent descheduled).
  const us = process.env.SAMPLES ? 1000 : prof.timeDeltas[i + 1] ?? 0;
  let id = prof.samples[i];
  const n = byId.get(id);
  if (n.callFrame.functionName === '(idle)') continue;
  if (within) {
    let inside = false;
    for (let up = id; up !== undefined && !inside; up = parent.get(up)) inside = byId.get(up).callFrame.functionName === within;
    if (!inside) continue;
  }
  if (without.size > 0) {
    let excluded = false;
    for (let up = id; up !== undefined && !excluded; up = parent.get(up)) excluded = without.has(byId.get(up).callFrame.functionName);
    if (excluded) continue;
  }
  total += us;
  self.set(name(n), (self.get(name(n)) ?? 0) + us);
  const seen = new Set();
  while (id !== undefined) {
    const k = name(byId.get(id));
    if (!seen.has(k)) {
      seen.add(k);
      incl.set(k, (incl.get(k) ?? 0) + us);
    }
    id = parent.get(id);
  }
}
const show = (m, n) => [...m].sort((a, b) => b[1] - a[1]).slice(0, n).forEach(([k, v]) => console.log(`${(v / 1000).toFixed(0).padStart(7)} ms ${((100 * v) / total).toFixed(1).padStart(5)}%  ${k}`));
console.log(`total (not idle) ${(total / 1000).toFixed(0)} ms\n--- self`);
show(self, top);
console.log('--- inclusive');
show(incl, top);
