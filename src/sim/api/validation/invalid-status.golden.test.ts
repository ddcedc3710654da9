import { readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { invalidStatusMessage } from '../field-errors';
import type { ApiObject } from './index';
import { validateCreate, validateUpdate } from './index';

/**
 * `__golden__/invalid-status.txt`: the 422 Status message the API server returns for mistakes
 * students make, one `# case` header and message per block. Two entries are pinned to captures of a
 * real server (see golden/fake-v1.35/create-deployment-badname.txt, create-ns-badname.txt); the
 * rest follow upstream validation source. Regenerate with UPDATE_GOLDEN=1, then review the diff.
 */

type Obj = Record<string, unknown>;
const container = { name: 'nginx', image: 'nginx:1.27' };
const template = (labels: Obj, spec: Obj = {}): Obj => ({ metadata: { labels }, spec: { containers: [container], ...spec } });
const deployment = (name: string, spec: Obj): ApiObject => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name }, spec });
const podOf = (spec: Obj): ApiObject => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name: 'web' }, spec });

interface Case {
  title: string;
  kind: string;
  obj: ApiObject;
  old?: ApiObject;
}

const webDeployment = deployment('web', { replicas: 2, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) });

const CASES: Case[] = [
  { title: 'deployment with an invalid name', kind: 'Deployment.apps', obj: deployment('Web_2', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }) }) },
  { title: 'namespace with an invalid name', kind: 'Namespace', obj: { apiVersion: 'v1', kind: 'Namespace', metadata: { name: 'Dev_2' } } },
  { title: 'deployment whose selector does not match its template', kind: 'Deployment.apps', obj: deployment('web', { selector: { matchLabels: { app: 'web' } }, template: template({ app: 'frontend' }) }) },
  { title: 'deployment without a selector', kind: 'Deployment.apps', obj: deployment('web', { template: template({ app: 'web' }) }) },
  {
    title: 'deployment scaled below zero, with a pod template that restarts Never',
    kind: 'Deployment.apps',
    obj: deployment('web', { replicas: -1, selector: { matchLabels: { app: 'web' } }, template: template({ app: 'web' }, { restartPolicy: 'Never' }) }),
  },
  {
    title: 'deployment selector changed on apply',
    kind: 'Deployment.apps',
    obj: deployment('web', { replicas: 2, selector: { matchLabels: { app: 'web', tier: 'front' } }, template: template({ app: 'web', tier: 'front' }) }),
    old: webDeployment,
  },
  { title: 'pod without an image, mounting a volume it does not declare', kind: 'Pod', obj: podOf({ containers: [{ name: 'app', volumeMounts: [{ name: 'data', mountPath: '/data' }] }] }) },
  {
    title: 'pod requesting more cpu than its limit',
    kind: 'Pod',
    obj: podOf({ containers: [{ ...container, resources: { requests: { cpu: '1' }, limits: { cpu: '500m' } } }] }),
  },
  {
    title: 'pod edited to add a port',
    kind: 'Pod',
    obj: podOf({ containers: [{ ...container, ports: [{ containerPort: 80 }] }] }),
    old: podOf({ containers: [container] }),
  },
  {
    title: 'job with the default restartPolicy',
    kind: 'Job.batch',
    obj: { apiVersion: 'batch/v1', kind: 'Job', metadata: { name: 'pi' }, spec: { template: { spec: { containers: [{ name: 'pi', image: 'perl' }] } } } },
  },
  {
    title: 'cronjob with a six-field schedule',
    kind: 'CronJob.batch',
    obj: {
      apiVersion: 'batch/v1',
      kind: 'CronJob',
      metadata: { name: 'backup' },
      spec: { schedule: '0 */5 * * * *', jobTemplate: { spec: { template: { spec: { restartPolicy: 'OnFailure', containers: [{ name: 'b', image: 'busybox' }] } } } } },
    },
  },
  {
    title: 'NodePort service with a port outside the node-port range',
    kind: 'Service',
    obj: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { type: 'NodePort', selector: { app: 'web' }, ports: [{ port: 80, nodePort: 8080 }] } },
  },
  {
    title: 'service with two unnamed ports',
    kind: 'Service',
    obj: { apiVersion: 'v1', kind: 'Service', metadata: { name: 'web' }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }, { port: 443 }] } },
  },
  {
    title: 'immutable configmap edited',
    kind: 'ConfigMap',
    obj: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app' }, data: { mode: 'dev' }, immutable: true },
    old: { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: 'app' }, data: { mode: 'prod' }, immutable: true },
  },
  {
    title: 'claim without a storage request',
    kind: 'PersistentVolumeClaim',
    obj: { apiVersion: 'v1', kind: 'PersistentVolumeClaim', metadata: { name: 'data' }, spec: { accessModes: ['ReadWriteOnce'] } },
  },
  {
    title: 'ingress path without a pathType',
    kind: 'Ingress.networking.k8s.io',
    obj: {
      apiVersion: 'networking.k8s.io/v1',
      kind: 'Ingress',
      metadata: { name: 'web' },
      spec: { rules: [{ host: 'shop.example.com', http: { paths: [{ path: '/', backend: { service: { name: 'web', port: { number: 80 } } } }] } }] },
    },
  },
  {
    title: 'autoscaler with maxReplicas below minReplicas',
    kind: 'HorizontalPodAutoscaler.autoscaling',
    obj: {
      apiVersion: 'autoscaling/v2',
      kind: 'HorizontalPodAutoscaler',
      metadata: { name: 'web' },
      spec: { scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: 'web' }, minReplicas: 3, maxReplicas: 2 },
    },
  },
];

function render(): string {
  return CASES.map((c) => {
    const errs = c.old ? validateUpdate(c.obj, c.old) : validateCreate(c.obj);
    const name = String((c.obj.metadata as Obj).name);
    return `# ${c.title}\n${invalidStatusMessage(c.kind, name, errs)}\n`;
  }).join('\n');
}

describe('invalid Status messages', () => {
  it('match the golden file', () => {
    const golden = new URL('./__golden__/invalid-status.txt', import.meta.url);
    const actual = render();
    if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, actual);
    expect(actual).toBe(readFileSync(golden, 'utf8'));
  });

  it('agree with the real server captures', () => {
    const ref = (file: string): string => {
      const text = readFileSync(new URL(`../../../../../shared/reference/golden/fake-v1.35/${file}`, import.meta.url), 'utf8');
      return text.split('\n')[1] ?? '';
    };
    const [deploy, ns] = render().split('\n\n');
    expect(ref('create-deployment-badname.txt')).toBe(`error: failed to create deployment: ${deploy?.split('\n')[1]}`);
    expect(ref('create-ns-badname.txt')).toBe(`The ${ns?.split('\n')[1]}`);
  });
});
