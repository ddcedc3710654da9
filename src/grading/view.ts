/**
 * The read-only view checks grade through, built over a cluster (and, when there is one, the
 * student's sandbox for `runInCopy`). Reads come straight from the store; anything that would move
 * state (an HTTP request advances kube-proxy's round robin and writes access logs) runs in a
 * throwaway copy restored from a snapshot.
 */
import type { Pod } from 'kubernetes-types/core/v1';
import { kubectl, type KubectlResult } from '../kubectl';
import { resolveResource } from '../kubectl/resources/resolve';
import { podSummary } from '../kubectl/tables/pods';
import { restoreCluster, type Cluster, type KubeObject } from '../sim';
import type { NetworkComponent } from '../sim/network';
import type { CommandRun, GradingView, PodState } from './types';

export interface GradingViewOptions {
  /** The student's command lines, oldest first. */
  history?: readonly string[];
  /** Runs a shell input in a throwaway copy of the student's sandbox (see LabSandboxFactory.copy). */
  runInCopy?: (line: string) => CommandRun;
}

/** kubectl verbs that only read; anything else is refused (a check must not change the cluster). */
const READ_VERBS = new Set(['get', 'describe', 'logs', 'top', 'events', 'explain', 'version', 'api-resources', 'api-versions', 'cluster-info']);
const READ_SUBVERBS: Record<string, string[]> = { rollout: ['history'], auth: ['can-i', 'whoami'] };
const ENDLESS = new Set(['-w', '--watch', '--watch-only', '-f', '--follow']);

/** kubectl's global flags that take a value in the next word (`-n shop rollout ...`). */
const VALUE_FLAGS = new Set(['-n', '--namespace', '--context', '--kubeconfig', '--cluster', '--user', '-s', '--server', '--as', '--as-group', '--token', '--request-timeout', '-v', '--v']);

/** The command words (verb, subverb) before any argument, skipping global flags and their values. */
function commandWords(args: readonly string[]): string[] {
  const words: string[] = [];
  for (let i = 0; i < args.length && words.length < 2; i++) {
    const a = args[i] ?? '';
    if (VALUE_FLAGS.has(a)) i++;
    else if (!a.startsWith('-')) words.push(a);
  }
  return words;
}

function readOnly(args: readonly string[]): boolean {
  const words = commandWords(args);
  const verb = words[0] ?? '';
  if (args.some((a) => ENDLESS.has(a) || /^--(watch|follow)=/.test(a))) return false;
  if (READ_VERBS.has(verb)) return true;
  return READ_SUBVERBS[verb]?.includes(words[1] ?? '') ?? false;
}

export function gradingView(cluster: Cluster, options: GradingViewOptions = {}): GradingView {
  const typeOf = (kind: string) => {
    const r = resolveResource(kind, cluster.api.types.all());
    return r.ok ? r.type : undefined;
  };
  const resource = (type: { plural: string; group: string }) => (type.group ? `${type.plural}.${type.group}` : type.plural);
  const controlPlane = () => (cluster.config.nodes.find((n) => n.controlPlane) ?? cluster.config.nodes[0])?.name ?? 'controlplane';
  const view: GradingView = {
    now: () => cluster.now(),
    resourceType: typeOf,
    get<T extends KubeObject = KubeObject>(kind: string, name: string, namespace = 'default'): T | undefined {
      const type = typeOf(kind);
      if (!type) return undefined;
      return cluster.api.peek<T>(resource(type), type.namespaced ? namespace : undefined, name);
    },
    list<T extends KubeObject = KubeObject>(kind: string, opts: { namespace?: string; labelSelector?: string } = {}): T[] {
      const type = typeOf(kind);
      if (!type) return [];
      const listed = cluster.api.list(type, opts);
      return listed.ok ? (listed.object as T[]) : [];
    },
    podState(pod: Pod): PodState {
      const cells = podSummary(pod, cluster.now());
      const [ready, total] = cells.ready.split('/');
      const state: PodState = {
        name: pod.metadata?.name ?? '',
        ...cells,
        isReady: ready === total && pod.metadata?.deletionTimestamp == null && (pod.status?.phase === 'Running' || pod.status?.phase === 'Succeeded'),
      };
      if (pod.spec?.nodeName) state.node = pod.spec.nodeName;
      return state;
    },
    kubectl(args: readonly string[]): KubectlResult {
      if (!readOnly(args)) return { stdout: '', stderr: `error: grading runs only read-only kubectl commands, not "kubectl ${args.join(' ')}"\n`, exitCode: 1 };
      return kubectl(args, { cluster, namespace: 'default' });
    },
    httpGet(fromNode: string, url: string) {
      const copy = restoreCluster(cluster.snapshot());
      return copy.component<NetworkComponent>('network').httpGet({ fromNode }, url);
    },
    controlPlane,
    history: options.history ?? [],
  };
  if (options.runInCopy) view.runInCopy = options.runInCopy;
  return view;
}
