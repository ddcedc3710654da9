// Golden transcripts for create -f / create <generator> / apply against fake-v1.35: the captures
// ran one after another on one server, so they are replayed in capture order on one cluster.
// The manifests the captures used were not kept; FILES rebuilds them from what the outputs show.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { loadGolden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const read = (p: string) => readFileSync(p, 'utf8');

const FILES: Record<string, string> = {
  'deploy-web3.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web3\n  labels:\n    app: web3\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web3\n  template:\n    metadata:\n      labels:\n        app: web3\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        ports:\n        - containerPort: 80\n',
  'deploy-web3-v2.yaml':
    'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web3\n  labels:\n    app: web3\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: web3\n  template:\n    metadata:\n      labels:\n        app: web3\n    spec:\n      containers:\n      - name: nginx\n        image: nginx:1.27\n        ports:\n        - containerPort: 80\n',
  'pod-simple.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: simple\n  labels:\n    app: simple\nspec:\n  containers:\n  - name: nginx\n    image: nginx\n',
  'multi.yaml':
    'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: multi-cm\ndata:\n  a: "1"\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: multi-svc\nspec:\n  selector:\n    app: multi\n  ports:\n  - port: 80\n',
  'no-kind.yaml': 'apiVersion: v1\nmetadata:\n  name: nokind\n',
  'unknown-field.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: uf\nspec:\n  containers:\n  - name: c\n    image: nginx\n    imagePullPolice: Always\n',
};
const files = { readFile: (p: string) => FILES[p], isDir: () => false, list: () => [] };

/** `sed "s/a/b/;s/c/d/" file | kubectl …`: the file with the substitutions, and the kubectl words. */
function parseCommand(command: string): { words: string[]; stdin?: string } {
  const m = /^sed "([^"]*)" (\S+) \| (kubectl .*)$/.exec(command);
  if (!m) return { words: shellWords(command).slice(1) };
  let text = FILES[m[2] as string] ?? '';
  for (const expr of (m[1] as string).split(';')) {
    const [, from = '', to = ''] = expr.split('/');
    text = text.split('\n').map((l) => l.replace(from, to)).join('\n');
  }
  return { words: shellWords(m[3] as string).slice(1), stdin: text };
}

/** fake-v1.35 captures in capture order (INDEX.tsv lines 140–201), the ones these verbs own. */
const SEQUENCE = [
  'create-role-dryrun', 'create-clusterrole-dryrun', 'create-deployment', 'create-deployment-exists', 'create-deployment-badname',
  'create-deployment-replicas', 'create-ns', 'create-ns-exists', 'create-ns-badname', 'create-cm', 'create-cm-exists', 'create-secret',
  'create-secret-docker', 'create-svc-clusterip', 'create-svc-nodeport', 'create-svc-badname', 'create-job', 'create-job-from-cronjob',
  'create-cronjob', 'create-sa', 'create-role', 'create-rolebinding', 'create-clusterrole', 'create-clusterrolebinding', 'create-ingress',
  'create-pdb', 'create-quota', 'create-priorityclass', 'create-f', 'create-f-exists', 'create-f-multi', 'create-f-save-config',
  'create-f-o-name', 'create-f-dryrun-server', 'apply-f-on-created-warning', 'apply-f-unchanged-after', 'apply-f-new', 'apply-f-unchanged',
  'apply-f-configured', 'apply-f-multi', 'apply-f-server-side', 'apply-f-dryrun-client', 'apply-f-dryrun-server', 'apply-f-o-name',
  'apply-f-ns', 'apply-f-ns-missing', 'apply-no-kind', 'apply-unknown-field-strict', 'apply-unknown-field-novalidate', 'apply-dir-missing',
];

/** Captures whose outcome depends on something our fixture cannot reproduce. */
const KNOWN: Record<string, string> = {
};

/** After these captures, state the fake server ignored is undone (it did not enforce quotas). */
const AFTER: Record<string, (c: ReturnType<typeof goldenCluster>) => void> = {
  'create-quota': (c) => {
    const type = c.api.typeOf({ apiVersion: 'v1', kind: 'ResourceQuota' });
    if (type) c.api.delete(type, 'default', 'q1');
  },
};

describe('create and apply against fake-v1.35 captures, in capture order', () => {
  const cluster = goldenCluster();
  for (const name of SEQUENCE) {
    const test = KNOWN[name] ? it.skip : it;
    test(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const { words, stdin } = parseCommand(golden.command);
      const result = kubectl(words, { cluster, files, ...(stdin !== undefined ? { stdin } : {}) });
      AFTER[name]?.(cluster);
      cluster.advance(1000);
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});
