/**
 * For the checks' tests: a cluster built with kubectl commands (no shell needed), the scenario the
 * tests share, and check results written as golden text. Layer-legal (src/sim, src/kubectl).
 */
import { gradingView, type CheckDefinition, type CheckResult, type GradingView, type GradingViewOptions } from '../src/grading';
import { kubectl } from '../src/kubectl';
import { createCluster, type Cluster } from '../src/sim';

/** A kubectl command as words (`'get pods -n shop'` is split on spaces), or manifests for `apply -f -`. */
export type Step = string | string[] | { yaml: string };

/** A default cluster on `seed` after the steps, settled; a step that fails throws (a broken test). */
export function clusterAfter(steps: readonly Step[], seed = 1): Cluster {
  const cluster = createCluster({ seed });
  const ctx = { cluster, namespace: 'default', wait: (ms: number) => cluster.advance(ms) };
  for (const step of steps) {
    const args = typeof step === 'string' ? step.split(' ') : Array.isArray(step) ? step : ['apply', '-f', '-'];
    const r = kubectl(args, { ...ctx, ...(typeof step === 'object' && 'yaml' in step ? { stdin: step.yaml } : {}) });
    if (r.exitCode !== 0) throw new Error(`kubectl ${args.join(' ')} failed: ${r.stderr}`);
    cluster.settle();
  }
  // Two minutes are enough for pulls and rollouts; a `sleep 3600` container would keep it busy.
  cluster.runUntilQuiet(2 * 60 * 1000);
  return cluster;
}

const SHOP_OBJECTS = `
apiVersion: v1
kind: ConfigMap
metadata: {name: settings, namespace: shop}
data: {color: blue, mode: dark}
---
apiVersion: v1
kind: Secret
metadata: {name: db, namespace: shop}
stringData: {password: s3cret, user: admin}
---
apiVersion: v1
kind: Service
metadata: {name: orphan, namespace: shop}
spec:
  selector: {app: nothing}
  ports: [{port: 80}]
---
apiVersion: v1
kind: Service
metadata: {name: wrongport, namespace: shop}
spec:
  selector: {app: web}
  ports: [{port: 8080, targetPort: 8080}]
---
apiVersion: v1
kind: Pod
metadata: {name: pinned, labels: {app: pinned}}
spec:
  nodeName: node01
  containers: [{name: app, image: "busybox:1.36", command: [sleep, "3600"]}]
---
apiVersion: v1
kind: Pod
metadata: {name: stuck, finalizers: [example.com/hold]}
spec:
  containers: [{name: app, image: "nginx:1.27"}]
`;

/**
 * The scenario the checks' tests share (seed 1): in `shop`, deployment web (3 × nginx, updated
 * from 1.27 to 1.28: revision 2) behind service web, deployment broken (2 replicas of an image
 * that does not exist), configmap settings, secret db, services orphan (selects nothing) and
 * wrongport (a port the pods do not listen on); in `default`, pod api (app=api, tier=backend),
 * pod pinned on node01, pod stuck (being deleted, held by a finalizer); node02 cordoned.
 */
export function shopCluster(): Cluster {
  return clusterAfter([
    'create namespace shop',
    'create deployment web --image=nginx:1.27 --replicas=3 -n shop',
    'create deployment broken --image=nginx:0.0-nope --replicas=2 -n shop',
    'expose deployment web --port=80 -n shop',
    'run api --image=nginx:1.27 --labels=app=api,tier=backend',
    { yaml: SHOP_OBJECTS },
    'rollout status deployment/web -n shop',
    'set image deployment/web nginx=nginx:1.28 -n shop',
    'rollout status deployment/web -n shop',
    'delete pod stuck --wait=false',
    'cordon node02',
  ]);
}

/** The view of a cluster, with the history (and runInCopy) given. */
export function viewOf(cluster: Cluster, options: GradingViewOptions = {}): GradingView {
  return gradingView(cluster, options);
}

/**
 * Runs a check on each case (params as an author writes them: parsed by the check's schema first)
 * and lays the results out as golden text: `## case`, then `pass: message` or `fail: message`.
 */
export function goldenResults(check: CheckDefinition, view: GradingView, cases: Record<string, Record<string, unknown>>): string {
  return Object.entries(cases)
    .map(([label, params]) => {
      const parsed = check.params.safeParse(params);
      if (!parsed.success) throw new Error(`bad params in case "${label}": ${parsed.error.message}`);
      const r: CheckResult = check.run(view, parsed.data);
      return `## ${label}\n${r.pass ? 'pass' : 'fail'}: ${r.message}\n`;
    })
    .join('\n');
}
