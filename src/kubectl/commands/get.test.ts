// kubectl get behaviour beyond the captured transcripts (see get.golden.test.ts): server-side
// selector errors, partial failures, flag conflicts, sorting errors, files for -o, contexts.

import { describe, expect, it } from 'vitest';
import { kubectl, type KubectlContext, type KubectlFiles } from '../index';
import { goldenCluster } from '../testing/golden-state';

const cluster = goldenCluster();
const run = (args: string[], extra: Partial<KubectlContext> = {}) => kubectl(args, { cluster, ...extra });

function files(map: Record<string, string>): KubectlFiles {
  return { readFile: (p) => map[p], isDir: () => false, list: () => [] };
}

describe('kubectl get: server errors', () => {
  it('wraps a rejected label selector as cli-runtime does', () => {
    expect(run(['get', 'pods', '-l', 'app in (a'])).toEqual({
      stdout: '',
      stderr: `Error from server (BadRequest): Unable to find "/v1, Resource=pods" that match label selector "app in (a", field selector "": unable to parse requirement: found '', expected: ',' or ')'\n`,
      exitCode: 1,
    });
  });

  it('wraps a rejected field selector', () => {
    expect(run(['get', 'deploy', '--field-selector', 'spec.replicas=3'])).toEqual({
      stdout: '',
      stderr: 'Error from server (BadRequest): Unable to find "apps/v1, Resource=deployments" that match label selector "", field selector "spec.replicas=3": "spec.replicas" is not a known field selector: only "metadata.name", "metadata.namespace"\n',
      exitCode: 1,
    });
  });

  it('still prints what was found when some names are missing', () => {
    expect(run(['get', 'pod', 'web', 'nope', 'ghost', '-o', 'name'])).toEqual({
      stdout: 'pod/web\n',
      stderr: 'Error from server (NotFound): pods "nope" not found\nError from server (NotFound): pods "ghost" not found\n',
      exitCode: 1,
    });
  });

  it('prints only the error for one missing object, whatever the output format', () => {
    expect(run(['get', 'pod', 'nope', '-o', 'yaml'])).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
    expect(run(['get', 'pod', 'nope', '-o', 'bogus'])).toEqual({ stdout: '', stderr: 'Error from server (NotFound): pods "nope" not found\n', exitCode: 1 });
  });
});

describe('kubectl get: output', () => {
  it('separates the tables of several types with a blank line, but not with --no-headers', () => {
    expect(run(['get', 'ds,svc', '-n', 'kube-system']).stdout).toBe(
      'NAME                        DESIRED   CURRENT   READY   UP-TO-DATE   AVAILABLE   NODE SELECTOR            AGE\n' +
        'daemonset.apps/kube-proxy   3         3         2       3            2           kubernetes.io/os=linux   10d\n' +
        '\n' +
        'NAME               TYPE        CLUSTER-IP   EXTERNAL-IP   PORT(S)                  AGE\n' +
        'service/kube-dns   ClusterIP   10.96.0.10   <none>        53/UDP,53/TCP,9153/TCP   10d\n',
    );
    expect(run(['get', 'ds,svc', '-n', 'kube-system', '--no-headers']).stdout).toBe(
      'daemonset.apps/kube-proxy   3     3     2     3     2     kubernetes.io/os=linux   10d\n' +
        'service/kube-dns   ClusterIP   10.96.0.10   <none>   53/UDP,53/TCP,9153/TCP   10d\n',
    );
  });

  it('wraps several objects in a List for -o json', () => {
    const r = run(['get', 'cm', 'app-config', 'kube-root-ca.crt', '-o', 'jsonpath={.kind} {.items[*].metadata.name}']);
    expect(r).toEqual({ stdout: 'List app-config kube-root-ca.crt', stderr: '', exitCode: 0 });
  });

  it('sorts -o name output by a numeric field, objects without it first, ties in list order', () => {
    expect(run(['get', 'pods', '--sort-by', '{.status.containerStatuses[0].restartCount}', '-o', 'name', '-l', 'run']).stdout).toBe(
      'pod/pending\npod/badimage\npod/creating\npod/web\npod/oom\npod/crashy\n',
    );
  });

  it('reads -o custom-columns-file and -o jsonpath-file from the shell files', () => {
    const view = files({ 'cols.txt': 'NAME  KEYS\n.metadata.name  .data\n', 'tpl.txt': '{.metadata.name}' });
    expect(run(['get', 'cm', 'app-config', '-o', 'custom-columns-file=cols.txt'], { files: view }).stdout).toBe(
      'NAME         KEYS\napp-config   map[APP_ENV:production LOG_LEVEL:info]\n',
    );
    expect(run(['get', 'cm', 'app-config', '-o', 'jsonpath-file=tpl.txt'], { files: view }).stdout).toBe('app-config');
    expect(run(['get', 'cm', '-o', 'jsonpath-file=nope.txt'], { files: view }).stderr).toBe(
      'error: error reading --template nope.txt, open nope.txt: no such file or directory\n',
    );
  });

  it('prints the API server default table for kinds without a printer', () => {
    const c = goldenCluster();
    c.api.create({ apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'Role', metadata: { name: 'pod-reader', namespace: 'default' }, rules: [] });
    expect(kubectl(['get', 'roles'], { cluster: c }).stdout).toBe('NAME         CREATED AT\npod-reader   2026-11-24T15:04:00Z\n');
  });

  it('adds the endpoints deprecation warning, and fails on it with --warnings-as-errors', () => {
    const r = run(['get', 'ep', 'kubernetes', '--warnings-as-errors']);
    expect(r).toEqual({
      stdout: 'NAME         ENDPOINTS           AGE\nkubernetes   192.168.1.10:6443   10d\n',
      stderr: 'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nerror: 1 warning received\n',
      exitCode: 1,
    });
  });

  it('prints nothing at all with --ignore-not-found and nothing found', () => {
    expect(run(['get', 'pods', '-n', 'dev', '--ignore-not-found'])).toEqual({ stdout: '', stderr: '', exitCode: 0 });
  });
});

