/** `crictl ps`, `logs` and `inspect`: the node's containers as containerd lists them. */
import { rfc3339 } from '../../../lib/duration';
import type { CriContainer } from '../../../sim';
import { parseFlags } from './args';
import { fatal, resolveId, rpcNotFound, type CrictlContext } from './context';
import { humanDuration, table, truncateId } from './format';
import { regexOf } from './regex';

export function ps(argv: readonly string[], ctx: CrictlContext): void {
  const p = parseFlags(argv, {
    all: { short: 'a' }, quiet: { short: 'q' }, 'no-trunc': {}, latest: { short: 'l' }, verbose: { short: 'v' },
    last: { short: 'n', value: true }, name: { value: true }, namespace: { value: true }, pod: { short: 'p', value: true },
    id: { value: true }, state: { short: 's', value: true }, image: { value: true }, label: { value: true }, output: { short: 'o', value: true },
  });
  if ('error' in p) return fatal(ctx, p.error);
  const f = p.flags;
  const state = f.get('state')?.toLowerCase();
  if (state !== undefined && !['created', 'running', 'exited', 'unknown'].includes(state)) {
    return fatal(ctx, 'listing containers: list containers: --state should be one of created, running, exited or unknown');
  }
  const output = f.get('output') ?? 'table';
  if (!['json', 'yaml', 'table'].includes(output)) return fatal(ctx, `listing containers: unsupported output format "${output}"`);
  if (output !== 'table') return fatal(ctx, `crictl ps -o ${output} is not available in this simulator; try crictl inspect CONTAINER-ID`);
  const name = regexOf(f.get('name'));
  const ns = regexOf(f.get('namespace'));
  if (typeof name === 'string') return fatal(ctx, `listing containers: list containers: ${name}`);
  if (typeof ns === 'string') return fatal(ctx, `listing containers: list containers: ${ns}`);
  const last = Number(f.get('last') ?? 0);
  const latest = f.has('latest');
  // Without -a or --state only running containers; --latest and --last look at every state.
  const wanted = latest || last > 0 ? undefined : state ?? (f.has('all') ? undefined : 'running');
  let list = ctx.runtime.containers.filter(
    (c) =>
      (wanted === undefined || stateOf(c).toLowerCase() === wanted) &&
      (!f.get('id') || c.id.startsWith(f.get('id') ?? '')) &&
      (!f.get('pod') || c.podSandboxId.startsWith(f.get('pod') ?? '')) &&
      (!name || name.test(c.name)) &&
      (!ns || ns.test(c.pod.namespace)),
  );
  list.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  if (latest) list = list.slice(0, 1);
  if (last > 0) list = list.slice(0, last);
  if (f.has('quiet')) {
    ctx.out.out(list.map((c) => `${c.id}\n`).join(''));
    return;
  }
  const full = f.has('no-trunc');
  const rows = [['CONTAINER', 'IMAGE', 'CREATED', 'STATE', 'NAME', 'ATTEMPT', 'POD ID', 'POD', 'NAMESPACE']];
  for (const c of list) {
    rows.push([
      full ? c.id : truncateId(c.id),
      full ? c.imageId : truncateId(c.imageId, 'sha256:'),
      `${humanDuration(ctx.now - c.createdAt)} ago`,
      stateOf(c),
      c.name,
      String(c.attempt),
      full ? c.podSandboxId : truncateId(c.podSandboxId),
      c.pod.name,
      c.pod.namespace,
    ]);
  }
  ctx.out.out(table(rows));
}

function stateOf(c: CriContainer): string {
  return c.running ? 'Running' : 'Exited';
}

