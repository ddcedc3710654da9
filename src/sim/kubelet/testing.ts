/**
 * Test helpers: a small cluster with only the kubelet (no scheduler or controllers), and a
 * recorder that turns a pod's life into one line per visible change, for golden timelines.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import type { ApiPlugins } from '../api/apiserver';
import type { KubeObject } from '../api/object';
import { defaultContainer } from '../api/defaults/container';
import { podQOSClass } from '../api/defaults/qos';
import { Cluster, type ClusterWiring } from '../cluster';
import type { SimContext } from '../context';
import { nodeObject } from '../bootstrap/nodes';
import { coreServices } from '../bootstrap/system';
import type { ImageCatalog } from './catalog';
import { kubeletComponent, type KubeletComponent } from './index';

/** Just enough API machinery: pod defaults and the initial Pending status; no validation. */
function testPlugins(): ApiPlugins {
  return {
    decode: (obj) => ({ warnings: [], object: obj }),
    defaults(obj) {
      if (obj.kind !== 'Pod') return;
      const spec = (obj['spec'] ??= { containers: [] }) as NonNullable<Pod['spec']> & Record<string, unknown>;
      spec['restartPolicy'] ??= 'Always';
      spec['terminationGracePeriodSeconds'] ??= 30;
      spec['enableServiceLinks'] ??= true;
      for (const c of [...(spec.initContainers ?? []), ...(spec.containers ?? [])]) defaultContainer(c);
    },
    prepareForCreate() {},
    prepareForUpdate() {},
    validateCreate: () => undefined,
    validateUpdate: () => undefined,
    admit(obj, old) {
      if (obj.kind === 'Pod' && !old) obj['status'] = { phase: 'Pending', qosClass: podQOSClass((obj['spec'] ?? {}) as NonNullable<Pod['spec']>) };
      return undefined;
    },
  };
}

export function testWiring(catalog?: ImageCatalog): ClusterWiring {
  return {
    plugins: () => testPlugins(),
    components: (ctx: SimContext) => [catalog ? kubeletComponent(ctx, catalog) : kubeletComponent(ctx)],
    bootstrap(cluster) {
      const { api, config, random, rt } = cluster;
      const must = (obj: KubeObject): KubeObject => {
        const res = api.create(obj);
        if (!res.ok) throw new Error(res.status.message);
        return res.object;
      };
      for (const ns of ['default', 'kube-node-lease']) must({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
      for (const n of config.nodes) {
        const node = must(nodeObject(n, config.version, random, rt.timestamp()));
        must({
          apiVersion: 'coordination.k8s.io/v1',
          kind: 'Lease',
          metadata: { name: n.name, namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: n.name, uid: node.metadata.uid ?? '' }] },
          spec: { holderIdentity: n.name, leaseDurationSeconds: 40, renewTime: rt.timestamp().replace('Z', '.000000Z') },
        });
      }
      must(coreServices()[0] as KubeObject);
    },
  };
}

export function testCluster(opts: { seed?: number; catalog?: ImageCatalog } = {}): Cluster {
  return Cluster.create({ seed: opts.seed ?? 7, workers: 1, freezeObjects: true }, testWiring(opts.catalog));
}

export function kubelet(cluster: Cluster): KubeletComponent {
  return cluster.component<KubeletComponent>('kubelet');
}

/** Creates a pod and binds it to node01 the way the scheduler does (PodScheduled condition). */
export function runPod(cluster: Cluster, pod: Record<string, unknown>, node = 'node01'): void {
  const res = cluster.api.create({ apiVersion: 'v1', kind: 'Pod', ...pod } as KubeObject);
  if (!res.ok) throw new Error(res.status.message);
  const b = cluster.api.bind(res.object.metadata.namespace ?? 'default', res.object.metadata.name ?? '', node);
  if (!b.ok) throw new Error(b.status.message);
  cluster.ctx.events.record(res.object, 'Normal', 'Scheduled', `Successfully assigned ${res.object.metadata.namespace}/${res.object.metadata.name} to ${node}`, { component: 'default-scheduler' });
}

