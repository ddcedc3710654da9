import { describe, expect, it } from 'vitest';
import type { WorkerClient } from '../sandbox/worker-client';
import { offerSandbox, sandboxClient } from './sandbox-link';

const client = (name: string) => ({ name }) as unknown as WorkerClient;

describe('sandbox-link', () => {
  it('hands a lab the client of its sandbox, whichever comes first', async () => {
    const early = {} as Element;
    const late = {} as Element;
    const a = client('a');
    const b = client('b');
    offerSandbox(early, a);
    expect(await sandboxClient(early)).toBe(a);
    const asked = sandboxClient(late);
    offerSandbox(late, b);
    expect(await asked).toBe(b);
  });
});
