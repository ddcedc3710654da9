/**
 * How a lab on the page finds the worker of its sandbox: the sandbox offers its client when it is
 * mounted (mount-sandbox.ts), the lab asks for the one of its sandbox's element. Either may come
 * first — the two are started by different scripts of the page — so an ask waits for the offer.
 */
import type { WorkerClient } from '../sandbox/worker-client';

const offered = new Map<Element, WorkerClient>();
const waiting = new Map<Element, ((client: WorkerClient) => void)[]>();

/** The sandbox `root` is mounted and talks to its worker through `client`. */
export function offerSandbox(root: Element, client: WorkerClient): void {
  offered.set(root, client);
  for (const resolve of waiting.get(root) ?? []) resolve(client);
  waiting.delete(root);
}

/** The client of the sandbox `root`, as soon as it is mounted. */
export function sandboxClient(root: Element): Promise<WorkerClient> {
  const client = offered.get(root);
  if (client) return Promise.resolve(client);
  return new Promise((resolve) => waiting.set(root, [...(waiting.get(root) ?? []), resolve]));
}
