/** Test helpers: a container context for an image reference, at a fixed virtual time. */
import { resolveImage } from './resolve';
import type { ContainerContext } from './types';

/** Wed, 15 Jan 2025 10:20:30 UTC. */
export const T0 = Date.UTC(2025, 0, 15, 10, 20, 30);

export function contextFor(ref: string, extra: Partial<ContainerContext> = {}): ContainerContext {
  const r = resolveImage(ref);
  if (r.kind !== 'found') throw new Error(`test image ${ref} not in the catalog`);
  return {
    image: r.image,
    tag: r.tag,
    env: {},
    podName: 'web',
    namespace: 'default',
    containerName: 'main',
    startedAt: T0,
    restartCount: 0,
    limits: {},
    ports: [],
    podIP: '10.244.1.5',
    nodeName: 'node01',
    ...extra,
  };
}

export const MiB = 1024 * 1024;
