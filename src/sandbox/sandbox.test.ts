import { describe, expect, it } from 'vitest';
import { createSandbox, restoreSandbox, type Sandbox } from '.';

/** Runs the lines and returns everything the terminal showed, prompts left out. */
function typed(sandbox: Sandbox, lines: string[]): string {
  return lines.map((line) => sandbox.run(line).output).join('');
}

describe('sandbox sessions', () => {
  it('starts as root on the control plane, with the prompt following cd and ssh', () => {
    const sb = createSandbox();
    expect(sb.prompt()).toBe('controlplane:~$ ');
    sb.run('cd /etc/kubernetes');
    expect(sb.prompt()).toBe('controlplane:/etc/kubernetes$ ');
    expect(sb.run('ssh node02')).toEqual({ output: '', chunks: [], exitCode: 0, closed: false });
    expect(sb.prompt()).toBe('node02:~$ ');
    expect(sb.location()).toEqual({ kind: 'host', machine: 'node02' });
    expect(sb.run('exit 2')).toEqual({
      output: 'logout\nConnection to node02 closed.\n',
      chunks: [{ fd: 2, text: 'logout\nConnection to node02 closed.\n' }],
      exitCode: 2,
      closed: false,
    });
    expect(sb.prompt()).toBe('controlplane:/etc/kubernetes$ ');
    expect(sb.run('echo $?').output).toBe('2\n');
  });

  it('keeps variables and aliases per login, files and history per machine', () => {
    const sb = createSandbox();
    const out = typed(sb, ['alias k=kubectl', 'ssh node01', 'type k', 'echo kept > /root/f', 'exit', 'ssh node01', 'cat f', 'history', 'exit', 'type k']);
    expect(out).toBe(
      [
        'bash: type: k: not found',
        'logout',
        'Connection to node01 closed.',
        'kept',
        '    1  type k',
        '    2  echo kept > /root/f',
        '    3  exit',
        '    4  cat f',
        '    5  history',
        'logout',
        'Connection to node01 closed.',
        "k is aliased to `kubectl'",
        '',
      ].join('\n'),
    );
  });

  it('reports that the student closed their own shell', () => {
    const sb = createSandbox();
    expect(sb.run('exit')).toMatchObject({ output: 'exit\n', closed: true });
  });

  it('opens a shell inside a container and leaves it with its status', () => {
    const sb = createSandbox();
    typed(sb, ['kubectl run box --image=busybox -- sleep 3600', 'kubectl create deployment web --image=nginx', 'sleep 20']);
    expect(sb.enterContainer({ namespace: 'default', pod: 'box', container: 'box', argv: ['sh'] })).toBeUndefined();
    expect(sb.prompt()).toBe('/ # ');
    expect(sb.location()).toEqual({ kind: 'exec', namespace: 'default', pod: 'box', container: 'box' });
    expect(typed(sb, ['hostname', 'cd /tmp', 'pwd', 'cd /nowhere'])).toBe('box\n/tmp\nsh: cd: can\'t cd to /nowhere: No such file or directory\n');
    expect(sb.prompt()).toBe('/tmp # ');
    expect(sb.run('exit 3')).toMatchObject({ output: 'command terminated with exit code 3\n', exitCode: 3 });
    expect(sb.prompt()).toBe('controlplane:~$ ');

    const pod = sb.cluster.store.list('pods', 'default').find((p) => p.metadata.name?.startsWith('web-'))?.metadata.name ?? '';
    expect(sb.enterContainer({ namespace: 'default', pod, container: 'nginx', argv: ['bash'] })).toBeUndefined();
    expect(sb.prompt()).toBe(`root@${pod}:/# `);
    sb.run('cd /root');
    expect(sb.prompt()).toBe(`root@${pod}:~# `);
    expect(sb.run('exit')).toMatchObject({ output: 'exit\n', exitCode: 0 });
  });

  it('says what kubectl says when the container has no such shell', () => {
    const sb = createSandbox();
    typed(sb, ['kubectl run box --image=busybox -- sleep 3600', 'sleep 20']);
    const refused = sb.enterContainer({ namespace: 'default', pod: 'box', container: 'box', argv: ['bash'] });
    expect(refused?.exitCode).toBe(1);
    expect(refused?.stderr).toMatch(/^error: Internal error occurred: .*exec: "bash": executable file not found in \$PATH: unknown\n$/);
    expect(sb.prompt()).toBe('controlplane:~$ ');
  });
});

