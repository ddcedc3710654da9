// The -text layouts against what the real openssl 3.0.19 printed for the same DER (the goldens were
// captured by running `openssl x509|req|rsa -noout -text` on certificates this code built).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createRequest } from '../../../lib/pki/csr';
import { keyUsage, subjectAltName } from '../../../lib/pki/extensions';
import { parseSubject } from '../../../lib/pki/name';
import { controlPlaneCertificates, kubeconfigClient } from '../../../sim/pki/kubeadm';
import { certificateText, privateKeyText, requestText } from './text';

const golden = (name: string) => readFileSync(new URL(`./__golden__/${name}`, import.meta.url), 'utf8');
const setup = { seed: 1, initTime: Date.UTC(2026, 10, 14, 15, 0, 0) };
const pki = controlPlaneCertificates(setup, { nodeName: 'controlplane', nodeIP: '192.168.1.10', apiServiceIP: '10.96.0.1', clusterDomain: 'cluster.local' });
const admin = kubeconfigClient(setup, 'admin.conf', 'kubernetes-admin', ['kubeadm:cluster-admins']);

describe('openssl -text', () => {
  it('prints kubeadm certificates as openssl 3.0 does', () => {
    expect(certificateText(pki['ca']!.cert)).toBe(golden('ca.text'));
    expect(certificateText(pki['apiserver']!.cert)).toBe(golden('apiserver.text'));
    expect(certificateText(pki['etcd/server']!.cert)).toBe(golden('etcd-server.text'));
    expect(certificateText(admin.cert)).toBe(golden('admin.text'));
  });

  it('prints requests, with and without requested extensions, and private keys', () => {
    const subject = parseSubject('/CN=jane/O=dev');
    if (!subject.ok) throw new Error(subject.error);
    expect(requestText(createRequest(subject.name, admin.key))).toBe(golden('jane-csr.text'));
    const extended = createRequest(subject.name, admin.key, [subjectAltName({ dns: ['foo'] }), { ...keyUsage(['digital signature']), critical: false }]);
    expect(requestText(extended)).toBe(golden('jane-csr-extensions.text'));
    expect(privateKeyText(admin.key)).toBe(golden('admin-key.text'));
  });
});
