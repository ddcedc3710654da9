// The engine as the browser's worker has it: the commands are a chunk of their own
// (src/sandbox/command-source.lazy.ts). The prompt comes without them; if they could not be
// loaded, a line, a completion and the describe panel say so instead of "command not found".
import { describe, expect, it, vi } from 'vitest';
import { loadCommands } from '../../sandbox/command-source';
import { COMMANDS_MISSING, EngineHost } from './engine-host';
import type { WorkerMessage } from './protocol';
import { memoryStore } from './sandbox-store';

vi.mock('../../sandbox/command-source', () => import('../../sandbox/command-source.lazy'));

describe('EngineHost before the commands are loaded', () => {
  it('shows the prompt, answers what needs the commands with a clear message, then runs them once loaded', async () => {
    const posted: WorkerMessage[] = [];
    const host = new EngineHost({
      post: (m) => void posted.push(m),
      wallNow: () => 0,
      wallClock: () => Date.UTC(2030, 0, 1),
      every: () => () => undefined,
      after: () => () => undefined,
      openStore: async () => memoryStore(),
      fetchText: async () => undefined,
    });
    await host.receive({ type: 'init', id: 'lesson/a', seed: 7, fixture: '', lab: '', bootUrl: '', control: null, columns: 80 });
    const answers = () => posted.filter((m) => m.type === 'ready' || m.type === 'ran' || m.type === 'output' || m.type === 'completion' || m.type === 'described');
    await host.receive({ type: 'run', seq: 1, line: 'kubectl get nodes', history: [] });
    await host.receive({ type: 'complete', seq: 2, line: 'kubectl g', cursor: 9 });
    await host.receive({ type: 'describe', seq: 3, namespace: 'kube-system', name: 'etcd-controlplane' });
    await loadCommands();
    await host.receive({ type: 'run', seq: 4, line: 'kubectl get nodes -o name', history: [] });
    // The ready message without what depends on real time.
    const shown = answers().map((m) => JSON.stringify(m.type === 'ready' ? { ...m, clock: undefined, timings: undefined, bootMs: undefined } : m));
    expect(shown).toEqual([
      '{"type":"ready","prompt":"controlplane:~$ ","history":[],"aliases":[],"origin":"boot","realTime":false}',
      `{"type":"ran","seq":1,"output":${JSON.stringify(COMMANDS_MISSING)},"exitCode":1,"closed":false,"prompt":"controlplane:~$ ","aliases":[]}`,
      '{"type":"completion","seq":2,"candidates":[],"replaceFrom":9,"filenames":false}',
      `{"type":"described","seq":3,"title":"pod/etcd-controlplane","text":${JSON.stringify(COMMANDS_MISSING)}}`,
      '{"type":"output","fd":1,"text":"node/controlplane\\nnode/node01\\nnode/node02\\n"}',
      '{"type":"ran","seq":4,"output":"","exitCode":0,"closed":false,"prompt":"controlplane:~$ ","aliases":[]}',
    ]);
  }, 60_000);
});
