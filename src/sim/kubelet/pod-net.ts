import type { SimComponent, SimContext } from '../context';
import type { ContainerNet } from '../images/types';

/**
 * The cluster network as a pod sees it (its DNS, Services, other pods), for the processes the
 * kubelet starts in it and for `kubectl exec`; undefined in test wirings without a network.
 */
export function podNetwork(ctx: SimContext, podKey: string): ContainerNet | undefined {
  try {
    return ctx.component<SimComponent & { containerNet(podKey: string): ContainerNet }>('network').containerNet(podKey);
  } catch {
    return undefined;
  }
}
