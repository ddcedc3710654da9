import { benchReady, createBenchCluster, createBenchDeployment } from '../scale-setup';
import type { Cluster } from '../../src/sim';

/**
 * The 5,000-pod scale-up inside a dedicated worker, as the sandbox runs the engine in the browser.
 * "setup" builds the cluster and the Deployment (not timed); "run" times the scale-up alone, so the
 * page can read the renderer's CPU counters around exactly that.
 */
type Request = { kind: 'setup'; replicas: number; nodes: number } | { kind: 'run' };

let cluster: Cluster | undefined;
let replicas = 0;


self.onmessage = (e: MessageEvent<Request>) => {
  const req = e.data;
  if (req.kind === 'setup') {
    replicas = req.replicas;
    cluster = createBenchCluster(req.nodes);
    createBenchDeployment(cluster, replicas);
    self.postMessage({ kind: 'ready' });
    return;
  }
  const c = cluster as Cluster;
  const t0 = performance.now();
  const ok = c.runUntil(() => benchReady(c) >= replicas, 60 * 60 * 1000);
  self.postMessage({ kind: 'done', ok, wallMs: performance.now() - t0 });
};
