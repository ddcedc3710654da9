// `kubectl create secret tls`: unreadable files and the PEM checks of Go's tls.X509KeyPair. Every
// line fails (or not) before kubectl talks to a server, so the transcript was checked against the
// real kubectl v1.35.2 with the same files.

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

const pem = (type: string, body = 'AAAA'): string => `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
/** A real P-256 certificate and its key (openssl req -x509 -newkey ec), which kubectl accepts. */
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
const FILES = {
  'tls.crt': CERT,
  'tls.key': KEY,
  'c.pem': 'hello\n',
  'k.pem': 'k\n',
  'pk.pem': pem('RSA PRIVATE KEY'),
  'fb.pem': pem('FOO') + pem('BAR', 'AA=='),
  'fc.pem': pem('CERTIFICATE'),
  'bad64.pem': pem('CERTIFICATE', 'AAA'),
};

describe('create secret tls', () => {
  it('reads both files and finds a certificate and a private key in them, with kubectl’s messages', async () => {
    const text = transcript(goldenCluster(), FILES, [
      'kubectl create secret tls t --cert=/nope --key=/nope2 --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=fc.pem --key=/nope2 --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=c.pem --key=k.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=fc.pem --key=k.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=pk.pem --key=pk.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=fb.pem --key=pk.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=fc.pem --key=fc.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=fc.pem --key=fb.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=bad64.pem --key=pk.pem --dry-run=client -o yaml',
      'kubectl create secret tls t --cert=tls.crt --key=tls.key --dry-run=client -o yaml',
    ]);
    await expect(text).toMatchFileSnapshot('./__golden__/create-secret-tls.txt');
  });
});
