import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';
import { chromium, type Page } from '@playwright/test';
import type { Figure } from '../sim';

const SYSTEM_CHROMIUM = '/usr/bin/chromium';

/**
 * The 5,000-pod scale-up where the product runs it: in a dedicated worker of Chromium (the system
 * one when present), the engine bundled and minified as the site ships it. CPU is the renderer
 * process's (CDP `Performance.getMetrics` ProcessTime: the worker, V8's compiler and GC threads,
 * and the idle page), so it compares with the node figure's process CPU.
 */
export async function browserScaleFigures(replicas = 5000, nodes = 100): Promise<Figure[]> {
  const bundle = await build({
    entryPoints: [fileURLToPath(new URL('./scale-worker.ts', import.meta.url))],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    write: false,
    logLevel: 'silent',
  });
  const code = bundle.outputFiles[0]?.text ?? '';
  const executablePath = existsSync(SYSTEM_CHROMIUM) ? SYSTEM_CHROMIUM : undefined;
  const browser = await chromium.launch(executablePath ? { executablePath } : {});
  try {
    const page = await browser.newPage();
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Performance.enable');
    const processTime = async (): Promise<number> => {
      const { metrics } = await cdp.send('Performance.getMetrics');
      return metrics.find((m) => m.name === 'ProcessTime')?.value ?? Number.NaN;
    };
    await startWorker(page, code, replicas, nodes);
    const cpu0 = await processTime();
    const run = await page.evaluate(
      () =>
        new Promise<{ ok: boolean; wallMs: number }>((resolve) => {
          const w = (window as unknown as { benchWorker: Worker }).benchWorker;
          w.onmessage = (e: MessageEvent<{ ok: boolean; wallMs: number }>) => resolve(e.data);
          w.postMessage({ kind: 'run' });
        }),
    );
    const cpuMs = ((await processTime()) - cpu0) * 1000;
    if (!run.ok) throw new Error(`the ${replicas} pods were not all Running after an hour of virtual time (browser)`);
    return [
      { name: `scale to ${replicas} Running pods on ${nodes} nodes in Chromium's worker (wall)`, value: run.wallMs, unit: 'ms' },
      { name: `scale to ${replicas} Running pods on ${nodes} nodes in Chromium's worker (renderer cpu)`, value: cpuMs, unit: 'ms' },
    ];
  } finally {
    await browser.close();
  }
}

/** The worker from the bundle (a blob URL: no server needed), its cluster built and waiting. */
async function startWorker(page: Page, code: string, replicas: number, nodes: number): Promise<void> {
  await page.evaluate(
    ({ code, replicas, nodes }) =>
      new Promise<void>((resolve, reject) => {
        const w = new Worker(URL.createObjectURL(new Blob([code], { type: 'text/javascript' })));
        (window as unknown as { benchWorker: Worker }).benchWorker = w;
        w.onerror = (e) => reject(new Error(e.message));
        w.onmessage = () => resolve();
        w.postMessage({ kind: 'setup', replicas, nodes });
      }),
    { code, replicas, nodes },
  );
}
