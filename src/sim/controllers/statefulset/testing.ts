/**
 * Test support for the StatefulSet and DaemonSet controllers (not used by the simulation): a
 * default three-node cluster with both controllers, the scheduler and a stand-in kubelet, and a
 * recorder that writes what happens to a workload as a timeline for golden files.
 */
import { podGcController } from '../podgc';
import type { Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../api/object';
import { controllerRef } from '../../api/object';
import { Cluster } from '../../cluster';
import type { ClusterOptions } from '../../config';
import { schedulerComponent } from '../../scheduler';
import { instantKubelet, testWiring } from '../../testing/test-wiring';
import { daemonSetController } from '../daemonset';
import { garbageCollector } from '../garbage-collector';
import { namespaceController } from '../namespace';
import { serviceAccountController } from '../serviceaccount';
import { volumeController } from '../volumes';
import { statefulSetController } from './index';

/** A bound pod is Running and Ready this long after binding; a deleted one is gone as long after. */
export const KUBELET_DELAY_MS = 2000;

export function workloadCluster(seed = 7, options: ClusterOptions = {}): Cluster {
  return Cluster.create(
    { seed, freezeObjects: true, ...options },
    testWiring((ctx) => [
      {
        name: 'kube-controller-manager',
        controllers: [namespaceController(ctx), serviceAccountController(ctx), garbageCollector(ctx), statefulSetController(ctx), daemonSetController(ctx), volumeController(ctx), podGcController(ctx)],
      },
      schedulerComponent(ctx),
      instantKubelet(ctx, KUBELET_DELAY_MS),
    ]),
  );
}

export function must<T extends KubeObject>(res: { ok: true; object: T } | { ok: false; status: { message: string } }): T {
  if (!res.ok) throw new Error(res.status.message);
  return res.object;
}

/**
 * From now on, one line per visible change of the workload `kind/name` and its pods, stamped with
 * seconds since the recorder started: events recorded against it (`Normal SuccessfulCreate …`),
 * and for its pods `pod <name>[ on <node>] Ready|Terminating|gone` (the node for DaemonSets only).
 */
export function recordTimeline(c: Cluster, kind: string, name: string, namespace = 'default'): string[] {
  const start = c.now();
  const lines: string[] = [];
  const stamp = () => `+${String(Math.round((c.now() - start) / 1000)).padStart(3)}s`;
  c.store.watch((e) => {
    if (e.object.metadata.namespace !== namespace) return;
    if (e.resource === 'events' && e.type !== 'DELETED') {
      const io = e.object['involvedObject'] as { kind: string; name: string };
      if (io.kind === kind && io.name === name) lines.push(`${stamp()}  ${String(e.object['type'])} ${String(e.object['reason'])}: ${String(e.object['message'])}`);
      return;
    }
    if (e.resource !== 'pods' || controllerRef(e.object)?.kind !== kind || controllerRef(e.object)?.name !== name) return;
    const pod = e.object as Pod & KubeObject;
    const old = e.old as (Pod & KubeObject) | undefined;
    // Which node a StatefulSet pod lands on is the scheduler's business; a daemon pod's node is the point.
    const label = `pod ${pod.metadata.name}${kind === 'DaemonSet' && pod.spec?.nodeName ? ` on ${pod.spec.nodeName}` : ''}`;
    if (e.type === 'DELETED') lines.push(`${stamp()}  ${label} gone`);
    else if (pod.metadata.deletionTimestamp && !old?.metadata.deletionTimestamp) lines.push(`${stamp()}  ${label} Terminating`);
    else if (isReady(pod) && !(old && isReady(old))) lines.push(`${stamp()}  ${label} Ready`);
  });
  return lines;
}

const isReady = (p: Pod): boolean => p.status?.conditions?.some((x) => x.type === 'Ready' && x.status === 'True') ?? false;

export function pods(c: Cluster, namespace = 'default'): (Pod & KubeObject)[] {
  return (c.store.list('pods', namespace) as (Pod & KubeObject)[]).sort((a, b) => (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''));
}

/** Writes a changed copy of a stored object (what `kubectl edit`/`scale`/`set image` do); `null` namespace for cluster-scoped ones. */
export function edit<T extends KubeObject>(c: Cluster, resource: string, name: string, change: (o: T) => T, namespace: string | null = 'default'): T {
  const obj = c.api.peek<T>(resource, namespace ?? undefined, name);
  if (!obj) throw new Error(`no ${resource} ${name}`);
  return must(c.api.update<T>(change(obj)));
}

type WithSpec = KubeObject & { spec: Record<string, unknown> & { template: { spec: { containers: { image?: string }[] } } } };

export function setImage(c: Cluster, resource: string, name: string, image: string, namespace = 'default'): void {
  edit<WithSpec>(c, resource, name, (o) => {
    const template = o.spec.template;
    const containers = template.spec.containers.map((ct) => ({ ...ct, image }));
    return { ...o, spec: { ...o.spec, template: { ...template, spec: { ...template.spec, containers } } } };
  }, namespace);
}

export function scale(c: Cluster, resource: string, name: string, replicas: number, namespace = 'default'): void {
  edit<WithSpec>(c, resource, name, (o) => ({ ...o, spec: { ...o.spec, replicas } }), namespace);
}

export interface StatefulSetOptions {
  replicas?: number;
  image?: string;
  claims?: boolean;
  extraSpec?: Record<string, unknown>;
}

/** The `web` StatefulSet of the Kubernetes tutorial: nginx behind the headless service `nginx`, a `www` claim per pod. */
export function webStatefulSet(opts: StatefulSetOptions = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name: 'web', namespace: 'default' },
    spec: {
      serviceName: 'nginx',
      replicas: opts.replicas ?? 3,
      selector: { matchLabels: { app: 'nginx' } },
      template: {
        metadata: { labels: { app: 'nginx' } },
        spec: {
          containers: [{
            name: 'nginx', image: opts.image ?? 'registry.k8s.io/nginx-slim:0.24', ports: [{ containerPort: 80, name: 'web' }],
            ...(opts.claims === false ? {} : { volumeMounts: [{ name: 'www', mountPath: '/usr/share/nginx/html' }] }),
          }],
        },
      },
      ...(opts.claims === false ? {} : {
        volumeClaimTemplates: [{ metadata: { name: 'www' }, spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } } } }],
      }),
      ...(opts.extraSpec ?? {}),
    },
  };
}

