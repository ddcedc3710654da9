// Test support for the node and debugging verbs (drain, cordon, taint, logs, top…): the cluster of
// the reference captures (testing/golden-objects) with what those verbs look at and the shared
// fixture leaves out — controller owner references on the pods (drain tells managed pods from
// unmanaged ones by them), the control-plane taint — and, standing in for the kubelets, a component
// that lets a terminating pod go a moment after its deletion was asked for.

import type { OwnerReference } from 'kubernetes-types/meta/v1';
import type { KubeObject } from '../../sim/api/object';
import { typeForKey, type ResourceType } from '../../sim/api/registry';
import { Cluster } from '../../sim/cluster';
import type { SimComponent, SimContext } from '../../sim/context';
import { testWiring } from '../../sim/testing/test-wiring';
import { createCluster } from '../../sim';
import { kubectl } from '../index';
import type { KubectlResult } from '../context';
import { goldenObjects } from '../testing/golden-objects';
import { T0 } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const DAY = 86_400_000;
/** How long the stand-in kubelet takes to stop a terminating pod. */
export const STOP_MS = 300;

/** Removes pods whose deletion was asked for, STOP_MS later (no containers to stop here). */
function terminator(ctx: SimContext): SimComponent {
  const TIMER = 'terminator.stop';
  return {
    name: 'terminator',
    controllers: [
      {
        name: 'terminator',
        watches: {
          pods: (e) => {
            if (e.type !== 'DELETED' && e.object.metadata.deletionTimestamp && !e.old?.metadata.deletionTimestamp) {
              ctx.rt.clock.after(STOP_MS, TIMER, `${e.object.metadata.namespace}/${e.object.metadata.name}/${e.object.metadata.uid}`);
            }
            return undefined;
          },
        },
        reconcile: () => undefined,
      },
    ],
    timers: {
      [TIMER]: (key) => {
        const [ns = '', name = '', uid = ''] = String(key).split('/');
        const pod = ctx.api.peek<KubeObject>('pods', ns, name);
        if (pod?.metadata.uid === uid) ctx.api.delete(typeForKey('pods') as ResourceType, ns, name, { gracePeriodSeconds: 0 });
      },
    },
  };
}

function owner(obj: KubeObject | undefined): OwnerReference[] {
  if (!obj) return [];
  return [{ apiVersion: obj.apiVersion, kind: obj.kind, name: obj.metadata.name ?? '', uid: obj.metadata.uid ?? '', controller: true, blockOwnerDeletion: true }];
}

/** Sets the controller owner reference the real controllers would have set. */
function adopt(cluster: Cluster): void {
  const get = (resource: string, ns: string, name: string) => cluster.api.peek<KubeObject>(resource, ns, name);
  const owners: [string, KubeObject | undefined][] = [
    ['default/nginx-5869d7778c-', get('replicasets.apps', 'default', 'nginx-5869d7778c')],
    ['default/pi-', get('jobs.batch', 'default', 'pi')],
    ['kube-system/kube-proxy-', get('daemonsets.apps', 'kube-system', 'kube-proxy')],
  ];
  const rs = get('replicasets.apps', 'default', 'nginx-5869d7778c');
  if (rs) cluster.api.update({ ...rs, metadata: { ...rs.metadata, ownerReferences: owner(get('deployments.apps', 'default', 'nginx')) } });
  for (const pod of cluster.store.list('pods')) {
    const id = `${pod.metadata.namespace}/${pod.metadata.name}`;
    const found = owners.find(([prefix]) => id.startsWith(prefix));
    if (found) cluster.api.update({ ...pod, metadata: { ...pod.metadata, ownerReferences: owner(found[1]) } });
  }
}

/** The reference cluster at T0 + drift seconds, ready for drain and taint. */
export function nodeDebugCluster(opts: { drift?: number } = {}): Cluster {
  const seeds = goldenObjects(T0)
    .map((s) =>
      s.object.kind === 'Node' && s.object.metadata.name === 'controlplane'
        ? { ...s, object: { ...s.object, spec: { taints: [{ key: 'node-role.kubernetes.io/control-plane', effect: 'NoSchedule' }] } } }
        : s,
    )
    .sort((a, b) => b.age - a.age);
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
    adopt(cluster);
    if (T0 > cluster.now()) cluster.advance(T0 - cluster.now());
  };
  const cluster = Cluster.create({ startTime: T0, clusterAgeMs: 11 * DAY }, testWiring((ctx) => [terminator(ctx)], bootstrap));
  if (opts.drift) cluster.advance(opts.drift * 1000);
  return cluster;
}

