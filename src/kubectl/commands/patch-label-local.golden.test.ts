// `kubectl patch|label|annotate --local` need no server, so the real kubectl v1.35.2 was run on the
// same files: __golden__/patch-label-local-real.txt is its output, byte for byte (strategic merge
// patches with every directive, JSON and merge patches with their library errors, label/annotate
// flags and errors). Left out of that capture: a YAML syntax error (js-yaml words it differently)
// and --list of several keys (kubectl walks a Go map there, so its order changes run to run).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web3
  namespace: default
  labels:
    app: web3
  finalizers: ["a", "b"]
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web3
  strategy:
    type: RollingUpdate
    rollingUpdate:
      maxSurge: 1
      maxUnavailable: 0
  template:
    metadata:
      labels:
        app: web3
    spec:
      tolerations:
      - key: a
        operator: Exists
      volumes:
      - name: v1
        emptyDir: {}
      - name: v2
        configMap:
          name: cm
      containers:
      - name: nginx
        image: nginx
        args: ["a", "b"]
        env:
        - name: A
          value: "1"
        - name: B
          value: "2"
        ports:
        - containerPort: 80
        - containerPort: 443
      - name: side
        image: busybox
`;

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: default
  labels:
    run: web
    env: prod
  annotations:
    note: hello
spec:
  containers:
  - name: c
    image: nginx
`;

const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: svc
  namespace: default
  ownerReferences:
  - apiVersion: v1
    kind: ConfigMap
    name: a
    uid: u1
  - apiVersion: v1
    kind: ConfigMap
    name: b
    uid: u2
spec:
  selector:
    app: x
  ports:
  - name: http
    port: 80
    targetPort: 8080
  - name: https
    port: 443
    targetPort: 8443
`;

const NODE = `apiVersion: v1
kind: Node
metadata:
  name: n1
spec:
  podCIDRs: ["10.0.0.0/24", "10.0.1.0/24"]
  taints:
  - key: a
    effect: NoSchedule
`;

const FILES = { 'd.yaml': DEPLOYMENT, 's.yaml': SERVICE, 'n.yaml': NODE, 'p.yaml': POD, 'two.yaml': `${POD}---\n${POD.replace('name: web\n', 'name: web2\n')}` };

describe('patch, label and annotate --local against the real kubectl v1.35.2', () => {
  const expected = readFileSync(new URL('./__golden__/patch-label-local-real.txt', import.meta.url), 'utf8');
  // A command may follow output without a final newline (-o jsonpath), so look for every `$ kubectl`.
  const lines = [...expected.matchAll(/\$ (kubectl [^\n]*)/g)].map((m) => m[1] as string);
  it(`replays ${lines.length} commands`, () => {
    expect(transcript(goldenCluster(), FILES, lines)).toBe(expected);
  });
});

// A manifest that names no namespace: kubectl v1.35.2 prints the object as read from the file (no
// `namespace: default`, nor the -n one), whatever the verb and printer. Captured the same way in
// __golden__/local-no-namespace-real.txt.
const NO_NAMESPACE = `apiVersion: v1
kind: Pod
metadata:
  name: web
  labels:
    run: web
spec:
  containers:
  - name: c
    image: nginx
`;

describe('--local objects from a file without a namespace, against the real kubectl v1.35.2', () => {
  const expected = readFileSync(new URL('./__golden__/local-no-namespace-real.txt', import.meta.url), 'utf8');
  const lines = [...expected.matchAll(/\$ (kubectl [^\n]*)/g)].map((m) => m[1] as string);
  it(`replays ${lines.length} commands`, () => {
    expect(transcript(goldenCluster(), { 'nons.yaml': NO_NAMESPACE }, lines)).toBe(expected);
  });
});
