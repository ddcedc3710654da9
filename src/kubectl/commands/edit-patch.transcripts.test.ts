// Our own golden transcripts for what the captures do not cover: the flags and errors of label,
// annotate, patch, replace and edit, dry runs, -o, subresources and the editor's error loop. Texts
// kubectl builds itself were checked against the real kubectl v1.35.2 (--local runs need no
// server); server-side texts follow kube-apiserver's handlers (see patch/server-patch.ts).

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { replaceText, transcript } from './edit-patch.test-util';

const POD_FILE = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  labels:\n    run: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n';
const CM_FILE = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: settings\ndata:\n  mode: fast\n';

describe('label', () => {
  it('adds, overwrites, removes and lists', async () => {
    const text = transcript(goldenCluster(), {}, [
      'kubectl label pod web tier=frontend',
      'kubectl label pod web tier=backend',
      'kubectl label pod web tier=backend --overwrite',
      'kubectl label pod web tier- nothere-',
      'kubectl label pod web nothere-',
      'kubectl label pod web tier=x --dry-run=client',
      'kubectl label pod web tier=x --dry-run=server -o name',
      'kubectl label pod web --list',
      'kubectl label pods -l app=nginx --list',
      'kubectl label pod web a=1 b=2 -o jsonpath={.metadata.labels}',
      'kubectl label node node01 node-role.kubernetes.io/worker=',
      'kubectl get node node01 --show-labels',
      'kubectl label deploy --all team=platform',
      'kubectl label pods -A -l k8s-app=kube-dns dns=yes',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/label-extra.txt');
  });

  it('errors', async () => {
    const text = transcript(goldenCluster(), {}, [
      'kubectl label pod web',
      'kubectl label pod web a=b c',
      'kubectl label pod web a=b=c',
      'kubectl label pod web x',
      'kubectl label pod web "a=b c"',
      'kubectl label pod web a=b a-',
      'kubectl label pods a=b',
      'kubectl label pods --all -l app=nginx a=b',
      'kubectl label pod web a=b -A',
      'kubectl label pod web nope a=b',
      'kubectl label pod web --resource-version=1 a=b',
      'kubectl label pods -l app=nginx --resource-version=1 a=b',
      'kubectl label pod web "bad key=x"',
      'kubectl label pod web a=b --list -o yaml',
      'kubectl label pod web a=b --local',
      'kubectl label pod web a=b --dry-run=maybe',
      'kubectl label pod web a=b -o wide',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/label-errors.txt');
  });
});

describe('annotate', () => {
  it('sets, overwrites, removes, lists; errors', async () => {
    const text = transcript(goldenCluster(), { 'pod.yaml': POD_FILE }, [
      "kubectl annotate pod web description='front end'",
      "kubectl annotate pod web description='v2'",
      "kubectl annotate pod web description='v2' --overwrite",
      'kubectl annotate pod web --list',
      'kubectl annotate pod web description-',
      'kubectl annotate pod web description-',
      'kubectl annotate pods -l app=nginx owner=team-a -o name',
      'kubectl annotate pods -l app=nginx --list',
      'kubectl annotate pod web note=x --dry-run=server -o jsonpath={.metadata.annotations}',
      'kubectl annotate -f pod.yaml --local note=x -o yaml',
      'kubectl annotate pod web =x',
      'kubectl annotate pod web a=1 a-',
      'kubectl annotate pod web --resource-version=1 a=1',
      'kubectl annotate pod nope a=1',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/annotate-extra.txt');
  });
});

describe('patch', () => {
  it('the three patch types, dry runs, -o, subresources', async () => {
    const text = transcript(goldenCluster(), { 'replicas.yaml': 'spec:\n  replicas: 4\n' }, [
      `kubectl patch deploy nginx -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","image":"nginx:1.28"}]}}}}'`,
      'kubectl get deploy nginx -o jsonpath={.spec.template.spec.containers[*].image}',
      `kubectl patch deploy nginx -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","image":"busybox"}]}}}}'`,
      'kubectl get deploy nginx -o jsonpath={.spec.template.spec.containers[*].name}',
      `kubectl patch deploy nginx -p '{"spec":{"template":{"spec":{"containers":[{"name":"sidecar","$patch":"delete"}]}}}}'`,
      'kubectl get deploy nginx -o jsonpath={.spec.template.spec.containers[*].name}',
      "kubectl patch deploy nginx -p 'spec: {replicas: 5}'",
      'kubectl patch deploy nginx --patch-file replicas.yaml',
      'kubectl get deploy nginx -o jsonpath={.spec.replicas}',
      `kubectl patch deploy nginx --type merge -p '{"metadata":{"labels":{"tier":"web"}}}' -o yaml`,
      `kubectl patch deploy nginx --type json -p '[{"op":"test","path":"/spec/replicas","value":4},{"op":"remove","path":"/metadata/labels/tier"}]'`,
      `kubectl patch deploy nginx --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]' --dry-run=server`,
      `kubectl patch deploy nginx --type json -p '[{"op":"replace","path":"/spec/replicas","value":1}]' --dry-run=client`,
      'kubectl get deploy nginx -o jsonpath={.spec.replicas}',
      `kubectl patch deploy nginx --subresource=scale --type=merge -p '{"spec":{"replicas":2}}'`,
      `kubectl patch deploy nginx --subresource=scale -p '{"spec":{"replicas":2}}' -o yaml`,
      `kubectl patch deploy nginx --subresource=status --type=merge -p '{"status":{"observedGeneration":99}}' -o jsonpath={.status.observedGeneration}`,
      `kubectl patch deploy nginx -p '{"spec":{"bogus":1}}'`,
      `kubectl patch node node01 -p '{"spec":{"unschedulable":true}}'`,
      'kubectl get node node01',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/patch-extra.txt');
  });

  it('errors', async () => {
    const text = transcript(goldenCluster(), {}, [
      'kubectl patch deploy nginx',
      `kubectl patch deploy nginx -p '{}' --patch-file x.json`,
      'kubectl patch deploy nginx --patch-file x.json',
      `kubectl patch deploy nginx -p '{}' --type strategy`,
      `kubectl patch -p '{}'`,
      `kubectl patch deploy -p '{}'`,
      `kubectl patch deploy nope -p '{}'`,
      `kubectl patch deploy nginx -p 'a: [b'`,
      `kubectl patch deploy nginx -p '[]'`,
      `kubectl patch deploy nginx --type merge -p '{bad'`,
      `kubectl patch deploy nginx --type merge -p '[1]'`,
      `kubectl patch deploy nginx --type json -p '{}'`,
      `kubectl patch deploy nginx --type json -p '[{"op":"test","path":"/spec/replicas","value":42}]'`,
      `kubectl patch deploy nginx --type json -p '[{"op":"remove","path":"/spec/nothing"}]'`,
      `kubectl patch deploy nginx -p '{"spec":{"template":{"spec":{"containers":[{"image":"x"}]}}}}'`,
      `kubectl patch deploy nginx -p '{"spec":{"template":{"spec":{"containers":[{"name":"nginx","$patch":"bogus"}]}}}}'`,
      `kubectl patch deploy nginx -p '{"spec":{"replicas":"three"}}'`,
      `kubectl patch deploy nginx -p '{"spec":{"replicas":-1}}'`,
      `kubectl patch deploy nginx -p '{"metadata":{"name":"other"}}'`,
      `kubectl patch pod web -p '{"spec":{"containers":[{"name":"nginx","ports":[{"containerPort":81}]}]}}'`,
      `kubectl patch pod web --subresource=scale -p '{}'`,
      `kubectl patch cm app-config --subresource=status -p '{}'`,
      `kubectl patch deploy nginx --local -p '{}'`,
      `kubectl patch deploy nginx -p '{}' -o custom-columns=NAME:.metadata.name`,
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/patch-errors.txt');
  });
});

describe('replace', () => {
  it('in place, conflicts, --save-config, dry runs, --force, errors', async () => {
    const cluster = goldenCluster();
    const body = (line: string) => {
      const out = transcript(cluster, {}, [line]);
      return out.slice(out.indexOf('\n') + 1);
    };
    const current = body('kubectl get cm app-config -o yaml');
    const nginx = body('kubectl get deploy nginx -o yaml');
    const files: Record<string, string> = {
      'cm.yaml': CM_FILE,
      'cm-v2.yaml': CM_FILE.replace('fast', 'slow'),
      'stale.yaml': current.replace(/resourceVersion: "\d+"/, 'resourceVersion: "1"'),
      'app-config.yaml': current.replace(/\ndata:\n/, '\ndata:\n  extra: "yes"\n'),
      'nginx-status.yaml': nginx.replace('  readyReplicas: 3', '  readyReplicas: 1'),
      'bad.yaml': 'apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: nginx\nspec:\n  replicas: 1\n',
    };
    const text = transcript(cluster, files, [
      'kubectl replace -f cm.yaml',
      'kubectl create -f cm.yaml',
      'kubectl replace -f cm-v2.yaml',
      'kubectl get cm settings -o jsonpath={.data}',
      'kubectl replace -f app-config.yaml',
      'kubectl replace -f stale.yaml',
      'kubectl replace -f cm.yaml --save-config -o name',
      'kubectl get cm settings -o jsonpath={.metadata.annotations}',
      'kubectl replace -f cm-v2.yaml',
      'kubectl get cm settings -o jsonpath={.metadata.annotations}',
      'kubectl replace -f cm.yaml --dry-run=client',
      'kubectl replace -f cm.yaml --dry-run=server -o yaml',
      'kubectl replace --force -f cm.yaml',
      'kubectl replace --force --cascade=true -f cm-v2.yaml -o name',
      'kubectl replace -f bad.yaml',
      'kubectl replace --subresource=status -f nginx-status.yaml',
      'kubectl get deploy nginx',
      'kubectl replace --subresource=status -f cm.yaml',
      'kubectl replace --subresource=scale -f cm.yaml',
      'kubectl replace',
      'kubectl replace -f cm.yaml --grace-period=5',
      'kubectl replace -f cm.yaml --timeout=5s',
      'kubectl replace -f cm.yaml --force --dry-run=client',
      'kubectl replace -f cm.yaml --cascade=sideways',
      'kubectl replace -f nothere.yaml',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/replace-extra.txt');
  });
});

describe('edit', () => {
  it('saving a change patches; saving nothing cancels; JSON, --output-patch, -o', async () => {
    const cluster = goldenCluster();
    const text = transcript(cluster, {}, [
      { line: 'kubectl edit cm app-config', edits: [replaceText(/\ndata:\n/, '\ndata:\n  added: "1"\n')] },
      { line: 'kubectl edit cm app-config', edits: [(t) => t] },
      { line: 'kubectl edit cm app-config', edits: [() => undefined] },
      { line: 'kubectl edit cm app-config -o json', edits: [replaceText('"added": "1"', '"added": "2"')] },
      { line: 'kubectl edit cm app-config --output-patch -o yaml', edits: [replaceText(/\n {2}added: "2"\n/, '\n')] },
      { line: 'kubectl edit deploy nginx --output-patch', edits: [replaceText('image: nginx:1.27', 'image: nginx:1.28')] },
      { line: 'kubectl edit cm app-config', edits: [replaceText(/\ndata:\n/, '\n# a comment the user added\ndata:\n')] },
      { line: 'kubectl edit deploy nginx --subresource=scale', edits: [replaceText('  replicas: 3\nstatus', '  replicas: 1\nstatus')] },
      { line: 'kubectl edit deploy nginx --subresource=status', edits: [replaceText('  readyReplicas: 3', '  readyReplicas: 2')] },
      'kubectl get deploy nginx',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/edit-flows.txt');
  });

  it('a save that fails reopens the editor with the reasons; saving it again gives up', async () => {
    const cluster = goldenCluster();
    const text = transcript(cluster, {}, [
      // Broken YAML, then the same text again: kubectl gives up.
      { line: 'kubectl edit cm app-config', edits: [replaceText(/\ndata:\n/, '\ndata:\n  broken\n'), (t) => t] },
      // Broken YAML, then fixed.
      { line: 'kubectl edit cm app-config', edits: [replaceText(/\ndata:\n/, '\ndata:\n  broken\n'), replaceText('  broken\n', '  fixed: "1"\n')] },
      // The server refuses the change (Invalid), then it is put right.
      { line: 'kubectl edit deploy nginx', edits: [replaceText(/\n {2}replicas: \d+\n/, '\n  replicas: -2\n'), replaceText('replicas: -2', 'replicas: 2')] },
      // An unknown field: strict decoding refuses it; then the user gives up.
      { line: 'kubectl edit cm app-config', edits: [replaceText(/\ndata:\n/, '\ndatta:\n  x: "1"\ndata:\n'), (t) => t] },
      // The name may not change.
      { line: 'kubectl edit cm app-config', edits: [replaceText('name: app-config', 'name: renamed')] },
      // Without kind, validation fails; with --validate=false the decode does.
      { line: 'kubectl edit cm app-config', edits: [replaceText('kind: ConfigMap\n', ''), (t) => t] },
      { line: 'kubectl edit cm app-config --validate=false', edits: [replaceText('kind: ConfigMap\n', ''), (t) => t] },
      // An emptied file.
      { line: 'kubectl edit cm app-config --validate=false', edits: [() => '# nothing left\n'] },
      { line: 'kubectl edit cm app-config', edits: [() => ''] },
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/edit-errors.txt');
  });

  it('several objects, namespaces, errors before the editor opens', async () => {
    const cluster = goldenCluster();
    const text = transcript(cluster, {}, [
      'kubectl create configmap one --from-literal=a=1',
      'kubectl create configmap two --from-literal=b=2',
      { line: 'kubectl edit cm one two', edits: [replaceText('a: "1"', 'a: "10"')] },
      { line: 'kubectl edit cm/one cm/two', edits: [replaceText(/\n {4}namespace: default\n/, '\n    namespace: kube-system\n')] },
      { line: 'kubectl edit cm one nope', edits: [] },
      { line: 'kubectl edit', edits: [] },
      { line: 'kubectl edit cm one', noEditor: true },
      { line: 'kubectl edit cm one -o name', edits: [] },
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/edit-more.txt');
  });
});

describe('help', () => {
  it('label, annotate, patch, replace, edit', async () => {
    const text = transcript(goldenCluster(), {}, ['kubectl label --help', 'kubectl annotate -h', 'kubectl patch --help', 'kubectl replace --help', 'kubectl edit --help']);
    await expect(text).toMatchFileSnapshot('./__golden__/help-edit-patch.txt');
  });
});