/** Runs one kubectl command line (words after `kubectl`) with virtual time that can pass. */
export function run(cluster: Cluster, args: readonly string[], stdin?: string): KubectlResult {
  return kubectl(args, { cluster, wait: (ms) => cluster.advance(ms), ...(stdin !== undefined ? { stdin } : {}) });
}

/**
 * A session of kubectl commands on one cluster, written down as a transcript: `$ kubectl …`, then
 * stdout, then `[stderr]` and stderr when there is any, then `[exit N]` when it is not 0, and
 * `[session …]` when the command asked the host for an interactive shell.
 */
export class Transcript {
  text = '';

  constructor(readonly cluster: Cluster) {}

  /**
   * `wait: false` gives kubectl no clock hook; `ctrlCAfterMs` presses Ctrl-C once that much virtual
   * time has passed; `watchLimitMs` is the host's limit for endless commands.
   */
  kubectl(line: string, opts: { stdin?: string; wait?: boolean; ctrlCAfterMs?: number; watchLimitMs?: number } = {}): KubectlResult {
    const args = shellWords(line);
    const start = this.cluster.now();
    const ctrlC = opts.ctrlCAfterMs;
    const r = kubectl(args, {
      cluster: this.cluster,
      ...(opts.wait === false ? {} : { wait: (ms: number) => this.cluster.advance(ms) }),
      ...(opts.stdin !== undefined ? { stdin: opts.stdin } : {}),
      ...(ctrlC !== undefined ? { interrupted: () => this.cluster.now() - start >= ctrlC } : {}),
      ...(opts.watchLimitMs !== undefined ? { watchLimitMs: opts.watchLimitMs } : {}),
    });
    const notes = [
      ...(opts.stdin !== undefined ? [`<<< ${JSON.stringify(opts.stdin)}`] : []),
      ...(ctrlC !== undefined ? [`# Ctrl-C after ${ctrlC / 1000}s`] : []),
      ...(opts.watchLimitMs !== undefined ? [`# watch limit ${opts.watchLimitMs / 1000}s`] : []),
    ];
    this.text += `$ kubectl ${line}${notes.map((n) => ` ${n}`).join('')}\n${r.stdout}`;
    if (r.stderr !== '') this.text += `[stderr]\n${r.stderr}`;
    if (r.exitCode !== 0) this.text += `[exit ${r.exitCode}]\n`;
    if (r.session) this.text += `[session ${JSON.stringify(r.session)}]\n`;
    return r;
  }

  /** Lets time pass between commands, noted in the transcript. */
  advance(ms: number): void {
    this.cluster.advance(ms);
    this.text += `# ${ms / 1000}s later\n`;
  }

  note(text: string): void {
    this.text += `# ${text}\n`;
  }
}

/** A fresh default cluster (controlplane, node01, node02) with every component of the real wiring. */
export function liveCluster(): Cluster {
  return createCluster();
}

/** Creates objects through the API server, as a setup step of a test. */
export function create(cluster: Cluster, ...objects: KubeObject[]): void {
  for (const obj of objects) {
    const res = cluster.api.create(obj);
    if (!res.ok) throw new Error(`setup ${obj.kind} ${obj.metadata.name}: ${res.status.message}`);
  }
  cluster.settle();
}

/** A pod of the given containers ([name, image, command?]). */
export function pod(name: string, containers: [string, string, string?][], extra: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'v1',
    kind: 'Pod',
    metadata: { name, namespace: 'default', labels: { run: name } },
    spec: {
      ...extra,
      containers: containers.map(([n, image, script]) => ({ name: n, image, ...(script ? { command: ['sh', '-c', script] } : {}) })),
    },
  };
}

export function deployment(name: string, image: string, replicas: number): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: { replicas, selector: { matchLabels: { app: name } }, template: { metadata: { labels: { app: name } }, spec: { containers: [{ name, image }] } } },
  };
}
