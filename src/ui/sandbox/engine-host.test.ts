import { describe, expect, it } from 'vitest';
import { createSandbox } from '../../sandbox';
import { ControlWords } from './control-words';
import { answerEdit } from './editor-channel';
import { EngineHost } from './engine-host';
import type { PageMessage, WorkerMessage } from './protocol';
import { memoryStore, type SandboxStore } from './sandbox-store';

/** An engine with fake surroundings: no timers (ticks come from `control` messages), a memory store. */
function harness(options: { store?: SandboxStore; boot?: string; onPost?: (m: WorkerMessage) => void } = {}) {
  const posted: WorkerMessage[] = [];
  const store = options.store ?? memoryStore();
  const later: (() => void)[] = [];
  const host = new EngineHost({
    post: (m) => {
      posted.push(m);
      options.onPost?.(m);
    },
    wallNow: () => performance.now(),
    wallClock: () => Date.UTC(2030, 0, 1),
    every: () => () => undefined,
    after: (_ms, run) => (later.push(run), () => undefined),
    openStore: async () => store,
    fetchText: async () => options.boot,
  });
  let seq = 0;
  const send = async (m: PageMessage) => host.receive(m);
  const init = (extra: Partial<Extract<PageMessage, { type: 'init' }>> = {}) =>
    send({ type: 'init', id: 'lesson/a', seed: 7, fixture: '', lab: '', bootUrl: '/boot/7.json', control: null, columns: 80, ...extra });
  const run = async (line: string) => {
    const from = posted.length;
    await send({ type: 'run', seq: ++seq, line, history: [line] });
    const mine = posted.slice(from);
    const ran = mine.filter((m) => m.type === 'ran').pop();
    const streamed = mine.filter((m) => m.type === 'output').map((m) => (m.type === 'output' ? m.text : ''));
    return streamed.join('') + (ran?.type === 'ran' ? ran.output : '');
  };
  const of = <T extends WorkerMessage['type']>(type: T) => posted.filter((m): m is Extract<WorkerMessage, { type: T }> => m.type === type);
  return { host, posted, store, send, init, run, of, flushLater: () => later.splice(0).forEach((f) => f()) };
}

const podNames = (text: string) => text.split('\n').filter((l) => l.startsWith('pod/'));

