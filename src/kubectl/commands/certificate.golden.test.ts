// `kubectl certificate` in a sandbox shell, the CKA way: a key and a request made with openssl, a
// CertificateSigningRequest from a heredoc, approval, the issued certificate read back and checked
// against the cluster CA; then what the signer refuses (Failed), a denied request, the API
// server's validation, and the csrcleaner an hour later.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox';
import { runSandboxScript } from '../../sandbox/transcript';

describe('kubectl certificate', () => {
  it('approves, denies and issues as kubectl and kube-controller-manager do', async () => {
    const script = readFileSync(new URL('./__golden__/certificate.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/certificate.out');
  }, 60_000);
});
