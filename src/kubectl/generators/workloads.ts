// The objects `kubectl create deployment|job|cronjob` and `kubectl run` build, field for field as
// the real client does, with keys in Go struct order (so -o json matches; -o yaml sorts anyway).

import type { KubeObject } from '../../sim/api/object';

type Obj = Record<string, unknown>;

/** ObjectMeta in struct order: the namespace only when -n was given (EnforceNamespace). */
export function meta(name: string, namespace: string | undefined, extra: { labels?: Record<string, string>; annotations?: Record<string, string> } = {}): Obj {
  return {
    name,
    ...(namespace ? { namespace } : {}),
    ...(extra.labels && Object.keys(extra.labels).length > 0 ? { labels: extra.labels } : {}),
    ...(extra.annotations && Object.keys(extra.annotations).length > 0 ? { annotations: extra.annotations } : {}),
  };
}

/** create deployment's container name: the image's last path segment without tag or digest. */
export function containerNameForImage(image: string): string {
  let name = image.split('/').pop() ?? image;
  name = name.split(':')[0] ?? name;
  name = name.split('@')[0] ?? name;
  return name.replace(/_/g, '-');
}

export interface DeploymentSpec {
  name: string;
  namespace: string | undefined;
  images: readonly string[];
  replicas: number;
  /** -1: none. */
  port: number;
  command: readonly string[];
}

export function deploymentObject(o: DeploymentSpec): KubeObject {
  const labels = { app: o.name };
  const used = new Set<string>();
  const containers = o.images.map((image, i) => {
    let name = containerNameForImage(image);
    // sanitizeAndUniquify adds a suffix to repeated names; a counter keeps it deterministic here.
    if (used.has(name)) name = `${name}-${i}`;
    used.add(name);
    const c: Obj = { name, image };
    if (o.command.length > 0) c['command'] = [...o.command];
    if (i === 0 && o.port >= 0) c['ports'] = [{ containerPort: o.port }];
    c['resources'] = {};
    return c;
  });
  return {
    kind: 'Deployment',
    apiVersion: 'apps/v1',
    metadata: meta(o.name, o.namespace, { labels }),
    spec: {
      replicas: o.replicas,
      selector: { matchLabels: { ...labels } },
      template: { metadata: { labels: { ...labels } }, spec: { containers } },
      strategy: {},
    },
    status: {},
  } as KubeObject;
}

export interface JobSpec {
  name: string;
  namespace: string | undefined;
  image: string;
  command: readonly string[];
}

function jobPodTemplate(name: string, image: string, command: readonly string[], restartPolicy: string): Obj {
  const container: Obj = { name, image };
  if (command.length > 0) container['command'] = [...command];
  container['resources'] = {};
  return { metadata: {}, spec: { containers: [container], restartPolicy } };
}

export function jobObject(o: JobSpec): KubeObject {
  return {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: meta(o.name, o.namespace),
    spec: { template: jobPodTemplate(o.name, o.image, o.command, 'Never') },
    status: {},
  } as KubeObject;
}

/** `create job NAME --from=cronjob/X`: the CronJob's job template, owned by it. */
export function jobFromCronJob(name: string, namespace: string | undefined, cronJob: KubeObject): KubeObject {
  const tmpl = ((cronJob['spec'] as Obj | undefined)?.['jobTemplate'] ?? {}) as { metadata?: { labels?: Record<string, string>; annotations?: Record<string, string> }; spec?: Obj };
  const annotations = { 'cronjob.kubernetes.io/instantiate': 'manual', ...(tmpl.metadata?.annotations ?? {}) };
  return {
    kind: 'Job',
    apiVersion: 'batch/v1',
    metadata: {
      name,
      ...(namespace ? { namespace } : {}),
      ...(tmpl.metadata?.labels ? { labels: tmpl.metadata.labels } : {}),
      annotations,
      ownerReferences: [
        { apiVersion: 'batch/v1', kind: 'CronJob', name: cronJob.metadata.name, uid: cronJob.metadata.uid, controller: true },
      ],
    },
    spec: JSON.parse(JSON.stringify(tmpl.spec ?? {})) as Obj,
    status: {},
  } as KubeObject;
}

export interface CronJobSpec extends JobSpec {
  schedule: string;
  restart: string;
}

export function cronJobObject(o: CronJobSpec): KubeObject {
  return {
    kind: 'CronJob',
    apiVersion: 'batch/v1',
    metadata: meta(o.name, o.namespace),
    spec: {
      schedule: o.schedule,
      jobTemplate: {
        metadata: { name: o.name },
        spec: { template: jobPodTemplate(o.name, o.image, o.command, o.restart || 'OnFailure') },
      },
    },
    status: {},
  } as KubeObject;
}

export interface RunPodSpec {
  name: string;
  namespace: string | undefined;
  image: string;
  labels: Record<string, string>;
  annotations: Record<string, string>;
  env: { name: string; value: string }[];
  port: string;
  args: readonly string[];
  command: boolean;
  restartPolicy: string;
  imagePullPolicy: string;
  stdin: boolean;
  stdinOnce: boolean;
  tty: boolean;
  privileged: boolean;
}

/** `kubectl run`'s pod. */
export function runPodObject(o: RunPodSpec): KubeObject {
  const c: Obj = { name: o.name, image: o.image };
  if (o.args.length > 0) c[o.command ? 'command' : 'args'] = [...o.args];
  if (o.port !== '') c['ports'] = [{ containerPort: Number.parseInt(o.port, 10) }];
  if (o.env.length > 0) c['env'] = o.env;
  c['resources'] = {};
  if (o.imagePullPolicy) c['imagePullPolicy'] = o.imagePullPolicy;
  if (o.privileged) c['securityContext'] = { privileged: true };
  if (o.stdin) c['stdin'] = true;
  if (o.stdinOnce) c['stdinOnce'] = true;
  if (o.tty) c['tty'] = true;
  return {
    kind: 'Pod',
    apiVersion: 'v1',
    metadata: meta(o.name, o.namespace, { labels: o.labels, annotations: o.annotations }),
    spec: { containers: [c], restartPolicy: o.restartPolicy, dnsPolicy: 'ClusterFirst' },
    status: {},
  } as KubeObject;
}
