// `kubectl create secret tls`: unreadable files and the PEM checks of Go's tls.X509KeyPair. Every
// line fails (or not) before kubectl talks to a server, so the transcript was checked against the
// real kubectl v1.35.2 with the same files.

import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { TLS_CERT, TLS_KEY } from '../testing/tls-pair';
import { transcript } from './edit-patch.test-util';

const pem = (type: string, body = 'AAAA'): string => `-----BEGIN ${type}-----\n${body}\n-----END ${type}-----\n`;
const FILES = {
  'tls.crt': TLS_CERT,
  'tls.key': TLS_KEY,
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
