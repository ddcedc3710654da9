// Test support: a cluster in the state the reference captures (shared/reference/golden/fake-v1.35)
// were taken against — the same object names, fields and ages — built through the simulated API
// server (create, then status writes) at the right moments of the virtual clock. T0 is the moment
// `get-pods.txt` was captured; other captures ran a few seconds later (`drift`).

import type { KubeObject } from '../../sim/api/object';
import { Cluster } from '../../sim/cluster';
import { testWiring } from '../../sim/testing/test-wiring';
import { realApiPlugins } from '../../sim/api/plugins';
import type { ApiPlugins } from '../../sim/api/apiserver';
import type { ClusterWiring } from '../../sim/cluster';
import { bootstrapPolicyObjects, kubeadmRbacObjects } from '../../sim/bootstrap/rbac';
import type { SimComponent, SimContext } from '../../sim/context';
import { clusterRoleAggregationController } from '../../sim/controllers/clusterrole-aggregation';
import { goldenObjects, type Seed } from './golden-objects';

export const T0 = Date.UTC(2026, 10, 24, 15, 4, 0);
const DAY = 86_400_000;

export type GoldenVariant = 'default' | 'cordoned' | 'afterDrain' | 'afterExpose' | 'noKubeSystemPods';

function applyVariant(seeds: Seed[], variant: GoldenVariant): Seed[] {
  switch (variant) {
    case 'cordoned':
      return seeds.map((s) => (s.object.kind === 'Node' && s.object.metadata.name === 'node01' ? { ...s, object: { ...s.object, spec: { unschedulable: true } } } : s));
    case 'afterDrain':
      return seeds.filter((s) => !(s.object.kind === 'Pod' && s.object.metadata.namespace === 'default' && (s.object['spec'] as { nodeName?: string }).nodeName === 'node01'));
    case 'noKubeSystemPods':
      return seeds.filter((s) => !(s.object.kind === 'Pod' && s.object.metadata.namespace === 'kube-system'));
    case 'afterExpose': {
      const svc = (name: string, ip: string, port: number, nodePort?: number): Seed => ({
        age: 0,
        object: {
          apiVersion: 'v1',
          kind: 'Service',
          metadata: { name, namespace: 'default' },
          spec: {
            type: nodePort ? 'NodePort' : 'ClusterIP',
            clusterIP: ip,
            clusterIPs: [ip],
            selector: { app: name },
            ports: [{ port, protocol: 'TCP', targetPort: port, ...(nodePort ? { nodePort } : {}) }],
          },
        },
      });
      return [...seeds, svc('web3', '10.96.251.123', 80), svc('web3-np', '10.96.4.13', 80, 31550), svc('web-svc', '10.96.92.16', 8080)];
    }
    default:
      return seeds;
  }
}

/**
 * The fixture's objects are written as the fake server stored them (some would not pass today's
 * validation, e.g. status-only seeds); once they are in, the API server decodes and validates
 * strictly as a real one does.
 */
function strictAfterBootstrap(wiring: ClusterWiring, gate: { strict: boolean }): ClusterWiring {
  return {
    ...wiring,
    plugins: (ctx) => {
      const lenient = wiring.plugins(ctx);
      const real = realApiPlugins(ctx.store, ctx.rt.random, { podCapacity: ctx.config.podCapacity, serviceCIDR: ctx.config.serviceCIDR });
      const pick = (): ApiPlugins => (gate.strict ? real : lenient);
      return {
        decode: (o, t, m) => pick().decode(o, t, m),
        defaults: (o, t) => pick().defaults(o, t),
        prepareForCreate: (o, t) => pick().prepareForCreate(o, t),
        prepareForUpdate: (o, old, t) => pick().prepareForUpdate(o, old, t),
        validateCreate: (o, t) => pick().validateCreate(o, t),
        validateUpdate: (o, old, t) => pick().validateUpdate(o, old, t),
        admit: (o, old, t, api) => pick().admit(o, old, t, api),
      };
    },
  };
}

/**
 * The reference cluster at T0 + drift seconds. The fake server of the captures had no RBAC objects;
 * `rbac` adds a kubeadm cluster's bootstrap policy (and the controller that aggregates it) at T0,
 * after every fixture object, for the commands that authorize.
 */
export function goldenCluster(opts: { drift?: number; variant?: GoldenVariant; rbac?: boolean } = {}): Cluster {
  const gate = { strict: false };
  const seeds = applyVariant(goldenObjects(T0), opts.variant ?? 'default').sort((a, b) => b.age - a.age);
  const bootstrap = (cluster: Cluster): void => {
    for (const seed of seeds) {
      const at = T0 - seed.age * 1000;
      if (at > cluster.now()) cluster.advance(at - cluster.now());
      const created = cluster.api.create(seed.object);
      if (!created.ok) throw new Error(`fixture ${seed.object.kind} ${seed.object.metadata.name}: ${created.status.message}`);
      if (seed.status !== undefined) {
        const written = cluster.api.updateStatus({ ...(created.object as KubeObject), status: seed.status });
        if (!written.ok) throw new Error(`fixture status ${seed.object.metadata.name}: ${written.status.message}`);
      }
    }
    if (T0 > cluster.now()) cluster.advance(T0 - cluster.now());
    if (opts.rbac) {
      for (const obj of [...bootstrapPolicyObjects(), ...kubeadmRbacObjects()]) {
        const created = cluster.api.create(obj);
        if (!created.ok) throw new Error(`bootstrap policy ${obj.kind} ${obj.metadata.name}: ${created.status.message}`);
      }
      cluster.settle();
    }
  };
  const components = (ctx: SimContext): SimComponent[] => (opts.rbac ? [{ name: 'rbac', controllers: [clusterRoleAggregationController(ctx)] }] : []);
  const cluster = Cluster.create({ startTime: T0, clusterAgeMs: 11 * DAY }, strictAfterBootstrap(testWiring(components, (c) => {
    bootstrap(c);
    gate.strict = true;
  }), gate));
  if (opts.drift) cluster.advance(opts.drift * 1000);
  return cluster;
}
