/**
 * The kubelet's running containers as the network and metrics see them (the `runningContainers`
 * seam of network/runtime-view.ts): the processes it really runs, so a Service answers with what
 * the pod serves — its mounted ConfigMap page, a file an exec wrote, a shared volume's content —
 * rather than with what a fresh container of the same spec would serve.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { variantOf } from '../images/variant';
import type { RunningContainer } from '../network/runtime-view';
import { writableMounts } from './container-files';
import type { KubeletCore } from './core';
import { contextOf } from './process';
import { isAlive } from './status';

/** The pod's running processes now; undefined for a pod this kubelet does not run. */
export function runningContainers(k: KubeletCore, key: string): RunningContainer[] | undefined {
  const rt = k.state.pods[key];
  if (!rt) return undefined;
  const slash = key.indexOf('/');
  const pod = k.ctx.api.peek<Pod>('pods', key.slice(0, slash), key.slice(slash + 1));
  if (!pod) return undefined;
  const identity = { namespace: key.slice(0, slash), name: key.slice(slash + 1), node: rt.node };
  const now = k.now();
  const out: RunningContainer[] = [];
  for (const c of rt.containers) {
    const run = c.run;
    if (!run || !isAlive(c) || (run.exitAt !== undefined && run.exitAt <= now)) continue;
    const at = now - run.startedAt;
    const plan = run.plan;
    const res = k.catalog.resolve(run.image);
    const spec = pod.spec?.containers?.find((x) => x.name === c.name) ?? pod.spec?.initContainers?.find((x) => x.name === c.name);
    out.push({
      name: c.name,
      startedAt: run.startedAt,
      listens: at >= plan.readyAtMs ? plan.listens : [],
      http(req) {
        const mounts = spec ? writableMounts(k.ctx.store, pod, spec, rt.node) : [];
        const ctx = contextOf(k.catalog, run, identity, c.name, { state: k.state, mounts });
        return ctx ? k.catalog.http(plan, ctx, { ...req, nowMs: now }, at) : null;
      },
      usage() {
        const u = k.catalog.usage(plan, at);
        const limit = run.input.limits.memoryBytes;
        return { cpuMilli: u.cpuMilli, memoryBytes: limit !== undefined ? Math.min(u.memoryBytes, limit) : u.memoryBytes };
      },
      outbound: plan.outbound ?? [],
      facts: res.kind === 'found' ? (variantOf(res.image, run.input.tag)?.facts ?? {}) : {},
    });
  }
  return out;
}