/** kubectl's STATUS column (printPod), enough of it for timelines. */
export function podStatusColumn(pod: Pod): string {
  let reason = pod.status?.reason ?? pod.status?.phase ?? '';
  const inits = pod.spec?.initContainers ?? [];
  let initializing = false;
  const initStatuses = pod.status?.initContainerStatuses ?? [];
  for (let i = 0; i < initStatuses.length; i++) {
    const s = initStatuses[i];
    if (!s) continue;
    const spec = inits.find((c) => c.name === s.name);
    if (s.state?.terminated?.exitCode === 0) continue;
    if (spec?.restartPolicy === 'Always' && s.started) continue;
    if (s.state?.terminated) {
      reason = s.state.terminated.reason ? `Init:${s.state.terminated.reason}` : `Init:ExitCode:${s.state.terminated.exitCode}`;
    } else if (s.state?.waiting?.reason && s.state.waiting.reason !== 'PodInitializing') {
      reason = `Init:${s.state.waiting.reason}`;
    } else reason = `Init:${i}/${inits.length}`;
    initializing = true;
    break;
  }
  const initialized = pod.status?.conditions?.some((c) => c.type === 'Initialized' && c.status === 'True');
  if (!initializing || initialized) {
    let hasRunning = false;
    const statuses = pod.status?.containerStatuses ?? [];
    for (let i = statuses.length - 1; i >= 0; i--) {
      const s = statuses[i];
      if (!s) continue;
      if (s.state?.waiting?.reason) reason = s.state.waiting.reason;
      else if (s.state?.terminated?.reason) reason = s.state.terminated.reason;
      else if (s.state?.terminated) reason = `ExitCode:${s.state.terminated.exitCode}`;
      else if (s.ready && s.state?.running) hasRunning = true;
    }
    if (reason === 'Completed' && hasRunning) {
      reason = pod.status?.conditions?.some((c) => c.type === 'Ready' && c.status === 'True') ? 'Running' : 'NotReady';
    }
  }
  if (pod.metadata?.deletionTimestamp) reason = pod.status?.reason === 'NodeLost' ? 'Unknown' : pod.status?.phase === 'Succeeded' || pod.status?.phase === 'Failed' ? reason : 'Terminating';
  return reason;
}

function podLine(pod: Pod): string {
  const statuses = pod.status?.containerStatuses ?? [];
  const ready = statuses.filter((s) => s.ready).length;
  const restarts = statuses.reduce((n, s) => n + (s.restartCount ?? 0), 0) + (pod.status?.initContainerStatuses ?? []).reduce((n, s) => n + (s.restartCount ?? 0), 0);
  const ip = pod.status?.podIP ? ` ip=${pod.status.podIP}` : '';
  return `${podStatusColumn(pod)} ${ready}/${pod.spec?.containers?.length ?? 0} restarts=${restarts}${ip}`;
}

/** Records, for pods in `default`, each change of the STATUS line and every kubelet/scheduler event. */
export class Timeline {
  readonly lines: string[] = [];
  private readonly last = new Map<string, string>();
  private readonly counts = new Map<string, number>();
  private readonly start: number;

  constructor(private readonly cluster: Cluster, private readonly opts: { events?: boolean; pods?: boolean } = {}) {
    this.start = cluster.now();
    cluster.store.watch((e) => {
      if (e.resource === 'pods' && this.opts.pods !== false) {
        const name = e.object.metadata.name ?? '';
        const line = e.type === 'DELETED' ? 'deleted' : podLine(e.object as Pod);
        if (this.last.get(name) !== line) {
          this.last.set(name, line);
          this.add(`pod/${name} ${line}`);
        }
      }
      if (e.resource === 'events' && this.opts.events !== false && e.type !== 'DELETED') {
        const ev = e.object as KubeObject & { count?: number; type?: string; reason?: string; message?: string; involvedObject?: { name?: string; kind?: string; fieldPath?: string } };
        const id = ev.metadata.name ?? '';
        const count = ev.count ?? 1;
        if ((this.counts.get(id) ?? 0) >= count) return;
        this.counts.set(id, count);
        const io = ev.involvedObject ?? {};
        const field = io.fieldPath ? ` ${io.fieldPath}` : '';
        this.add(`  ${ev.type} ${ev.reason} ${io.kind?.toLowerCase()}/${io.name}${field}: ${ev.message}${count > 1 ? ` (x${count})` : ''}`);
      }
    });
  }

  private add(text: string): void {
    const dt = (this.cluster.now() - this.start) / 1000;
    this.lines.push(`t=+${dt.toFixed(3)}s ${text}`);
  }

  text(): string {
    return `${this.lines.join('\n')}\n`;
  }
}