describe('sandbox snapshots', () => {
  it('restores the cluster, every machine and the session stack, and carries on identically', () => {
    const sb = createSandbox({ seed: 3 });
    typed(sb, ['kubectl create deployment web --image=nginx --replicas=2', 'alias k=kubectl', 'export FOO=bar', 'cd /tmp', 'sleep 5', 'ssh node01', 'echo hi > /root/note.txt', 'cd /etc']);
    const json = JSON.stringify(sb.snapshot());
    const restored = restoreSandbox(JSON.parse(json));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    expect(restored.prompt()).toBe('node01:/etc$ ');
    const more = ['pwd', 'cat /root/note.txt', 'exit', 'pwd; echo $FOO', 'k get pods', 'sleep 30', 'k get pods', 'history 3'];
    expect(typed(restored, more)).toBe(typed(sb, more));
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(sb.snapshot()));
  });

  it('keeps CustomResourceDefinitions and custom objects, which are served again after restoring', () => {
    const sb = createSandbox({ seed: 4 });
    const crd = [
      "cat <<EOF | kubectl apply -f -",
      'apiVersion: apiextensions.k8s.io/v1',
      'kind: CustomResourceDefinition',
      'metadata: {name: widgets.example.com}',
      'spec:',
      '  group: example.com',
      '  scope: Namespaced',
      '  names: {plural: widgets, kind: Widget, shortNames: [wd]}',
      '  versions:',
      '  - name: v1',
      '    served: true',
      '    storage: true',
      '    schema: {openAPIV3Schema: {type: object, properties: {spec: {type: object, properties: {size: {type: integer, default: 3}}}}}}',
      'EOF',
    ].join('\n');
    typed(sb, [crd, "echo '{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"w1\"},\"spec\":{}}' | kubectl create -f -", 'sleep 5']);
    const json = JSON.stringify(sb.snapshot());
    const restored = restoreSandbox(JSON.parse(json));
    expect(JSON.stringify(restored.snapshot())).toBe(json);
    const more = ['kubectl get wd', 'kubectl get widget w1 -o jsonpath={.spec.size}', 'kubectl delete crd widgets.example.com', 'kubectl get widgets'];
    expect(typed(restored, more)).toBe(typed(sb, more));
    const gone = 'error: the server doesn\'t have a resource type "wd"\n';
    expect([typed(sb, ['kubectl get wd w1']), typed(restored, ['kubectl get wd w1'])]).toEqual([gone, gone]);
    expect(JSON.stringify(restored.snapshot())).toBe(JSON.stringify(sb.snapshot()));
  });

  it('keeps an open container shell', () => {
    const sb = createSandbox();
    typed(sb, ['kubectl run box --image=busybox -- sleep 3600', 'sleep 20']);
    sb.enterContainer({ namespace: 'default', pod: 'box', container: 'box', argv: ['sh'] });
    sb.run('cd /etc');
    const restored = restoreSandbox(JSON.parse(JSON.stringify(sb.snapshot())));
    expect(restored.prompt()).toBe('/etc # ');
    expect(typed(restored, ['pwd', 'exit', 'hostname'])).toBe('/etc\ncontrolplane\n');
  });

  it('refuses a snapshot of another format', () => {
    const snapshot = { ...createSandbox().snapshot(), format: 'other' } as unknown as Parameters<typeof restoreSandbox>[0];
    expect(() => restoreSandbox(snapshot)).toThrow('not a sandbox snapshot this version can read (format other, version 1)');
  });
});