export function logs(argv: readonly string[], ctx: CrictlContext): void {
  const p = parseFlags(argv, { follow: { short: 'f' }, previous: { short: 'p' }, timestamps: { short: 't' }, tail: { value: true }, since: { value: true }, 'limit-bytes': { value: true }, stream: { short: 's', value: true } });
  if ('error' in p) return fatal(ctx, p.error);
  const [wanted] = p.args;
  if (!wanted) return fatal(ctx, 'ID cannot be empty');
  const c = resolveId(ctx, wanted);
  if (!c) return fatal(ctx, rpcNotFound(wanted));
  let target = c;
  if (p.flags.has('previous')) {
    if (c.attempt === 0) return fatal(ctx, `previous terminated container ${c.name} not found`);
    const prev = ctx.runtime.containers.find((o) => o.podSandboxId === c.podSandboxId && o.name === c.name && o.attempt === c.attempt - 1);
    // The log file of an instance the kubelet has removed is gone with it.
    if (!prev) return fatal(ctx, `open ${c.logPath.replace(/\d+\.log$/, `${c.attempt - 1}.log`)}: no such file or directory`);
    target = prev;
  }
  const tail = p.flags.get('tail');
  const r = ctx.kubelet.containerLogs(ctx.node, target.id, tail === undefined ? undefined : Number(tail));
  if (!r.ok) return fatal(ctx, rpcNotFound(wanted));
  ctx.out.out(r.text);
}

/**
 * `crictl inspect`: the ContainerStatus fields crictl prints, in the order it prints them, and a
 * small `info` (containerd's verbose info holds the whole OCI spec, which the simulator does not
 * have). Fields the simulator has no value for (mounts, resources, user) are left out.
 */
export function inspect(argv: readonly string[], ctx: CrictlContext): void {
  const p = parseFlags(argv, { output: { short: 'o', value: true }, quiet: { short: 'q' }, template: { value: true } });
  if ('error' in p) return fatal(ctx, p.error);
  if (p.args.length === 0) return fatal(ctx, 'ID cannot be empty');
  const docs: string[] = [];
  for (const id of p.args) {
    const c = resolveId(ctx, id);
    if (!c) return fatal(ctx, `get the status of containers: get container status: ${rpcNotFound(id)}`);
    docs.push(JSON.stringify(statusOf(c, p.flags.has('quiet')), null, 2));
  }
  ctx.out.out(`${docs.join('\n')}\n`);
}

function statusOf(c: CriContainer, quiet: boolean): object {
  const labels = {
    'io.kubernetes.container.name': c.name,
    'io.kubernetes.pod.name': c.pod.name,
    'io.kubernetes.pod.namespace': c.pod.namespace,
    'io.kubernetes.pod.uid': c.pod.uid,
  };
  const status = {
    id: c.id,
    metadata: { attempt: c.attempt, name: c.name },
    state: c.running ? 'CONTAINER_RUNNING' : 'CONTAINER_EXITED',
    createdAt: nanos(c.createdAt),
    startedAt: nanos(c.startedAt),
    finishedAt: c.finishedAt === undefined ? '0001-01-01T00:00:00Z' : nanos(c.finishedAt),
    exitCode: c.exitCode ?? 0,
    image: { annotations: {}, image: c.image, runtimeHandler: '', userSpecifiedImage: '' },
    imageRef: c.imageRef,
    reason: c.reason ?? '',
    message: '',
    labels,
    annotations: { 'io.kubernetes.container.restartCount': String(c.attempt), 'io.kubernetes.container.terminationMessagePath': '/dev/termination-log', 'io.kubernetes.container.terminationMessagePolicy': 'File' },
    logPath: c.logPath,
    imageId: c.imageId,
  };
  if (quiet) return { status };
  return { status, info: { sandboxID: c.podSandboxId, runtimeType: 'io.containerd.runc.v2', snapshotter: 'overlayfs' } };
}

/** RFC 3339 with the nanoseconds Go prints (the simulator's clock has milliseconds). */
function nanos(ms: number): string {
  const frac = ms % 1000;
  const base = rfc3339(ms - frac).replace(/Z$/, '');
  return frac === 0 ? `${base}Z` : `${base}.${String(frac).padStart(3, '0').replace(/0+$/, '')}Z`;
}
