import type { ClusterWiring } from './cluster';
import { deferredApiPlugins } from './api/deferred-plugins';
import { bootPart } from './bootstrap/boot-source';
import { lacksRbacPolicy } from './bootstrap/restore-needs';
import { apiextensionsController } from './controllers/apiextensions';
import { clusterRoleAggregationController } from './controllers/clusterrole-aggregation';
import { bootstrapTokenCleaner } from './controllers/bootstrap-token-cleaner';
import { csrCleanerController, csrSigningController } from './controllers/certificates';
import { cronJobController } from './controllers/cronjob';
import { daemonSetController } from './controllers/daemonset';
import { deploymentController } from './controllers/deployment';
import { disruptionController } from './controllers/disruption';
import { endpointsController } from './controllers/endpoints';
import { eventsComponent } from './events/component';
import { jobController } from './controllers/job';
import { garbageCollector } from './controllers/garbage-collector';
import { namespaceController } from './controllers/namespace';
import { nodeLifecycleComponent } from './controllers/node-lifecycle';
import { podGcController } from './controllers/podgc';
import { replicaSetController } from './controllers/replicaset';
import { resourceQuotaController } from './controllers/resourcequota';
import { serviceAccountController } from './controllers/serviceaccount';
import { statefulSetController } from './controllers/statefulset';
import { volumeController } from './controllers/volumes';
import type { SimComponent, SimContext } from './context';
import { hpaComponent } from './controllers/hpa';
import { ingressNginxComponent } from './controllers/ingress';
import { catalogWithFaults, faultsComponent, type FaultsComponent } from './faults';
import { kubeletComponent } from './kubelet';
import { defaultCatalog } from './kubelet/default-catalog';
import { metricsComponent } from './metrics';
import { networkComponent } from './network';
import { schedulerComponent } from './scheduler';

/** The control plane's controllers, grouped as one component (kube-controller-manager). */
function controllerManager(ctx: SimContext): SimComponent {
  return {
    name: 'kube-controller-manager',
    controllers: [
      namespaceController(ctx),
      serviceAccountController(ctx),
      garbageCollector(ctx),
      deploymentController(ctx),
      replicaSetController(ctx),
      statefulSetController(ctx),
      daemonSetController(ctx),
      jobController(ctx),
      cronJobController(ctx),
      endpointsController(ctx),
      volumeController(ctx),
      resourceQuotaController(ctx),
      podGcController(ctx),
      disruptionController(ctx),
      clusterRoleAggregationController(ctx),
      csrSigningController(ctx),
      csrCleanerController(ctx),
      bootstrapTokenCleaner(ctx),
    ],
  };
}

/** The controllers kube-apiserver itself runs (apiextensions: CRD names, establishing, clean-up). */
function apiServerControllers(ctx: SimContext): SimComponent {
  return { name: 'kube-apiserver', controllers: [apiextensionsController(ctx)] };
}

/** Everything a real kubeadm cluster runs. */
export const DEFAULT_WIRING: ClusterWiring = {
  // The write path is a part of its own (plugins-source.ts): a restore writes nothing.
  plugins: (ctx) => deferredApiPlugins((part) => part.realApiPlugins(ctx.store, ctx.rt.random, { podCapacity: ctx.config.podCapacity, serviceCIDR: ctx.config.serviceCIDR })),
  components: (ctx) => [
    apiServerControllers(ctx),
    controllerManager(ctx),
    nodeLifecycleComponent(ctx),
    eventsComponent(ctx),
    schedulerComponent(ctx),
    kubeletComponent(ctx, catalogWithFaults(defaultCatalog(), () => ctx.component<FaultsComponent>('faults').brokenImages())),
    faultsComponent(ctx),
    networkComponent(ctx),
    metricsComponent(ctx),
    hpaComponent(ctx),
    ingressNginxComponent(ctx),
  ],
  // The boot code is a part of its own (boot-source.ts): a restore of a current snapshot never asks for it.
  bootstrap: (cluster) => bootPart().bootstrapDefaultCluster(cluster),
  upgrade: (cluster) => {
    if (lacksRbacPolicy((resource) => cluster.store.count(resource))) bootPart().upgradeDefaultCluster(cluster);
  },
};
