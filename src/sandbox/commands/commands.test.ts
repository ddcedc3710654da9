import { describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '..';

function typed(sandbox: Sandbox, lines: string[]): string {
  return lines.map((line) => sandbox.run(line).output).join('');
}

describe('kubectl in the sandbox', () => {
  it('reads and writes the kubeconfig of the shell, honouring KUBECONFIG', () => {
    const sb = createSandbox();
    expect(typed(sb, ['kubectl config set-context --current --namespace=kube-system', 'kubectl get deploy'])).toBe(
      'Context "kubernetes-admin@kubernetes" modified.\nNAME      READY   UP-TO-DATE   AVAILABLE   AGE\ncoredns   2/2     2            2           10d\n',
    );
    expect(typed(sb, ['grep namespace ~/.kube/config', 'KUBECONFIG=/etc/kubernetes/admin.conf kubectl get ns default --no-headers'])).toBe(
      '    namespace: kube-system\ndefault   Active   10d\n',
    );
  });

  it('prints server warnings before the output, as kubectl does', () => {
    const sb = createSandbox();
    const result = sb.run('kubectl get ep kubernetes');
    expect(result.chunks.map((c) => c.fd)).toEqual([2, 1]);
    expect(result.output).toBe(
      'Warning: v1 Endpoints is deprecated in v1.33+; use discovery.k8s.io/v1 EndpointSlice\nNAME         ENDPOINTS           AGE\nkubernetes   192.168.1.10:6443   10d\n',
    );
  });
});

describe('editors', () => {
  it('opens files in the host editor and saves what it returns', () => {
    const seen: string[] = [];
    const sb = createSandbox({
      editor: (text, name) => {
        seen.push(`${name}:${text}`);
        return text === '' ? 'new file\n' : undefined;
      },
    });
    expect(typed(sb, ['echo old > a.txt', 'vi a.txt', 'nano b.txt', 'cat a.txt b.txt', 'vim /etc'])).toBe('old\nnew file\nvim: /etc: Is a directory\n');
    expect(seen).toEqual(['a.txt:old\n', 'b.txt:']);
  });

  it('runs $EDITOR headless and says so when there is none', () => {
    const sb = createSandbox();
    expect(typed(sb, ['echo replicas: 1 > d.yaml', 'vi d.yaml', 'EDITOR=vim nano d.yaml', "EDITOR='sed -i s/1/3/' vi d.yaml", 'cat d.yaml'])).toBe(
      "vi: no screen editor in this terminal; set EDITOR to a command that edits a file in place, e.g. export EDITOR='sed -i s/old/new/'\n" +
        "nano: no screen editor in this terminal; set EDITOR to a command that edits a file in place, e.g. export EDITOR='sed -i s/old/new/'\n" +
        'replicas: 3\n',
    );
  });
});

describe('node tools', () => {
  it('ssh refuses unknown hosts, other users and missing arguments like OpenSSH', () => {
    const sb = createSandbox();
    expect(typed(sb, ['ssh bob@node01', 'ssh 10.0.0.9', 'ssh NodeX; echo $?', 'ssh 192.168.1.12 hostname'])).toBe(
      'bob@node01: Permission denied (publickey).\nssh: connect to host 10.0.0.9 port 22: Connection refused\nssh: Could not resolve hostname nodex: Name or service not known\n255\nnode02\n',
    );
  });

  it('systemctl stops and starts the kubelet, and tells the unit states', () => {
    const sb = createSandbox();
    expect(typed(sb, ['ssh node01 systemctl stop kubelet', 'sleep 3', 'ssh node01 systemctl status kubelet; echo $?'])).toBe(
      [
        '○ kubelet.service - kubelet: The Kubernetes Node Agent',
        '     Loaded: loaded (/usr/lib/systemd/system/kubelet.service; enabled; preset: enabled)',
        '    Drop-In: /usr/lib/systemd/system/kubelet.service.d',
        '             └─10-kubeadm.conf',
        '     Active: inactive (dead) since Tue 2026-11-24 15:00:00 UTC; 3s ago',
        '       Docs: https://kubernetes.io/docs/',
        '   Main PID: 2835 (code=exited, status=0/SUCCESS)',
        '3',
        '',
      ].join('\n'),
    );
    expect(typed(sb, ['ssh node01 systemctl start kubelet', 'ssh node01 systemctl is-active kubelet', 'systemctl status foo; echo $?'])).toBe(
      'active\nUnit foo.service could not be found.\n4\n',
    );
  });

  it('curl shows its progress meter when the body is piped, and headers with -i', () => {
    const sb = createSandbox();
    expect(sb.run('curl 10.96.0.10:9153/metrics | head -1').output).toBe(
      '  % Total    % Received % Xferd  Average Speed   Time    Time     Time  Current\n' +
        '                                 Dload  Upload   Total   Spent    Left  Speed\n' +
        '\r  0     0    0     0    0     0      0      0 --:--:-- --:--:-- --:--:--     0\r100   246  100   246    0     0  61500      0 --:--:-- --:--:-- --:--:-- 61500\n' +
        "# HELP coredns_build_info A metric with a constant '1' value labeled by version, revision, and goversion from which CoreDNS was built.\n",
    );
    expect(sb.run('curl -sI 10.96.0.10:9153/metrics').output).toBe(
      'HTTP/1.1 200 OK\r\nContent-Type: text/plain; charset=utf-8\r\nX-Content-Type-Options: nosniff\r\nDate: Tue, 24 Nov 2026 15:00:00 GMT\r\nContent-Length: 246\r\n\r\n',
    );
    expect(typed(sb, ['curl --bogus; echo $?', 'curl -m x a'])).toBe(
      "curl: option --bogus: is unknown\ncurl: try 'curl --help' or 'curl --manual' for more information\n2\n" +
        "curl: option --max-time: expected a proper numerical parameter\ncurl: try 'curl --help' or 'curl --manual' for more information\n",
    );
  });
});