describe('kubectl get: flag and argument errors', () => {
  const err = (args: string[]) => {
    const r = run(args);
    return [r.stdout, r.stderr, r.exitCode];
  };

  it('rejects conflicting options', () => {
    expect(err(['get', 'pods', '--show-labels', '-o', 'yaml'])).toEqual(['', 'error: --show-labels option cannot be used with yaml printer\n', 1]);
    expect(err(['get', 'pods', '--output-watch-events'])).toEqual(['', 'error: --output-watch-events option can only be used with --watch or --watch-only\n', 1]);
    expect(err(['get', 'pods', '-o', 'jsonpath'])).toEqual(['', 'error: template format specified but no template given\n', 1]);
    expect(err(['get', 'pods', '-o', 'custom-columns='])).toEqual(['', 'error: custom-columns format specified but no custom columns given\n', 1]);
  });

  it('fails on a sort field no object has', () => {
    expect(err(['get', 'pods', '--sort-by=.spec.nothing'])).toEqual(['', 'error: couldn\'t find any field with path "{.spec.nothing}" in the list of objects\n', 1]);
    expect(err(['get', 'pods', '--sort-by=.spec.nothing', '-o', 'name'])).toEqual(['', 'error: couldn\'t find any field with path "{.spec.nothing}" in the list of objects\n', 1]);
  });

  it('reports flags that need values', () => {
    expect(err(['get', 'pods', '-n'])).toEqual(['', "error: flag needs an argument: 'n' in -n\nSee 'kubectl get --help' for usage.\n", 1]);
    expect(err(['get', 'pods', '--selector'])).toEqual(['', "error: flag needs an argument: --selector\nSee 'kubectl get --help' for usage.\n", 1]);
    expect(err(['get', 'pods', '--no-headers=yes'])).toEqual([
      '',
      'error: invalid argument "yes" for "--no-headers" flag: strconv.ParseBool: parsing "yes": invalid syntax\nSee \'kubectl get --help\' for usage.\n',
      1,
    ]);
  });

  it('says plainly what the simulator does not do', () => {
    expect(err(['get', 'pods', '--kubeconfig', '/tmp/x'])).toEqual([
      '',
      'error: the --kubeconfig flag is not supported in this simulator: it has one kubeconfig and one API server per context\n',
      1,
    ]);
  });
});

describe('kubectl get: namespaces and contexts', () => {
  it('takes -n before the verb, and the context namespace by default', () => {
    const expected = run(['get', 'ds', '-n', 'kube-system']).stdout;
    expect(run(['-n', 'kube-system', 'get', 'ds']).stdout).toBe(expected);
    expect(run(['--namespace=kube-system', 'get', 'ds']).stdout).toBe(expected);
    expect(run(['get', 'ds'], { namespace: 'kube-system' }).stdout).toBe(expected);
  });

  it('switches cluster with --context, and fails on an unknown one', () => {
    const other = goldenCluster({ variant: 'noKubeSystemPods' });
    const ctx: Partial<KubectlContext> = {
      contextName: 'main',
      resolveContext: (name) => (name === 'other' ? { cluster: other, namespace: 'kube-system' } : undefined),
    };
    expect(run(['get', 'pods', '--context', 'other'], ctx)).toEqual({ stdout: '', stderr: 'No resources found in kube-system namespace.\n', exitCode: 0 });
    expect(run(['get', 'pods', '--context', 'main', '-n', 'dev'], ctx).stderr).toBe('No resources found in dev namespace.\n');
    expect(run(['get', 'pods', '--context=nope'], ctx)).toEqual({
      stdout: '',
      stderr: 'Error in configuration: context was not found for specified context: nope\n',
      exitCode: 1,
    });
  });
});

