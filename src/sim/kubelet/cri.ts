import type { Pod } from 'kubernetes-types/core/v1';
import { sha256Hex } from '../../lib/sha256';
import type { KubeletCore } from './core';
import { contextOf } from './process';
import type { ContainerRt, PodRt, RunRt } from './state';

/**
 * What containerd on one node would answer over the CRI (for `crictl`): its pod sandboxes,
 * containers and images, read from the kubelet's runtime records. Nothing here is stored: ids that
 * containerd would draw at random are derived from what is (a sandbox's from its pod's uid, an
 * image's config digest from its repository digest), so they are stable across snapshots without
 * adding state or touching the cluster's random sequence.
 */

export const PAUSE_IMAGE = 'registry.k8s.io/pause:3.10.1';
const PAUSE_SIZE = 320_368;

export interface CriSandbox {
  id: string;
  name: string;
  namespace: string;
  uid: string;
  createdAt: number;
  ready: boolean;
  labels: Record<string, string>;
}

export interface CriContainer {
  id: string;
  podSandboxId: string;
  name: string;
  attempt: number;
  /** The image reference the kubelet asked for (as in the pod spec, resolved). */
  image: string;
  /** The repository digest the kubelet reports as imageID (`repo@sha256:…`). */
  imageRef: string;
  /** containerd's image id: `sha256:` and the config digest. */
  imageId: string;
  createdAt: number;
  startedAt: number;
  finishedAt?: number;
  exitCode?: number;
  reason?: string;
  running: boolean;
  /** The main process's argv. */
  command: readonly string[];
  pod: { name: string; namespace: string; uid: string };
  logPath: string;
}

export interface CriImage {
  id: string;
  repoTags: string[];
  repoDigests: string[];
  size: number;
  /** When its layers were on disk (undefined for the sandbox image, there since the node was made). */
  pulledAt?: number;
}

export interface NodeRuntime {
  sandboxes: CriSandbox[];
  containers: CriContainer[];
  images: CriImage[];
}

export function sandboxId(uid: string): string {
  return sha256Hex(`sandbox/${uid}`);
}

export function imageConfigId(repoDigest: string): string {
  return `sha256:${sha256Hex(`config/${repoDigest}`)}`;
}

/** The node's runtime as containerd sees it now; undefined for a node without a kubelet record. */
export function nodeRuntime(k: KubeletCore, node: string): NodeRuntime | undefined {
  const n = k.state.nodes[node];
  if (!n) return undefined;
  const now = k.now();
  const sandboxes: CriSandbox[] = [];
  const containers: CriContainer[] = [];
  for (const key of Object.keys(k.state.pods).sort()) {
    const rt = k.state.pods[key] as PodRt;
    if (rt.node !== node || rt.sandboxAt === undefined || rt.sandboxAt > now || !rt.sandboxReady) continue;
    const [namespace = '', name = ''] = key.split('/');
    const id = sandboxId(rt.uid);
    // The kubelet stops a finished pod's sandbox (its network goes) but keeps it until the pod is gone.
    const ready = !rt.terminal && !(rt.terminating && rt.containers.every((c) => c.step === 'done'));
    sandboxes.push({ id, name, namespace, uid: rt.uid, createdAt: rt.sandboxAt, ready, labels: podLabels(k, namespace, name) });
    for (const c of rt.containers) {
      // The kubelet keeps one dead instance per container besides the current one, as here.
      if (c.prev) containers.push(criContainer(c, c.prev, false, id, { name, namespace, uid: rt.uid }, now));
      if (c.run) containers.push(criContainer(c, c.run, true, id, { name, namespace, uid: rt.uid }, now));
    }
  }
  const images: CriImage[] = [{ id: imageConfigId(PAUSE_IMAGE), repoTags: [PAUSE_IMAGE], repoDigests: [`registry.k8s.io/pause@sha256:${sha256Hex(PAUSE_IMAGE)}`], size: PAUSE_SIZE }];
  for (const digest of Object.keys(n.images).sort()) {
    const img = n.images[digest];
    if (!img || img.readyAt > now) continue;
    images.push({ id: imageConfigId(digest), repoTags: [...img.refs], repoDigests: [digest], size: img.sizeBytes, pulledAt: img.readyAt });
  }
  return { sandboxes, containers, images };
}

function podLabels(k: KubeletCore, namespace: string, name: string): Record<string, string> {
  return k.ctx.api.peek<Pod>('pods', namespace, name)?.metadata?.labels ?? {};
}

/** When the process ended: the kubelet's record, or (kubelet stopped) when it died on its own. */
function finishOf(run: RunRt, now: number): number | undefined {
  if (run.finishedAt !== undefined) return run.finishedAt;
  if (run.exitAt !== undefined && run.exitAt <= now) return run.exitAt;
  return undefined;
}

function criContainer(c: ContainerRt, run: RunRt, current: boolean, podSandboxId: string, pod: CriContainer['pod'], now: number): CriContainer {
  const finishedAt = current ? finishOf(run, now) : finishOf(run, now) ?? run.startedAt;
  const ended = finishedAt !== undefined;
  const attempt = run.input.restartCount;
  return {
    id: run.id,
    podSandboxId,
    name: c.name,
    attempt,
    image: run.fullRef,
    imageRef: run.imageId,
    imageId: imageConfigId(run.imageId),
    createdAt: run.startedAt,
    startedAt: run.startedAt,
    ...(ended ? { finishedAt, exitCode: run.exitCode ?? run.exit?.code ?? 0, reason: run.reason ?? run.exit?.reason ?? 'Completed' } : {}),
    running: !ended,
    command: run.plan.argv,
    pod,
    logPath: `/var/log/pods/${pod.namespace}_${pod.name}_${pod.uid}/${c.name}/${attempt}.log`,
  };
}

export type CriLogs = { ok: true; text: string } | { ok: false; message: string };

/** A container's log file, whatever the kubelet is doing: containerd writes it, not the kubelet. */
export function criContainerLogs(k: KubeletCore, node: string, fullId: string, tail?: number): CriLogs {
  for (const [key, rt] of Object.entries(k.state.pods)) {
    if (rt.node !== node) continue;
    for (const c of rt.containers) {
      const run = c.run?.id === fullId ? c.run : c.prev?.id === fullId ? c.prev : undefined;
      if (!run) continue;
      const [namespace = '', name = ''] = key.split('/');
      const ctx = contextOf(k.catalog, run, { name, namespace, node }, c.name);
      if (!ctx) return { ok: true, text: '' };
      const end = (finishOf(run, k.now()) ?? k.now()) - run.startedAt;
      return { ok: true, text: k.catalog.logs(run.plan, ctx, end, tail !== undefined && tail >= 0 ? { tail } : {}) };
    }
  }
  return { ok: false, message: `an error occurred when try to find container "${fullId}": not found` };
}
