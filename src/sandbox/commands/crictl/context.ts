/** What every crictl subcommand works with: the node it runs on and containerd's view of it. */
import type { Output } from '../../../shell';
import type { CriContainer, KubeletComponent, NodeRuntime } from '../../../sim';

export interface CrictlContext {
  out: Output;
  now: number;
  node: string;
  kubelet: KubeletComponent;
  runtime: NodeRuntime;
}

/** crictl v1.35 ends every failure with logrus.Fatal; on a terminal that prints `FATA[0000] …`. */
export function fatal(ctx: { out: Output }, message: string): void {
  ctx.out.fail(`FATA[0000] ${message}`);
}

export function rpcNotFound(id: string): string {
  return `rpc error: code = NotFound desc = an error occurred when try to find container "${id}": not found`;
}

/** containerd resolves a container id by any unique prefix (its truncindex). */
export function resolveId(ctx: CrictlContext, prefix: string): CriContainer | undefined {
  const found = ctx.runtime.containers.filter((c) => c.id.startsWith(prefix));
  return found.length === 1 ? found[0] : undefined;
}
