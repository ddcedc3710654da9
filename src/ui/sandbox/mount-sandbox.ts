/**
 * One sandbox on the page (the markup of Sandbox.astro), its worker already started
 * (start-engine.ts): shows the prompt once the cluster is ready — on the static screen until the
 * learner is about to type, then in xterm.js (lazy-terminal.ts) — and joins the controls, the
 * picture, the panels and the Run buttons.
 */
import { History } from '../../terminal/history';
import type { TerminalHandle, TerminalView } from '../../terminal/terminal-session';
import { needsMoreInput } from '../../shell/parser/parser';
import { bindControls } from './controls';
import { connectPanels } from './connect-panels';
import { lazyTerminal } from './lazy-terminal';
import { showNotice } from './notices';
import { SKIP_MS, type ReadyMessage } from './protocol';
import { offerSandbox } from '../lab/sandbox-link';
import { registerRunTarget } from './run-routing';
import { openStaticScreen } from './static-screen';
import { StreamedOutput } from './streamed-output';
import type { WorkerClient } from './worker-client';
import type { SandboxConfig, StartedWorker } from './start-engine';

export interface MountedSandbox {
  readonly client: WorkerClient;
  /** Resolves when the prompt is on screen. */
  readonly ready: Promise<void>;
  /** A command was typed or run: the page must not reload under the learner. */
  used(): boolean;
}

export function mountSandbox(root: HTMLElement, config: SandboxConfig, engine: StartedWorker): MountedSandbox {
  const { words } = config;
  const { client, controlWords } = engine;
  const termEl = root.querySelector<HTMLElement>('[data-terminal]') as HTMLElement;
  const noticesEl = root.querySelector<HTMLElement>('[data-notices]');
  let aliases = new Map<string, string>();
  let prompt = '$ ';
  let used = false;
  const queued: string[] = [];
  const stream = new StreamedOutput((text) => lazy.terminal?.writeBanner(text));

  const controls = bindControls(root, {
    speed(speed) {
      controlWords?.setSpeed(speed);
      client.send({ type: 'control', action: { kind: 'speed', speed } });
    },
    pause(paused) {
      controlWords?.setPaused(paused);
      client.send({ type: 'control', action: { kind: paused ? 'pause' : 'resume' } });
    },
    skip() {
      controlWords?.skip(SKIP_MS);
      client.send({ type: 'control', action: { kind: 'skip', ms: SKIP_MS } });
    },
    reset() {
      warm();
      // A running command (a watch) would hold the reset back until it ends: stop it.
      controlWords?.interrupt();
      void client.request({ type: 'reset' }).then((done) => {
        if (done.type !== 'reset-done') return;
        prompt = done.prompt;
        aliases = new Map();
        controls.show(done.clock);
        // A fresh terminal for the fresh cluster (wherever the old shell was: ssh, a container); history stays.
        lazy.restart(prompt);
      });
    },
  });
  controls.setEnabled(false);

  client.on('clock', (m) => controls.show(m.clock));
  client.on('output', (m) => stream.push(m.text));
  client.on('notice', (m) => showNotice(noticesEl, words, m.kind, m.detail));
  const panels = connectPanels(root, client, words);

  const connect = (view: TerminalView, history: History): TerminalHandle =>
    view.connect({
      history,
      prompt: () => prompt,
      needsMoreInput: (text) => needsMoreInput(text, { aliases }),
      complete: async (line, cursor) => {
        const c = await client.request({ type: 'complete', line, cursor });
        return c.type === 'completion' ? { candidates: c.candidates, replaceFrom: c.replaceFrom, filenames: c.filenames } : undefined;
      },
      interrupt: () => controlWords?.interrupt(),
      runner: async (line) => {
        used = true;
        controlWords?.clearInterrupt();
        const ran = await client.request({ type: 'run', line, history: history.toJSON() });
        if (ran.type !== 'ran') return { stdout: '', stderr: '', exitCode: 1 };
        prompt = ran.prompt;
        aliases = new Map(ran.aliases);
        return { stdout: stream.finish() + ran.output, stderr: '', exitCode: ran.exitCode };
      },
    });

  // The commands and xterm.js load when the learner is about to type (a page that is only read never loads them).
  let warmed = false;
  const warm = () => {
    lazy.load();
    if (warmed) return;
    warmed = true;
    client.send({ type: 'warm' });
  };
  const screen = openStaticScreen(termEl, words, () => {
    used = true;
    warm();
  });
  const lazy = lazyTerminal({
    element: termEl,
    screen,
    fontFamily: getComputedStyle(root).getPropertyValue('--font-mono').trim(),
    inputLabel: words.terminalInput,
    connect,
    connected: () => {
      for (const command of queued.splice(0)) typeCommand(command);
    },
  });
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const) root.addEventListener(type, warm, { once: true, passive: true });

  const start = (ready: ReadyMessage): Promise<void> => {
    prompt = ready.prompt;
    aliases = new Map(ready.aliases);
    controls.show(ready.clock);
    controls.setEnabled(true);
    const shown = lazy.ready(prompt, History.fromJSON(ready.history));
    root.dataset['state'] = 'ready';
    root.dataset['origin'] = ready.origin;
    root.dataset['realTime'] = String(ready.realTime);
    root.dataset['bootMs'] = ready.bootMs.toFixed(1);
    // Startup, in this page's performance.now() terms, for the benchmark (e2e/bench.spec.ts).
    const at = (epoch: number) => (epoch - performance.timeOrigin).toFixed(1);
    const { workerStart, entry, store, record, snapshot, engine, initReceived, init, ready: readyAt } = ready.timings;
    const marks = { 'worker-start': workerStart, entry, store, record, snapshot, engine, 'init-received': initReceived, init, ready: readyAt };
    root.dataset['timings'] = [...Object.entries(marks).filter(([, t]) => t !== undefined).map(([k, t]) => `${k}=${at(t ?? 0)}`), `received=${performance.now().toFixed(1)}`].join(' ');
    return shown;
  };

  const typeCommand = (command: string) => {
    warm();
    const terminal = lazy.terminal;
    if (!terminal) return void queued.push(command);
    used = true;
    // Out of sight, the command would seem to do nothing: bring the sandbox into view (not its focus).
    const box = termEl.getBoundingClientRect();
    if (box.bottom < 0 || box.top > innerHeight) {
      termEl.scrollIntoView({ block: 'nearest', behavior: matchMedia('(prefers-reduced-motion: reduce)').matches ? 'auto' : 'smooth' });
    }
    // Replace whatever is on the line, then paste the command and press Enter (several lines run one by one).
    terminal.input(`\x05\x15\x1b[200~${command.replace(/\n+$/, '')}\x1b[201~\r`);
  };
  registerRunTarget({ element: root, run: typeCommand, warm });
  // A lab on the page (<Lab id="…" />) grades through this sandbox's worker.
  offerSandbox(root, client);

  // Ready is when the prompt is shown: on the static screen, or drawn by xterm.js if it was loaded first.
  const ready = client.next('ready').then(async (message) => {
    await start(message);
    root.dataset['readyAt'] = String(performance.now());
    root.dispatchEvent(new CustomEvent('kubedojo:sandbox-ready', { bubbles: true }));
    panels.start();
  });
  return { client, ready, used: () => used };
}
