/**
 * One sandbox on the page (the markup of Sandbox.astro), its worker already started
 * (start-engine.ts): puts the terminal up once the cluster is ready, and joins the controls, the
 * picture, the panels and the Run buttons.
 */
import '../../terminal/styles';
import { History, openTerminal, type TerminalHandle, type TerminalView, type ViewOptions } from '../../terminal';
import { needsMoreInput } from '../../shell/parser/parser';
import { bindControls } from './controls';
import { connectPanels } from './connect-panels';
import { showNotice } from './notices';
import { SKIP_MS, type ReadyMessage } from './protocol';
import { offerSandbox } from '../lab/sandbox-link';
import { registerRunTarget } from './run-routing';
import { StreamedOutput } from './streamed-output';
import { TERMINAL_THEME } from './terminal-theme';
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
  let terminal: TerminalHandle | undefined;
  let aliases = new Map<string, string>();
  let prompt = '$ ';
  let used = false;
  const queued: string[] = [];
  const stream = new StreamedOutput((text) => terminal?.writeBanner(text));

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
      // A running command (a watch) would hold the reset back until it ends: stop it.
      controlWords?.interrupt();
      void client.request({ type: 'reset' }).then((done) => {
        if (done.type !== 'reset-done') return;
        prompt = done.prompt;
        aliases = new Map();
        controls.show(done.clock);
        // A fresh terminal for the fresh cluster (wherever the old shell was: ssh, a container); history stays.
        const history = terminal?.history ?? new History();
        terminal?.dispose();
        mountTerm(history);
      });
    },
  });
  controls.setEnabled(false);

  client.on('clock', (m) => controls.show(m.clock));
  client.on('output', (m) => stream.push(m.text));
  client.on('notice', (m) => showNotice(noticesEl, words, m.kind, m.detail));
  const panels = connectPanels(root, client, words);

  const look: ViewOptions = {
    theme: TERMINAL_THEME,
    screenReaderMode: true,
    fontSize: 14,
    fontFamily: getComputedStyle(root).getPropertyValue('--font-mono').trim() || 'monospace',
  };
  const openView = (placeholder?: string): TerminalView => {
    termEl.textContent = '';
    return openTerminal(termEl, placeholder ? { ...look, placeholder } : look);
  };
  // xterm.js is set up while the worker still starts the cluster: at `ready` only the prompt is left to draw.
  let view: TerminalView | undefined = openView(words.starting);

  const mountTerm = (history: History) => {
    const opened = view ?? openView();
    view = undefined;
    terminal = opened.connect({
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
  };

  const start = (ready: ReadyMessage) => {
    prompt = ready.prompt;
    aliases = new Map(ready.aliases);
    controls.show(ready.clock);
    controls.setEnabled(true);
    mountTerm(History.fromJSON(ready.history));
    root.dataset['state'] = 'ready';
    root.dataset['origin'] = ready.origin;
    root.dataset['realTime'] = String(ready.realTime);
    root.dataset['bootMs'] = ready.bootMs.toFixed(1);
    // Startup, in this page's performance.now() terms, for the benchmark (e2e/bench.spec.ts).
    const at = (epoch: number) => (epoch - performance.timeOrigin).toFixed(1);
    root.dataset['timings'] = `worker-start=${at(ready.timings.workerStart)} init=${at(ready.timings.init)} ready=${at(ready.timings.ready)} received=${performance.now().toFixed(1)}`;
    for (const command of queued.splice(0)) typeCommand(command);
  };

  // The commands load when the learner is about to type (a page that is only read never loads them).
  let warmed = false;
  const warm = () => {
    if (warmed) return;
    warmed = true;
    client.send({ type: 'warm' });
  };
  for (const type of ['focusin', 'pointerdown', 'keydown'] as const) root.addEventListener(type, warm, { once: true, passive: true });

  const typeCommand = (command: string) => {
    warm();
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

  const ready = client.next('ready').then(async (message) => {
    start(message);
    await terminal?.settled();
    root.dataset['readyAt'] = String(performance.now());
    root.dispatchEvent(new CustomEvent('kubedojo:sandbox-ready', { bubbles: true }));
    panels.start();
  });
  return { client, ready, used: () => used };
}
