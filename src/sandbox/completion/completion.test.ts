import { beforeAll, describe, expect, it } from 'vitest';
import { createSandbox, type Sandbox } from '..';
import { completeLine } from '.';

let sb: Sandbox;
const complete = (line: string) => completeLine(sb, line, line.length);

beforeAll(() => {
  sb = createSandbox();
  for (const line of ['kubectl create deployment web --image=nginx', 'alias k=kubectl', 'mkdir -p /root/work/sub', 'touch /root/work/a.yaml /root/.hidden']) sb.run(line);
});

describe('tab completion', () => {
  it('offers commands, aliases included, in command position', () => {
    expect(complete('kub')).toEqual({ candidates: ['kubeadm', 'kubectl', 'kubelet'], replaceFrom: 0 });
    expect(complete('k')).toEqual({ candidates: ['k', 'kubeadm', 'kubectl', 'kubelet'], replaceFrom: 0 });
    expect(complete('echo hi | gr')).toEqual({ candidates: ['grep'], replaceFrom: 10 });
  });

  it('offers kubeadm subcommands and the certificates it renews', () => {
    expect(complete('kubeadm ').candidates).toEqual(['certs', 'token', 'upgrade', 'version']);
    expect(complete('kubeadm upgrade ').candidates).toEqual(['apply', 'node', 'plan']);
    expect(complete('kubeadm certs r')).toEqual({ candidates: ['renew'], replaceFrom: 14 });
    expect(complete('kubeadm certs renew etcd-').candidates).toEqual(['etcd-healthcheck-client', 'etcd-peer', 'etcd-server']);
    expect(complete('kubeadm token ').candidates).toEqual(['create', 'delete', 'generate', 'list']);
  });

  it('offers crictl subcommands, the container ids of this machine and journalctl units', () => {
    expect(complete('crictl p').candidates).toEqual(['pods', 'ps']);
    const ids = complete('crictl logs ').candidates;
    expect(ids.length).toBeGreaterThan(3);
    expect(ids.every((id) => /^[0-9a-f]{13}$/.test(id))).toBe(true);
    expect(complete('journalctl -u ku').candidates).toEqual(['kubelet']);
    expect(complete('journalctl -xeu c').candidates).toEqual(['containerd']);
  });

  it('offers apt verbs and the Kubernetes packages', () => {
    expect(complete('apt-mark ').candidates).toEqual(['hold', 'showhold', 'unhold']);
    expect(complete('apt-get install -y kube').candidates).toEqual(['kubeadm', 'kubectl', 'kubelet', 'kubernetes-cni']);
    expect(complete('apt-cache madison kubea')).toEqual({ candidates: ['kubeadm'], replaceFrom: 18 });
  });

  it('offers kubectl verbs and subcommands, through an alias too', () => {
    expect(complete('kubectl ge')).toEqual({ candidates: ['get'], replaceFrom: 8 });
    expect(complete('k rollout ')).toEqual({ candidates: ['history', 'pause', 'restart', 'resume', 'status', 'undo'], replaceFrom: 10 });
  });

  it('offers resource types as api-resources names them, then live object names', () => {
    expect(complete('k get dep')).toEqual({ candidates: ['deployments.apps'], replaceFrom: 6 });
    expect(complete('k get deploy w')).toEqual({ candidates: ['web'], replaceFrom: 13 });
    expect(complete('k describe deploy/')).toEqual({ candidates: ['deploy/web'], replaceFrom: 11 });
    expect(complete('k -n kube-system get po kube-a')).toEqual({ candidates: ['kube-apiserver-controlplane'], replaceFrom: 24 });
    expect(complete('k logs ')).toEqual({ candidates: [sb.cluster.store.list('pods', 'default')[0]?.metadata.name ?? ''], replaceFrom: 7 });
    expect(complete('k cordon n')).toEqual({ candidates: ['node01', 'node02'], replaceFrom: 9 });
  });

  it('offers the types of established CRDs and their objects', () => {
    const other = createSandbox();
    other.run("echo '{\"apiVersion\":\"apiextensions.k8s.io/v1\",\"kind\":\"CustomResourceDefinition\",\"metadata\":{\"name\":\"widgets.example.com\"},\"spec\":{\"group\":\"example.com\",\"scope\":\"Cluster\",\"names\":{\"plural\":\"widgets\",\"kind\":\"Widget\"},\"versions\":[{\"name\":\"v1\",\"served\":true,\"storage\":true,\"schema\":{\"openAPIV3Schema\":{\"type\":\"object\"}}}]}}' | kubectl apply -f -");
    other.run("echo '{\"apiVersion\":\"example.com/v1\",\"kind\":\"Widget\",\"metadata\":{\"name\":\"blue\"}}' | kubectl apply -f -");
    const line = 'kubectl get wid';
    expect(completeLine(other, line, line.length)).toEqual({ candidates: ['widgets.example.com'], replaceFrom: 12 });
    const named = 'kubectl get widget b';
    expect(completeLine(other, named, named.length)).toEqual({ candidates: ['blue'], replaceFrom: 19 });
  });

  it('offers namespaces after -n, formats after -o, flags after --', () => {
    expect(complete('k get po -n kube-sy')).toEqual({ candidates: ['kube-system'], replaceFrom: 12 });
    expect(complete('k get pods -o ')).toEqual({ candidates: ['custom-columns=', 'go-template=', 'json', 'jsonpath=', 'name', 'wide', 'yaml'], replaceFrom: 14 });
    expect(complete('k get --all-n')).toEqual({ candidates: ['--all-namespaces'], replaceFrom: 6 });
  });

  it('offers files relative to the working directory, hidden ones only when asked', () => {
    expect(complete('k apply -f work/')).toEqual({ candidates: ['work/a.yaml', 'work/sub/'], replaceFrom: 11, filenames: true });
    expect(complete('ls ~/w')).toEqual({ candidates: ['~/work/'], replaceFrom: 3, filenames: true });
    expect(complete('cat .h')).toEqual({ candidates: ['.hidden'], replaceFrom: 4, filenames: true });
    expect(complete('cd work/')).toEqual({ candidates: ['work/sub/'], replaceFrom: 3, filenames: true });
  });

  it('knows the node tools', () => {
    expect(complete('ssh n')).toEqual({ candidates: ['node01', 'node02'], replaceFrom: 4 });
    expect(complete('systemctl status k')).toEqual({ candidates: ['kubelet'], replaceFrom: 17 });
  });
});
