// kubectl set works on typed objects: decoding a manifest into the Go structs and printing it again
// adds the struct fields that JSON's omitempty cannot leave out (`status: {}`, a Deployment's
// `strategy: {}`, each container's `resources: {}`). Objects read from the API server already have
// them; manifests from -f get them here, so that --local -o yaml prints what kubectl prints.

import type { KubeObject } from '../../../sim/api/object';

type Obj = Record<string, unknown>;

const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function ensure(parent: Obj, key: string): Obj {
  if (!isObj(parent[key])) parent[key] = {};
  return parent[key] as Obj;
}

function podSpec(spec: Obj): void {
  for (const key of ['initContainers', 'containers']) {
    const list = spec[key];
    if (!Array.isArray(list)) continue;
    for (const c of list) if (isObj(c)) ensure(c, 'resources');
  }
}

function template(parent: Obj): void {
  const tmpl = ensure(parent, 'template');
  ensure(tmpl, 'metadata');
  podSpec(ensure(tmpl, 'spec'));
}

/** Adds the always-encoded empty structs of the kinds `kubectl set` changes (in place). */
export function withTypedDefaults(obj: KubeObject): KubeObject {
  const o = obj as unknown as Obj;
  switch (obj.kind) {
    case 'Pod':
      podSpec(ensure(o, 'spec'));
      break;
    case 'Deployment':
      template(ensure(o, 'spec'));
      ensure(o['spec'] as Obj, 'strategy');
      break;
    case 'DaemonSet':
    case 'StatefulSet':
      template(ensure(o, 'spec'));
      ensure(o['spec'] as Obj, 'updateStrategy');
      break;
    case 'ReplicaSet':
    case 'ReplicationController':
    case 'Job':
      template(ensure(o, 'spec'));
      break;
    case 'CronJob': {
      const jobTemplate = ensure(ensure(o, 'spec'), 'jobTemplate');
      ensure(jobTemplate, 'metadata');
      template(ensure(jobTemplate, 'spec'));
      break;
    }
    case 'Service':
      ensure(ensure(o, 'status'), 'loadBalancer');
      return obj;
    default:
      return obj;
  }
  ensure(o, 'status');
  return obj;
}
