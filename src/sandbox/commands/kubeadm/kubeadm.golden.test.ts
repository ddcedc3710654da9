// `kubeadm` on the control plane and on a worker: version, certificate expiry before and after the
// virtual clock moves on and after renewal, bootstrap tokens (created, listed, cleaned up once
// expired, deleted, the join command), and the refusals; the upgrade of a cluster (upgrade.sh).

import { createHash, X509Certificate } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../index';
import { runSandboxScript } from '../../transcript';

describe('kubeadm', () => {
  it('prints what kubeadm v1.35 prints', async () => {
    const script = readFileSync(new URL('./__golden__/kubeadm.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/kubeadm.out');
  }, 60_000);

  it('upgrades a v1.34.3 cluster to v1.35.0 as kubeadm v1.35 does', async () => {
    const script = readFileSync(new URL('./__golden__/upgrade.sh', import.meta.url), 'utf8');
    const sandbox = createSandbox({ seed: 35, clusterConfig: { version: 'v1.34.3', workers: 1 } });
    await expect(runSandboxScript(sandbox, script).text).toMatchFileSnapshot('./__golden__/upgrade.out');
  }, 60_000);

  it('pins the join command to the SHA-256 of the cluster CA public key', () => {
    const sb = createSandbox();
    const join = sb.run('kubeadm token create --print-join-command').output;
    const ca = new X509Certificate(sb.run('cat /etc/kubernetes/pki/ca.crt').output);
    const spki = ca.publicKey.export({ type: 'spki', format: 'der' });
    expect(join).toContain(`--discovery-token-ca-cert-hash sha256:${createHash('sha256').update(spki).digest('hex')} \n`);
  });

  it('renews with a new key and serial, the same names, and leaves the rest of a kubeconfig alone', () => {
    const sb = createSandbox();
    const read = (path: string) => sb.run(`cat ${path}`).output;
    const before = {
      crt: read('/etc/kubernetes/pki/apiserver.crt'),
      key: read('/etc/kubernetes/pki/apiserver.key'),
      conf: read('/etc/kubernetes/scheduler.conf'),
    };
    sb.run('kubeadm certs renew all');
    const after = {
      crt: read('/etc/kubernetes/pki/apiserver.crt'),
      key: read('/etc/kubernetes/pki/apiserver.key'),
      conf: read('/etc/kubernetes/scheduler.conf'),
    };
    expect(after.key).not.toBe(before.key);
    const [oldCert, newCert] = [new X509Certificate(before.crt), new X509Certificate(after.crt)];
    expect(newCert.serialNumber).not.toBe(oldCert.serialNumber);
    expect(newCert.subject).toBe(oldCert.subject);
    expect(newCert.subjectAltName).toBe(oldCert.subjectAltName);
    expect(sb.run('openssl x509 -in /etc/kubernetes/pki/apiserver.crt -noout -modulus').output).toBe(sb.run('openssl rsa -in /etc/kubernetes/pki/apiserver.key -noout -modulus').output);
    const strip = (conf: string) => conf.replace(/client-(certificate|key)-data: .*/g, '');
    expect(strip(after.conf)).toBe(strip(before.conf));
    expect(after.conf).not.toBe(before.conf);
  });
});
