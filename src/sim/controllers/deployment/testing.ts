/**
 * Test support for the deployment controller (not used by the simulation itself): a cluster with
 * the controllers a rollout needs, a stand-in kubelet, and the `kubectl rollout status` line.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/object';
import { clone } from '../../api/object';
import { Cluster } from '../../cluster';
import type { ClusterOptions } from '../../config';
import type { SimComponent, SimContext } from '../../context';
import { schedulerComponent } from '../../scheduler';
import { testWiring } from '../../testing/test-wiring';
import { garbageCollector } from '../garbage-collector';
import { namespaceController } from '../namespace';
import { replicaSetController } from '../replicaset';
import { serviceAccountController } from '../serviceaccount';
import { deploymentController } from './index';
import type { DeploymentObject } from './types';

/** Images the stand-in kubelet can never pull: their pods stay Pending and never become ready. */
export const BAD_IMAGE = 'nginx:no-such-tag';

/**
 * Stands in for the kubelet: a bound pod is Running and Ready `startMs` later (never, for
 * BAD_IMAGE); a pod marked for deletion is gone `stopMs` later.
 */
export function fakeKubelet(ctx: SimContext, startMs = 2000, stopMs = 1000): SimComponent {
  const key = (o: KubeObject) => `${o.metadata.namespace}/${o.metadata.name}`;
  const pod = (k: string) => {
    const [ns, name] = k.split('/');
    return ctx.api.peek<Pod & KubeObject>('pods', ns, name ?? '');
  };
  return {
    name: 'fake-kubelet',
    controllers: [
      {
        name: 'fake-kubelet',
        watches: {
          pods: (e) => {
            if (e.type === 'DELETED') return undefined;
            const p = e.object as Pod & KubeObject;
            const old = e.old as (Pod & KubeObject) | undefined;
            const bad = (p.spec?.containers ?? []).some((c) => c.image === BAD_IMAGE);
            if (p.spec?.nodeName && !old?.spec?.nodeName && !p.metadata.deletionTimestamp && !bad) ctx.rt.clock.after(startMs, 'fake-kubelet.start', key(p));
            if (p.metadata.deletionTimestamp && !old?.metadata.deletionTimestamp) ctx.rt.clock.after(stopMs, 'fake-kubelet.stop', key(p));
            return undefined;
          },
        },
        reconcile: () => undefined,
      },
    ],
    timers: {
      'fake-kubelet.start': (k) => {
        const p = pod(String(k));
        if (!p || p.metadata.deletionTimestamp) return;
        const t = ctx.rt.timestamp();
        const scheduled = (p.status?.conditions ?? []).filter((c) => c.type === 'PodScheduled');
        ctx.api.updateStatus({
          ...p,
          status: {
            ...(p.status ?? {}),
            phase: 'Running',
            startTime: t,
            conditions: [...scheduled, { type: 'Ready', status: 'True', lastProbeTime: null, lastTransitionTime: t } as never],
          },
        });
      },
      'fake-kubelet.stop': (k) => {
        const p = pod(String(k));
        if (p) ctx.api.delete(ctx.api.typeOf(p) as never, p.metadata.namespace, p.metadata.name ?? '', { gracePeriodSeconds: 0 });
      },
    },
  };
}

/** A default three-node cluster running the deployment and ReplicaSet controllers, a scheduler and the fake kubelet. */
export function rolloutCluster(seed = 11, options: ClusterOptions = {}): Cluster {
  return Cluster.create(
    { seed, freezeObjects: true, ...options },
    testWiring((ctx) => [
      {
        name: 'kube-controller-manager',
        controllers: [namespaceController(ctx), serviceAccountController(ctx), garbageCollector(ctx), deploymentController(ctx), replicaSetController(ctx)],
      },
      schedulerComponent(ctx),
      fakeKubelet(ctx),
    ]),
  );
}

export interface DeploymentOptions {
  replicas?: number;
  image?: string;
  strategy?: Record<string, unknown>;
  extraSpec?: Record<string, unknown>;
}

export function deploymentManifest(name: string, opts: DeploymentOptions = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: { app: name } },
      ...(opts.strategy ? { strategy: opts.strategy } : {}),
      template: {
        metadata: { labels: { app: name } },
        spec: { containers: [{ name: 'nginx', image: opts.image ?? 'nginx:1.27', ports: [{ containerPort: 80 }] }] },
      },
      ...(opts.extraSpec ?? {}),
    },
  };
}

export function getDeployment(c: Cluster, name: string): DeploymentObject {
  const d = c.api.peek<DeploymentObject>('deployments.apps', 'default', name);
  if (!d) throw new Error(`no deployment ${name}`);
  return d;
}

/** Writes a changed copy of the stored deployment (what `kubectl set image`/`edit` do). */
export function editDeployment(c: Cluster, name: string, edit: (d: DeploymentObject) => DeploymentObject): void {
  const res = c.api.update(edit(getDeployment(c, name)));
  if (!res.ok) throw new Error(res.status.message);
}

export function setImage(c: Cluster, name: string, image: string): void {
  editDeployment(c, name, (d) => {
    const template = d.spec?.template ?? {};
    const containers = (template.spec?.containers ?? []).map((ct) => ({ ...ct, image }));
    return { ...d, spec: { ...(d.spec as object), template: { ...template, spec: { ...(template.spec ?? {}), containers } } } } as DeploymentObject;
  });
}

export function scaleDeployment(c: Cluster, name: string, replicas: number): void {
  editDeployment(c, name, (d) => ({ ...d, spec: { ...(d.spec as object), replicas } }) as DeploymentObject);
}