describe('kubectl get -f', () => {
  const manifests: Record<string, string> = {
    'app/web.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: nginx\n    image: nginx:1.27\n',
    'app/svc.yml': '# services\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: nginx\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ghost\n',
    'app/notes.txt': 'not a manifest',
    'list.json': '{"apiVersion":"v1","kind":"List","items":[{"apiVersion":"apps/v1","kind":"Deployment","metadata":{"name":"nginx"}}]}',
    'old.yaml': 'apiVersion: apps/v1beta1\nkind: Deployment\nmetadata:\n  name: old\n',
    'other-ns.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\n  namespace: prod\n',
    'bad.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [oops\n',
    'nokind.yaml': 'apiVersion: v1\nmetadata:\n  name: x\n',
  };
  const view: KubectlFiles = {
    readFile: (p) => manifests[p],
    isDir: (p) => p === 'app',
    list: (p) => (p === 'app' ? ['web.yaml', 'svc.yml', 'notes.txt'] : []),
  };
  const get = (args: string[], extra: Partial<KubectlContext> = {}) => run(['get', ...args], { files: view, ...extra });

  it('shows the live objects a directory names, in file order, one table per type', () => {
    expect(get(['-f', 'app'])).toEqual({
      stdout:
        'NAME            TYPE        CLUSTER-IP     EXTERNAL-IP   PORT(S)   AGE\n' +
        'service/nginx   ClusterIP   10.96.120.15   <none>        80/TCP    20m\n' +
        '\n' +
        'NAME      READY   STATUS    RESTARTS   AGE\n' +
        'pod/web   1/1     Running   0          3h20m\n',
      stderr: 'Error from server (NotFound): services "ghost" not found\n',
      exitCode: 1,
    });
  });

  it('prints the object itself for one file with one object, and reads lists and stdin', () => {
    expect(get(['-f', 'app/web.yaml', '-o', 'name'])).toEqual({ stdout: 'pod/web\n', stderr: '', exitCode: 0 });
    expect(get(['-f', 'list.json', '-o', 'jsonpath={.kind}/{.metadata.name}'])).toEqual({ stdout: 'Deployment/nginx', stderr: '', exitCode: 0 });
    expect(get(['-f', '-', '-o', 'name'], { stdin: manifests['app/web.yaml'] as string })).toEqual({ stdout: 'pod/web\n', stderr: '', exitCode: 0 });
  });

  it('fails like kubectl on missing paths, unknown kinds, foreign namespaces and bad input', () => {
    expect(get(['-f', 'nope.yaml']).stderr).toBe('error: the path "nope.yaml" does not exist\n');
    expect(get(['-f', 'old.yaml']).stderr).toBe(
      'error: resource mapping not found for name: "old" namespace: "" from "old.yaml": no matches for kind "Deployment" in version "apps/v1beta1"\nensure CRDs are installed first\n',
    );
    expect(get(['-f', 'other-ns.yaml', '-n', 'default']).stderr).toBe(
      "error: the namespace from the provided object \"prod\" does not match the namespace \"default\". You must pass '--namespace=prod' to perform this operation.\n",
    );
    expect(get(['-f', 'other-ns.yaml']).stderr).toBe('Error from server (NotFound): pods "web" not found\n');
    expect(get(['-f', 'nokind.yaml']).stderr).toBe('error: unable to decode "nokind.yaml": Object \'Kind\' is missing in \'{"apiVersion":"v1","metadata":{"name":"x"}}\'\n');
    // kubectl's wrapping around js-yaml's reason (Go's yaml library words it differently).
    expect(get(['-f', 'bad.yaml']).stderr).toBe('error: error parsing bad.yaml: error converting YAML to JSON: yaml: line 5: unexpected end of the stream within a flow collection\n');
    expect(get(['pods', '-f', 'app']).stderr).toBe('error: when paths, URLs, or stdin is provided as input, you may not specify resource arguments as well\n');
    expect(get(['pod/web', '-f', 'app']).stderr).toBe('error: resource/name arguments cannot be provided when a path is specified\n');
  });
});

describe('kubectl get componentstatuses', () => {
  it('probes the control-plane pods, with the deprecation warning', () => {
    expect(run(['get', 'cs'])).toEqual({
      stdout:
        'NAME                 STATUS    MESSAGE   ERROR\n' +
        'scheduler            Healthy   ok        \n' +
        'controller-manager   Healthy   ok        \n' +
        'etcd-0               Healthy   ok        \n',
      stderr: 'Warning: v1 ComponentStatus is deprecated in v1.19+\n',
      exitCode: 0,
    });
  });

  it('reports a component whose pod is gone as Unhealthy', () => {
    const c = goldenCluster();
    c.store.remove('pods', 'kube-system/kube-scheduler-controlplane');
    expect(kubectl(['get', 'cs', 'scheduler', 'nope'], { cluster: c })).toEqual({
      stdout:
        'NAME        STATUS      MESSAGE                                                                                        ERROR\n' +
        'scheduler   Unhealthy   Get "https://127.0.0.1:10259/healthz": dial tcp 127.0.0.1:10259: connect: connection refused   \n',
      stderr: 'Warning: v1 ComponentStatus is deprecated in v1.19+\nError from server (NotFound): componentstatuses "nope" not found\n',
      exitCode: 1,
    });
  });
});
