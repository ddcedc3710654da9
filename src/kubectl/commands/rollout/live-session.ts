// Test support for behaviour tests on a live simulated cluster: runs kubectl command lines with
// virtual time passing through ctx.wait, keeps a transcript in the captures' shape (`$ command`,
// stdout, stderr), and changes workloads through the API the way `kubectl set image` would.

import type { KubeObject } from '../../../sim/api/object';
import { clone } from '../../../sim/api/object';
import type { Cluster } from '../../../sim/cluster';
import type { KubectlResult } from '../../context';
import { kubectl } from '../../index';
import { shellWords } from '../../testing/shell-words';

export class LiveSession {
  transcript = '';
  /** Virtual milliseconds the commands have waited so far. */
  waited = 0;

  constructor(
    readonly cluster: Cluster,
    /** Runs after each step of waiting, with the milliseconds waited by the running command. */
    private readonly onWait?: (commandWaitedMs: number) => void,
  ) {}

  /** Runs `kubectl …` (the line starts with `kubectl`); records it and returns the result. */
  run(line: string): KubectlResult & { waitedMs: number } {
    const words = shellWords(line);
    if (words[0] !== 'kubectl') throw new Error(`not a kubectl line: ${line}`);
    let waitedMs = 0;
    const result = kubectl(words.slice(1), {
      cluster: this.cluster,
      wait: (ms) => {
        this.cluster.advance(ms);
        waitedMs += ms;
        this.onWait?.(waitedMs);
      },
    });
    this.waited += waitedMs;
    this.transcript += `$ ${line}\n${result.stdout}${result.stderr}`;
    return { ...result, waitedMs };
  }
}

export function mustCreate(cluster: Cluster, obj: KubeObject): KubeObject {
  const res = cluster.api.create(obj, { fieldValidation: 'Strict' });
  if (!res.ok) throw new Error(res.status.message);
  return res.object;
}

export function stored(cluster: Cluster, resource: string, name: string, ns = 'default'): KubeObject {
  const obj = cluster.api.peek<KubeObject>(resource, ns, name);
  if (!obj) throw new Error(`no ${resource} ${ns}/${name}`);
  return obj;
}

/** What `kubectl set image` does: every container of the pod template gets `image`. */
export function setImage(cluster: Cluster, resource: string, name: string, image: string, ns = 'default'): void {
  const obj = clone(stored(cluster, resource, name, ns));
  const spec = obj['spec'] as { template: { spec: { containers: { image: string }[] } } };
  for (const c of spec.template.spec.containers) c.image = image;
  const res = cluster.api.update(obj, { fieldValidation: 'Strict' });
  if (!res.ok) throw new Error(res.status.message);
}

/** The images of the pods whose names start with `<prefix>-`, not being deleted, sorted. */
export function podImages(cluster: Cluster, prefix: string, ns = 'default'): string[] {
  return cluster.store
    .list('pods', ns)
    .filter((p) => (p.metadata.name ?? '').startsWith(`${prefix}-`) && !p.metadata.deletionTimestamp)
    .map((p) => (p['spec'] as { containers: { image: string }[] }).containers.map((c) => c.image).join(','))
    .sort();
}

export function deployment(name: string, image: string, extraSpec: Record<string, unknown> = {}): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name, namespace: 'default', labels: { app: name } },
    spec: {
      replicas: 3,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image, ports: [{ containerPort: 80 }] }] } },
      ...extraSpec,
    },
  };
}

export function statefulSet(name: string, image: string): KubeObject {
  return {
    apiVersion: 'apps/v1',
    kind: 'StatefulSet',
    metadata: { name, namespace: 'default' },
    spec: {
      replicas: 2,
      serviceName: name,
      selector: { matchLabels: { app: name } },
      template: { metadata: { labels: { app: name } }, spec: { containers: [{ name: 'nginx', image }] } },
    },
  };
}