describe('EngineHost', () => {
  it('boots, runs commands and keeps waits virtual without shared memory', async () => {
    const h = harness();
    await h.init();
    const ready = h.of('ready')[0];
    expect(ready).toMatchObject({ prompt: 'controlplane:~$ ', origin: 'boot', realTime: false, history: [] });
    expect(h.of('notice').map((n) => n.kind)).toEqual(['instant-waits']);
    expect(h.of('view')).toHaveLength(1);
    expect(await h.run('kubectl create deployment web --image=nginx --replicas=2')).toBe('deployment.apps/web created\n');
    const t = performance.now();
    await h.run('sleep 30');
    expect(performance.now() - t).toBeLessThan(1000);
    expect(await h.run('kubectl get pods')).toBe(
      'NAME                   READY   STATUS    RESTARTS   AGE\n' +
        'web-7957885594-4m2nv   1/1     Running   0          30s\n' +
        'web-7957885594-b2b5j   1/1     Running   0          30s\n',
    );
    const view = h.of('view').pop();
    expect(view?.type === 'view' && view.view.nodes.flatMap((n) => n.pods.map((p) => `${p.name} ${p.status}`))).toEqual([
      'web-7957885594-4m2nv Running',
      'web-7957885594-b2b5j Running',
    ]);
  }, 30_000);

  it('completes live names and describes a pod for the picture', async () => {
    const h = harness();
    await h.init();
    await h.run('kubectl run solo --image=nginx');
    await h.send({ type: 'complete', seq: 100, line: 'kubectl get pod so', cursor: 18 });
    expect(h.of('completion')[0]).toEqual({ type: 'completion', seq: 100, candidates: ['solo'], replaceFrom: 16, filenames: false });
    await h.send({ type: 'describe', seq: 101, namespace: 'default', name: 'solo' });
    const described = h.of('described')[0];
    expect(described?.title).toBe('pod/solo');
    expect(described?.text.split('\n')[0]).toBe('Name:             solo');
  }, 30_000);

  it('saves after a command and restores the same cluster, clock and history', async () => {
    const store = memoryStore();
    const first = harness({ store });
    await first.init();
    await first.run('kubectl create deployment web --image=nginx --replicas=2');
    await first.run('sleep 20');
    const names = podNames(await first.run('kubectl get pods -o name'));
    first.flushLater();
    await new Promise((r) => setTimeout(r, 0));
    expect(first.of('saved').length).toBeGreaterThan(0);
    const savedClock = first.of('clock').pop();

    const second = harness({ store });
    await second.init();
    const ready = second.of('ready')[0];
    expect(ready?.origin).toBe('saved');
    expect(ready?.history).toEqual(['kubectl get pods -o name']);
    expect(ready?.clock.now).toBe(savedClock?.clock.now);
    expect(podNames(await second.run('kubectl get pods -o name'))).toEqual(names);
  }, 30_000);

  it('sets a corrupt save aside under a corrupt-<time> key and starts fresh', async () => {
    const store = memoryStore({ 'lesson/a': { schema: 1, id: 'lesson/a', seed: 7, snapshot: '{"format":"kubedojo-sandbox"' } });
    const h = harness({ store });
    await h.init();
    expect(h.of('ready')[0]?.origin).toBe('boot');
    const notice = h.of('notice').find((n) => n.kind === 'corrupt');
    expect(notice?.detail.startsWith('corrupt-2030-01-01T00:00:00.000Z/lesson/a: ')).toBe(true);
    expect([...store.data.keys()]).toEqual(['corrupt-2030-01-01T00:00:00.000Z/lesson/a']);
  }, 30_000);

  it('starts from the pre-booted snapshot when there is one, with the same cluster a boot gives', async () => {
    const boot = JSON.stringify(createSandbox({ seed: 7 }).snapshot());
    const pre = harness({ boot });
    await pre.init();
    expect(pre.of('ready')[0]?.origin).toBe('preboot');
    const booted = harness();
    await booted.init();
    const script = 'kubectl create deployment web --image=nginx --replicas=2; sleep 10; kubectl get pods -o wide';
    expect(await pre.run(script)).toBe(await booted.run(script));
  }, 30_000);

  it('applies a fixture without keeping it in the history, and reset brings back a fresh cluster', async () => {
    const h = harness();
    await h.init({ fixture: 'kubectl create deployment api --image=nginx' });
    expect(await h.run('kubectl get deploy -o name')).toBe('deployment.apps/api\n');
    expect(await h.run('history')).toBe('    1  kubectl get deploy -o name\n    2  history\n');
    await h.run('kubectl delete deploy api');
    await h.send({ type: 'reset', seq: 50 });
    expect(h.of('reset-done')[0]).toMatchObject({ seq: 50, prompt: 'controlplane:~$ ' });
    expect(await h.run('kubectl get deploy -o name')).toBe('deployment.apps/api\n');
  }, 30_000);

  it('with shared memory, a sleep takes real time and Ctrl-C ends it', async () => {
    const control = new ControlWords(new SharedArrayBuffer(32));
    const h = harness();
    await h.init({ control: control.buffer as SharedArrayBuffer });
    expect(h.of('ready')[0]?.realTime).toBe(true);
    control.setSpeed(10);
    let t = performance.now();
    await h.run('sleep 3');
    expect(performance.now() - t).toBeGreaterThan(280);
    // Ctrl-C from another thread while the engine is blocked in the wait.
    const { Worker } = await import('node:worker_threads');
    const helper = new Worker(
      `const { workerData } = require('node:worker_threads');
       const words = new Int32Array(workerData);
       setTimeout(() => { Atomics.store(words, 3, 1); Atomics.add(words, 4, 1); Atomics.notify(words, 4); }, 200);`,
      { eval: true, workerData: control.buffer },
    );
    t = performance.now();
    await h.run('sleep 1000');
    expect(performance.now() - t).toBeLessThan(2000);
    await helper.terminate();
  }, 30_000);

  it('with shared memory, the editor round trip returns the page\'s text', async () => {
    const control = new ControlWords(new SharedArrayBuffer(32));
    const h = harness({ onPost: (m) => m.type === 'edit' && answerEdit(m.reply, `${m.text}edited\n`) });
    await h.init({ control: control.buffer as SharedArrayBuffer });
    await h.run('echo one > /root/f.txt');
    await h.run('vi /root/f.txt');
    expect(h.of('edit')[0]).toMatchObject({ fileName: '/root/f.txt', text: 'one\n' });
    expect(await h.run('cat /root/f.txt')).toBe('one\nedited\n');
  }, 30_000);

  it('without shared memory, an edit is refused with a notice', async () => {
    const h = harness();
    await h.init();
    await h.run('vi /root/g.txt');
    expect(h.of('notice').map((n) => n.kind)).toContain('editor-unavailable');
  }, 30_000);
});
