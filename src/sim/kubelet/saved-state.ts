import { clone } from '../api/object';
import { planFromShared, sharedPlanOf } from '../images/plan-shared';
import type { UnresolvedPlan } from '../images/plan-memo';
import type { ContainerRt, KubeletState, PodRt, RunRt } from './state';
import { containerRtShape, podRtShape, runRtShape } from './shapes';
import { restoreUnsignedTokens, unsignedTokens, UNSIGNED_TOKEN_SAVED } from './volumes';

/**
 * The kubelet's state as a snapshot holds it. Keys are sorted (a restored kubelet, whose objects
 * were rebuilt from JSON, saves byte for byte the same), and plans are not repeated: thousands of
 * replicas run one plan with their own dates, so the plans they were made from are listed once
 * (`plans`) and each run names its entry. A run's plan is rebuilt from that entry on load.
 */
export interface SavedKubelet {
  nodes: KubeletState['nodes'];
  pods: Record<string, unknown>;
  plans?: unknown[];
  volumes?: KubeletState['volumes'];
}

/** How a saved run refers to its plan. */
interface PlanRef {
  shared: number;
}

export function saveKubelet(state: KubeletState): unknown {
  const table = new PlanTable();
  const pods: Record<string, unknown> = {};
  for (const key of Object.keys(state.pods).sort()) pods[key] = withPlanRefs(state.pods[key] as PodRt, table);
  const saved: SavedKubelet = { nodes: state.nodes, pods };
  if (table.entries.length > 0) saved.plans = table.entries;
  // Only volumes that hold something: a cluster whose containers wrote nothing saves as before.
  const volumes = Object.entries(state.volumes ?? {}).filter(([, files]) => Object.keys(files).length > 0);
  if (volumes.length > 0) saved.volumes = Object.fromEntries(volumes);
  return canonical(saved);
}

export function loadKubelet(saved: unknown): KubeletState {
  const raw = saved as SavedKubelet;
  const state = clone({ nodes: raw.nodes, pods: raw.pods }) as unknown as KubeletState;
  if (raw.volumes) state.volumes = clone(raw.volumes);
  const plans = (raw.plans ?? []) as UnresolvedPlan[];
  for (const [key, saved] of Object.entries(state.pods)) {
    const slash = key.indexOf('/');
    // Rebuilt in the shapes the kubelet makes them in (see shapes.ts), not JSON's.
    const rt = (state.pods[key] = podRtShape(saved));
    rt.containers = rt.containers.map((c) => {
      const out = containerRtShape(c);
      if (out.run) out.run = runRtShape(out.run);
      if (out.prev) out.prev = runRtShape(out.prev);
      return out;
    });
    for (const c of rt.containers) {
      for (const run of [c.prev, c.run]) {
        if (run?.input?.mounts) restoreUnsignedTokens(run.input.mounts, key.slice(0, slash), key.slice(slash + 1), rt.uid);
        const ref = run?.plan as unknown as PlanRef | undefined;
        if (!run || ref?.shared === undefined) continue;
        const shared = plans[ref.shared];
        if (!shared) throw new Error(`kubelet snapshot: no plan ${ref.shared}`);
        run.plan = planFromShared(shared, { namespace: key.slice(0, slash), podName: key.slice(slash + 1), containerName: c.name, restartCount: run.input.restartCount, startedAt: run.startedAt });
      }
    }
  }
  return state;
}

/** Shared plans in order of first use, one entry per distinct content (so original and restored agree). */
class PlanTable {
  readonly entries: unknown[] = [];
  private readonly byText = new Map<string, number>();

  ref(u: UnresolvedPlan): PlanRef {
    const { entry, text } = entryOf(u);
    let id = this.byText.get(text);
    if (id === undefined) {
      id = this.entries.push(entry) - 1;
      this.byText.set(text, id);
    }
    return { shared: id };
  }
}

/** Shared plans never change: each is serialised once. */
const ENTRIES = new WeakMap<UnresolvedPlan, { entry: unknown; text: string }>();

function entryOf(u: UnresolvedPlan): { entry: unknown; text: string } {
  let known = ENTRIES.get(u);
  if (!known) {
    const entry = canonical({ formats: u.formats, plan: u.plan });
    ENTRIES.set(u, (known = { entry, text: JSON.stringify(entry) }));
  }
  return known;
}

function withPlanRefs(rt: PodRt, table: PlanTable): unknown {
  const containers = rt.containers.map((c): ContainerRt => {
    const prev = runWithRef(c.prev, table);
    const run = runWithRef(c.run, table);
    return prev === c.prev && run === c.run ? c : { ...c, prev, run } as ContainerRt;
  });
  return { ...rt, containers };
}

function runWithRef(run: RunRt | undefined, table: PlanTable): RunRt | undefined {
  if (!run) return run;
  const shared = sharedPlanOf(run.plan);
  const unsigned = unsignedTokens(run.input.mounts);
  if (!shared && !unsigned) return run;
  const out = { ...run };
  if (shared) out.plan = table.ref(shared) as unknown as RunRt['plan'];
  // A token nobody has read yet is saved as what it will be signed for (about a kilobyte less a container).
  if (unsigned) out.input = { ...run.input, mounts: savedMounts(run.input.mounts, unsigned) };
  return out;
}

function savedMounts(mounts: Record<string, string>, unsigned: ReadonlyMap<string, string>): Record<string, string> {
  const out: Record<string, string> = {};
  for (const path of Object.keys(mounts)) {
    const sa = unsigned.get(path);
    out[path] = sa === undefined ? (mounts[path] as string) : UNSIGNED_TOKEN_SAVED + sa;
  }
  return out;
}

/**
 * Keys sorted, except inside maps whose order is what a process sees (a container's environment,
 * its mounted files): those are made once, in order, and never changed, so a JSON round trip keeps
 * their order and a restored container prints `env` as the original does.
 */
export function canonical(value: unknown, ordered = false): unknown {
  if (value === null || typeof value !== 'object') return value;
  if (Array.isArray(value)) {
    const list: unknown[] = [];
    for (const v of value) list.push(canonical(v));
    return list;
  }
  const out: Record<string, unknown> = {};
  const keys = Object.keys(value);
  if (!ordered) keys.sort();
  for (const key of keys) {
    const v = (value as Record<string, unknown>)[key];
    if (v === undefined) continue;
    out[key] = v !== null && typeof v === 'object' ? canonical(v, ORDERED_MAPS.has(key)) : v;
  }
  return out;
}

const ORDERED_MAPS = new Set(['env', 'mounts']);
