// Logging in as someone other than kubeadm's admin, in a sandbox shell: a certificate signed with
// the cluster CA by openssl, a kubeconfig user and context for it, RBAC taking effect for that
// user (and group), the client-side errors (a key that is not the certificate's, a certificate
// without its key, a user with no credentials), service account tokens from `kubectl create token`
// until they expire, and basic auth refused.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox';
import { runSandboxScript } from '../../sandbox/transcript';

describe('kubectl authenticates as the kubeconfig user', () => {
  it('with certificates and tokens, as the API server checks them', async () => {
    const script = readFileSync(new URL('./__golden__/authentication.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/authentication.out');
  }, 60_000);

  it('from the file --kubeconfig names (created by kubectl config when missing; a kubelet’s on a worker)', async () => {
    const script = readFileSync(new URL('./__golden__/kubeconfig-flag.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/kubeconfig-flag.out');
  }, 60_000);
});
