import { describe, expect, it } from 'vitest';
import { certificatePem } from '../../lib/pki/x509';
import { identityOfClientCertificate } from './identity';
import { clusterCa, kubeconfigClient, selfSignedCa } from './kubeadm';

const setup = { seed: 7, initTime: Date.UTC(2026, 10, 14, 15, 0, 0) };
const now = setup.initTime + 86_400_000;

describe('identityOfClientCertificate', () => {
  const ca = certificatePem(clusterCa(setup).cert);
  it('gives CN as the user and each O as a group for a certificate the CA signed', () => {
    const admin = certificatePem(kubeconfigClient(setup, 'admin.conf', 'kubernetes-admin', ['kubeadm:cluster-admins']).cert);
    expect(identityOfClientCertificate(admin, ca, now)).toEqual({ ok: true, user: 'kubernetes-admin', groups: ['kubeadm:cluster-admins', 'system:authenticated'] });
  });

  it('refuses another CA, expired certificates and garbage', () => {
    const admin = certificatePem(kubeconfigClient(setup, 'admin.conf', 'kubernetes-admin').cert);
    const other = certificatePem(selfSignedCa({ ...setup, seed: 8 }, 'ca', 'kubernetes').cert);
    expect(identityOfClientCertificate(admin, other, now)).toEqual({ ok: false, reason: 'x509: certificate signed by unknown authority' });
    expect(identityOfClientCertificate(admin, ca, now + 400 * 86_400_000)).toMatchObject({ ok: false });
    expect(identityOfClientCertificate('nope', ca, now)).toMatchObject({ ok: false });
  });
});
