// The kubeconfig-editing subcommands of `kubectl config` run in a sandbox shell, as whole
// transcripts. kubeconfig-edit.out is what the real kubectl v1.35.2 printed for the same script
// (client-side only: no server is asked); the -help script covers the answers that print our own
// help texts, and Go pointers, which no real run can match.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../../sandbox';
import { runSandboxScript } from '../../../sandbox/transcript';

const run = (script: string): string => runSandboxScript(createSandbox(), readFileSync(new URL(`./__golden__/${script}.sh`, import.meta.url), 'utf8')).text;

describe('kubectl config set-cluster, set-credentials, set, unset, delete-cluster, delete-user', () => {
  it('edit the kubeconfig as the real kubectl does', async () => {
    await expect(run('kubeconfig-edit')).toMatchFileSnapshot('./__golden__/kubeconfig-edit.out');
  }, 60_000);

  it('print their help on wrong arguments', async () => {
    await expect(run('kubeconfig-edit-help')).toMatchFileSnapshot('./__golden__/kubeconfig-edit-help.out');
  }, 60_000);
});
