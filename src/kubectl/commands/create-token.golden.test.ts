// `kubectl create token` in a sandbox shell: kubectl's own checks, the server's refusals (missing
// account or bound object, too short a lifetime, a pod of another account), the TokenRequest of
// -o yaml, the bare token when captured, and its claims.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox';
import { runSandboxScript } from '../../sandbox/transcript';
import { verifyToken } from '../../sim/auth/tokens';
import { createServiceAccountToken, tokenSecret } from '../../sim/api/token-request';

describe('kubectl create token', () => {
  it('asks for a token as the real kubectl and API server do', async () => {
    const script = readFileSync(new URL('./__golden__/create-token.sh', import.meta.url), 'utf8');
    await expect(runSandboxScript(createSandbox(), script).text).toMatchFileSnapshot('./__golden__/create-token.out');
  }, 60_000);

  it('issues tokens that verify in their own cluster only, and not once altered', () => {
    const sb = createSandbox();
    const ctx = sb.cluster.ctx;
    const res = createServiceAccountToken(ctx, 'default', 'default', {});
    if (!res.ok) throw new Error(res.status.message);
    const token = (res.object['status'] as { token: string }).token;
    expect(verifyToken(token, tokenSecret(ctx))?.sub).toBe('system:serviceaccount:default:default');
    expect(verifyToken(token, 'seed-12345')).toBeUndefined();
    const [h, p, s] = token.split('.');
    expect(verifyToken(`${h}.${p}x.${s}`, tokenSecret(ctx))).toBeUndefined();
  }, 60_000);
});