/** `status` as one line of `key=value`s in the API's field order. */
export function statusLine(obj: KubeObject | undefined): string {
  const st = (obj?.['status'] ?? {}) as Record<string, unknown>;
  return Object.entries(st).filter(([k]) => k !== 'conditions').map(([k, v]) => `${k}=${String(v)}`).join(' ');
}

/** The line `kubectl rollout status statefulset/<name>` prints for this state (kubectl v1.35, §6.1). */
export function statefulSetRolloutLine(sts: KubeObject): string {
  const spec = sts['spec'] as { replicas?: number; updateStrategy?: { type?: string; rollingUpdate?: { partition?: number } } };
  const st = (sts['status'] ?? {}) as { observedGeneration?: number; readyReplicas?: number; updatedReplicas?: number; currentRevision?: string; updateRevision?: string; currentReplicas?: number };
  if (spec.updateStrategy?.type !== 'RollingUpdate') return 'error: rollout status is only available for RollingUpdate strategy type';
  if ((st.observedGeneration ?? 0) === 0 || (sts.metadata.generation ?? 0) > (st.observedGeneration ?? 0)) return 'Waiting for statefulset spec update to be observed...';
  const replicas = spec.replicas ?? 1;
  const ready = st.readyReplicas ?? 0;
  if (ready < replicas) return `Waiting for ${replicas - ready} pods to be ready...`;
  // kubectl takes the partitioned branch whenever a rollingUpdate block exists — a defaulted set always has one.
  const rolling = spec.updateStrategy.rollingUpdate;
  if (rolling) {
    const updated = st.updatedReplicas ?? 0;
    const want = replicas - (rolling.partition ?? 0);
    if (rolling.partition !== undefined && updated < want) return `Waiting for partitioned roll out to finish: ${updated} out of ${want} new pods have been updated...`;
    return `partitioned roll out complete: ${updated} new pods have been updated...`;
  }
  if (st.updateRevision !== st.currentRevision) return `waiting for statefulset rolling update to complete ${st.updatedReplicas ?? 0} pods at revision ${st.updateRevision}...`;
  return `statefulset rolling update complete ${st.currentReplicas ?? 0} pods at revision ${st.currentRevision}...`;
}

/** Every distinct consecutive rollout status line of the workload, evaluated on each of its changes. */
export function watchRolloutLines(c: Cluster, resource: string, name: string, line: (o: KubeObject) => string, namespace = 'default'): string[] {
  const lines: string[] = [];
  c.store.watch((e) => {
    if (e.resource !== resource || e.type === 'DELETED' || e.object.metadata.name !== name || e.object.metadata.namespace !== namespace) return;
    const next = line(e.object);
    if (lines[lines.length - 1] !== next) lines.push(next);
  });
  return lines;
}

/** Pods of the workload as `name [node ]revision-label image phase[ Terminating]`, by name. */
export function podSummary(c: Cluster, prefix: string, namespace = 'default', withNode = true): string[] {
  return pods(c, namespace)
    .filter((p) => (p.metadata.name ?? '').startsWith(`${prefix}-`))
    .map((p) => [
      p.metadata.name,
      ...(withNode ? [p.spec?.nodeName ?? '<none>'] : []),
      p.metadata.labels?.['controller-revision-hash'] ?? '-',
      p.spec?.containers[0]?.image,
      `${p.status?.phase}${p.metadata.deletionTimestamp ? ' Terminating' : ''}`,
    ].join(' '));
}
