/** `crictl pods`: the node's pod sandboxes, newest first. */
import { parseFlags } from './args';
import { fatal, type CrictlContext } from './context';
import { humanDuration, table, truncateId } from './format';
import { regexOf } from './regex';

export function pods(argv: readonly string[], ctx: CrictlContext): void {
  const p = parseFlags(argv, {
    id: { value: true }, name: { value: true }, namespace: { value: true }, state: { short: 's', value: true }, label: { value: true },
    verbose: { short: 'v' }, quiet: { short: 'q' }, output: { short: 'o', value: true }, latest: { short: 'l' }, last: { short: 'n', value: true }, 'no-trunc': {},
  });
  if ('error' in p) return fatal(ctx, p.error);
  const f = p.flags;
  const state = f.get('state')?.toLowerCase();
  if (state !== undefined && state !== 'ready' && state !== 'notready') return fatal(ctx, 'list pod sandboxes: --state should be ready or notready');
  const output = f.get('output') ?? 'table';
  if (!['json', 'yaml', 'table'].includes(output)) return fatal(ctx, `list pod sandboxes: unsupported output format "${output}"`);
  if (output !== 'table') return fatal(ctx, `crictl pods -o ${output} is not available in this simulator`);
  const name = regexOf(f.get('name'));
  const ns = regexOf(f.get('namespace'));
  if (typeof name === 'string') return fatal(ctx, `list pod sandboxes: ${name}`);
  if (typeof ns === 'string') return fatal(ctx, `list pod sandboxes: ${ns}`);
  let list = ctx.runtime.sandboxes.filter(
    (s) =>
      (state === undefined || (state === 'ready') === s.ready) &&
      (!f.get('id') || s.id.startsWith(f.get('id') ?? '')) &&
      (!name || name.test(s.name)) &&
      (!ns || ns.test(s.namespace)),
  );
  list.sort((a, b) => b.createdAt - a.createdAt || (a.id < b.id ? -1 : 1));
  const last = Number(f.get('last') ?? 0);
  if (f.has('latest')) list = list.slice(0, 1);
  if (last > 0) list = list.slice(0, last);
  if (f.has('quiet')) {
    ctx.out.out(list.map((s) => `${s.id}\n`).join(''));
    return;
  }
  const rows = [['POD ID', 'CREATED', 'STATE', 'NAME', 'NAMESPACE', 'ATTEMPT', 'RUNTIME']];
  for (const s of list) {
    rows.push([f.has('no-trunc') ? s.id : truncateId(s.id), `${humanDuration(ctx.now - s.createdAt)} ago`, s.ready ? 'Ready' : 'NotReady', s.name, s.namespace, '0', '(default)']);
  }
  ctx.out.out(table(rows));
}
