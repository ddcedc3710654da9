// Golden transcripts for replace, edit, label, annotate and patch against fake-v1.35: the captures
// ran one after another on one server, so they are replayed in capture order on one cluster, with
// the steps between them that matter (web3 created before replace). The manifests and the editor
// scripts the captures used were not kept; they are rebuilt from what the outputs show.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl, type KubectlContext, type KubectlResult } from '../index';
import { loadGolden, type Golden } from '../printers/golden';
import { goldenCluster } from '../testing/golden-state';
import { shellWords } from '../testing/shell-words';

const read = (p: string) => readFileSync(p, 'utf8');

const DEPLOY_WEB3 =
  'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web3\n  labels:\n    app: web3\nspec:\n  replicas: 2\n  selector:\n    matchLabels:\n      app: web3\n  template:\n    metadata:\n      labels:\n        app: web3\n    spec:\n      containers:\n      - name: nginx\n        image: nginx\n        ports:\n        - containerPort: 80\n';
const files = { readFile: (p: string) => (p === 'deploy-web3.yaml' ? DEPLOY_WEB3 : undefined), isDir: () => false, list: () => [] };

/** `sed "s/a/b/;s/c/d/" deploy-web3.yaml`. */
function sed(exprs: string): string {
  let text = DEPLOY_WEB3;
  for (const expr of exprs.split(';')) {
    const [, from = '', to = ''] = expr.split('/');
    text = text.split('\n').map((l) => l.replace(from, to)).join('\n');
  }
  return text;
}

/** editor-replicas.sh: sets the replicas the previous apply gave web10 (1) to 2. */
const editReplicas = (text: string) => text.replace(/^  replicas: 1$/m, '  replicas: 2');
/** editor-noop.sh: saves the file unchanged. */
const editNothing = (text: string) => text;

const cluster = goldenCluster();
const ctx = (extra: Partial<KubectlContext> = {}): KubectlContext => ({ cluster, files, ...extra });
const run = (line: string, extra: Partial<KubectlContext> = {}): KubectlResult => kubectl(shellWords(line).slice(1), ctx(extra));

/** How each capture's command line is run here (most are one kubectl command). */
const RUNNERS: Record<string, (g: Golden) => KubectlResult> = {
  'replace-f-missing': () => run('kubectl replace -f -', { stdin: sed('s/name: web3/name: web9/') }),
  // `edit web2x 2>&1; apply web10 >/dev/null; edit web10`: the first edit's stderr lands in stdout.
  edit: () => {
    const missing = run('kubectl edit deployment web2x', { editor: editReplicas });
    run('kubectl apply -f -', { stdin: sed('s/name: web3/name: web10/;s/replicas: 2/replicas: 1/') });
    const edited = run('kubectl edit deployment web10', { editor: editReplicas });
    return { ...edited, stdout: missing.stdout + missing.stderr + edited.stdout };
  },
  'edit-nochange': () => run('kubectl edit deployment web10', { editor: editNothing }),
};

/**
 * Where the fake server answered differently from a real one, the real answer is expected:
 * - patch-nochange: the fake server bumped resourceVersion on every PATCH, so kubectl saw a change;
 *   a real server returns the object untouched and kubectl prints "patched (no change)".
 * - patch-badjson: the message is the API server's, and the fake server's was a JavaScript
 *   SyntaxError; kube-apiserver reports Go's JSON decoder error for `{bad`.
 */
const REAL: Record<string, (g: Golden) => Golden> = {
  'patch-nochange': (g) => ({ ...g, stdout: g.stdout.replace('patched\n', 'patched (no change)\n') }),
  'patch-badjson': (g) => ({ ...g, stderr: "Error from server (BadRequest): invalid character 'b' looking for beginning of object key string\n" }),
};

/** fake-v1.35 captures in capture order (INDEX.tsv lines 200–246), the ones these verbs own. */
const SEQUENCE = [
  'replace-f', 'replace-f-missing', 'edit', 'edit-nochange',
  'label', 'label-again', 'label-overwrite', 'label-remove', 'label-nochange', 'label-node', 'label-list', 'label-all',
  'annotate', 'annotate-remove',
  'patch', 'patch-nochange', 'patch-json', 'patch-merge', 'patch-badjson',
];

describe('replace, edit, label, annotate and patch against fake-v1.35 captures, in capture order', () => {
  it('setup: web3 exists (create-f ran earlier in the capture run)', () => {
    expect(run('kubectl create -f deploy-web3.yaml').exitCode).toBe(0);
  });
  for (const name of SEQUENCE) {
    it(name, () => {
      const captured = loadGolden(read, 'fake-v1.35', name);
      const golden = REAL[name]?.(captured) ?? captured;
      const result = RUNNERS[name]?.(golden) ?? run(golden.command);
      cluster.advance(1000);
      expect({ stdout: result.stdout, stderr: result.stderr, exitCode: result.exitCode }).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('label without a cluster (local-v1.35)', () => {
  it('label-noargs', () => {
    const golden = loadGolden(read, 'local-v1.35', 'label-noargs');
    const result = run(golden.command);
    expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
  });
});
