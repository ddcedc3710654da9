// `--append-hash` on the ConfigMap and Secret generators: the name gets a hash of the content.
// Every line was checked against the real kubectl v1.35.2 with the same files (--dry-run=client).

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

/** A real P-256 certificate and key pair, as in create-secret-tls.transcripts.test.ts. */
const CERT = `-----BEGIN CERTIFICATE-----
MIIBcTCCARegAwIBAgIUY0BbwzOLDjbGGXUNklpUetQPbt4wCgYIKoZIzj0EAwIw
DjEMMAoGA1UEAwwDd2ViMB4XDTI2MTEyNTA2NDc1MFoXDTM2MTEyMjA2NDc1MFow
DjEMMAoGA1UEAwwDd2ViMFkwEwYHKoZIzj0CAQYIKoZIzj0DAQcDQgAEgCbfrgsz
uaJ1X5uPZoIdHs/cGYP2uJPEBULkeit8oyJx66WsEouKxrEAbaAz9yvsoLvIoXo5
VKFn1lXW/UXN+qNTMFEwHQYDVR0OBBYEFM6D1R+lrNFfVmBeZ0gxHfcNzPKCMB8G
A1UdIwQYMBaAFM6D1R+lrNFfVmBeZ0gxHfcNzPKCMA8GA1UdEwEB/wQFMAMBAf8w
CgYIKoZIzj0EAwIDSAAwRQIgV0yUc+wW4xvMEBA1qov5ok++hDYMGKhnkKUHuTNt
fNUCIQCedVFOvNTcbPhglHkuSIhAWBCyKZ35oaMur6DXnuGQsQ==
-----END CERTIFICATE-----
`;
const KEY = `-----BEGIN PRIVATE KEY-----
MIGHAgEAMBMGByqGSM49AgEGCCqGSM49AwEHBG0wawIBAQQgzambNfxwZFp5Orfn
pxpzzjtAwNTXuUoU02fCSF/awa2hRANCAASAJt+uCzO5onVfm49mgh0ez9wZg/a4
k8QFQuR6K3yjInHrpawSi4rGsQBtoDP3K+ygu8ihejlUoWfWVdb9Rc36
-----END PRIVATE KEY-----
`;

describe('create configmap / secret --append-hash', () => {
  it('names the object after a hash of its content, as kubectl does', async () => {
    const text = transcript(goldenCluster(), { 'tls.crt': CERT, 'tls.key': KEY }, [
      'kubectl create configmap c --from-literal=a=b --append-hash --dry-run=client -o yaml',
      'kubectl create configmap c --append-hash --dry-run=client -o name',
      "kubectl create configmap c --from-literal='x=<&>' --append-hash --dry-run=client -o name",
      'kubectl create configmap c --from-literal=a=é --append-hash --dry-run=client -o name',
      'kubectl create secret generic s --type=Opaque --from-literal=a=b --append-hash --dry-run=client -o yaml',
      'kubectl create secret generic s --from-literal=a=b --append-hash --dry-run=client -o name',
      'kubectl create secret docker-registry reg --docker-server=r.io --docker-username=u --docker-password=p --append-hash --dry-run=client -o name',
      'kubectl create secret tls t --cert=tls.crt --key=tls.key --append-hash --dry-run=client -o name',
      'kubectl create configmap c --from-literal=a=b --append-hash --save-config --dry-run=client -o name',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/create-append-hash.txt');
  });
});