/**
 * What `kubectl rollout undo --to-revision=N` does (client-side): the ReplicaSet's template,
 * without its pod-template-hash label, and its annotations become the deployment's again.
 */
export function undoTo(c: Cluster, name: string, revision: number): void {
  const rs = replicaSetsOf(c, name).find((r) => r.metadata.annotations?.['deployment.kubernetes.io/revision'] === String(revision));
  if (!rs) throw new Error(`no revision ${revision}`);
  const template = clone((rs['spec'] as { template: { metadata?: { labels?: Record<string, string> } } }).template);
  delete template.metadata?.labels?.['pod-template-hash'];
  const skipped = ['kubectl.kubernetes.io/last-applied-configuration', 'deployment.kubernetes.io/revision', 'deployment.kubernetes.io/revision-history',
    'deployment.kubernetes.io/desired-replicas', 'deployment.kubernetes.io/max-replicas', 'deprecated.deployment.rollback.to'];
  editDeployment(c, name, (d) => {
    const annotations: Record<string, string> = {};
    for (const [k, v] of Object.entries(d.metadata.annotations ?? {})) if (skipped.includes(k)) annotations[k] = v;
    for (const [k, v] of Object.entries(rs.metadata.annotations ?? {})) if (!skipped.includes(k)) annotations[k] = v;
    return { ...d, metadata: { ...d.metadata, annotations }, spec: { ...(d.spec as object), template } } as DeploymentObject;
  });
}

/** The line `kubectl rollout status` prints for this deployment state (kubectl v1.35, §6.1). */
export function rolloutStatusLine(d: DeploymentObject): string {
  const name = d.metadata.name ?? '';
  const st = d.status ?? {};
  const replicas = d.spec?.replicas ?? 1;
  if ((d.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return 'Waiting for deployment spec update to be observed...';
  if (st.conditions?.some((c) => c.type === 'Progressing' && c.reason === 'ProgressDeadlineExceeded')) return `error: deployment "${name}" exceeded its progress deadline`;
  const updated = st.updatedReplicas ?? 0;
  if (updated < replicas) return `Waiting for deployment "${name}" rollout to finish: ${updated} out of ${replicas} new replicas have been updated...`;
  if ((st.replicas ?? 0) > updated) return `Waiting for deployment "${name}" rollout to finish: ${(st.replicas ?? 0) - updated} old replicas are pending termination...`;
  if ((st.availableReplicas ?? 0) < updated) return `Waiting for deployment "${name}" rollout to finish: ${st.availableReplicas ?? 0} of ${updated} updated replicas are available...`;
  return `deployment "${name}" successfully rolled out`;
}

/**
 * Collects, from now on, every event recorded against the named Deployment as `Type  Reason  Message`,
 * in the order they happen (a repeat that only bumps `count` is listed again).
 */
export function watchDeploymentEvents(c: Cluster, name: string): string[] {
  const seen: string[] = [];
  c.store.watch((e) => {
    if (e.resource !== 'events' || e.type === 'DELETED') return;
    const io = e.object['involvedObject'] as { kind: string; name: string };
    if (io.kind !== 'Deployment' || io.name !== name) return;
    seen.push(`${String(e.object['type'])}  ${String(e.object['reason'])}  ${String(e.object['message'])}`);
  });
  return seen;
}

/** Collects every distinct consecutive `rollout status` line, evaluated after each change of the Deployment. */
export function watchRolloutStatus(c: Cluster, name: string): string[] {
  const lines: string[] = [];
  c.store.watch((e) => {
    if (e.resource !== 'deployments.apps' || e.type === 'DELETED' || e.object.metadata.name !== name) return;
    const line = rolloutStatusLine(e.object as DeploymentObject);
    if (lines[lines.length - 1] !== line) lines.push(line);
  });
  return lines;
}

export function replicaSetsOf(c: Cluster, name: string): KubeObject[] {
  const d = getDeployment(c, name);
  return c.store.list('replicasets.apps', 'default').filter((rs) => rs.metadata.ownerReferences?.some((r) => r.uid === d.metadata.uid));
}

export function activePods(c: Cluster, prefix: string): (Pod & KubeObject)[] {
  return (c.store.list('pods', 'default') as (Pod & KubeObject)[]).filter((p) => (p.metadata.name ?? '').startsWith(`${prefix}-`) && !p.metadata.deletionTimestamp);
}

/** The distinct consecutive `rollout status` lines seen after every settled step until the rollout ends. */
export function followRollout(c: Cluster, name: string): string[] {
  const lines = [rolloutStatusLine(getDeployment(c, name))];
  c.runUntil(() => {
    const line = rolloutStatusLine(getDeployment(c, name));
    if (lines[lines.length - 1] !== line) lines.push(line);
    return line.startsWith('deployment ') || line.startsWith('error: ');
  }, 30 * 60_000);
  return lines;
}

export const rsSummary = (c: Cluster, name: string): string[] =>
  replicaSetsOf(c, name).map((rs) => {
    const a = rs.metadata.annotations ?? {};
    const spec = rs['spec'] as { replicas: number; template: { spec: { containers: { image: string }[] } } };
    return `${rs.metadata.name} ${spec.template.spec.containers[0]?.image} replicas=${spec.replicas} revision=${a['deployment.kubernetes.io/revision']}${a['deployment.kubernetes.io/revision-history'] ? ` history=${a['deployment.kubernetes.io/revision-history']}` : ''}`;
  });
