import type { ClusterWiring } from './cluster';
import { realApiPlugins } from './api/plugins';
import { bootstrapDefaultCluster } from './bootstrap';
import { namespaceController } from './controllers/namespace';
import { replicaSetController } from './controllers/replicaset';
import { serviceAccountController } from './controllers/serviceaccount';
import type { SimComponent, SimContext } from './context';
import { kubeletComponent } from './kubelet';
import { schedulerComponent } from './scheduler';

/** The control plane's controllers, grouped as one component (kube-controller-manager). */
function controllerManager(ctx: SimContext): SimComponent {
  return {
    name: 'kube-controller-manager',
    controllers: [namespaceController(ctx), serviceAccountController(ctx), replicaSetController(ctx)],
  };
}

/** Everything a real kubeadm cluster runs. */
export const DEFAULT_WIRING: ClusterWiring = {
  plugins: (ctx) => realApiPlugins(ctx.store, ctx.rt.random, { podCapacity: ctx.config.podCapacity, serviceCIDR: ctx.config.serviceCIDR }),
  components: (ctx) => [controllerManager(ctx), schedulerComponent(ctx), kubeletComponent(ctx)],
  bootstrap: bootstrapDefaultCluster,
};
