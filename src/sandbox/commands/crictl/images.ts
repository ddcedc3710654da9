/** `crictl images`: the node's content store, one row per tag, sorted by the first tag. */
import { parseFlags } from './args';
import { fatal, type CrictlContext } from './context';
import { humanSize, table, truncateId } from './format';

export function images(argv: readonly string[], ctx: CrictlContext): void {
  const p = parseFlags(argv, { verbose: { short: 'v' }, quiet: { short: 'q' }, digests: {}, 'no-trunc': {}, pinned: {}, output: { short: 'o', value: true }, filter: { short: 'f', value: true } });
  if ('error' in p) return fatal(ctx, p.error);
  const f = p.flags;
  if (f.has('output') || f.has('filter')) return fatal(ctx, 'crictl images -o and --filter are not available in this simulator');
  const [wanted] = p.args;
  let list = [...ctx.runtime.images].sort((a, b) => ((a.repoTags[0] ?? '') < (b.repoTags[0] ?? '') ? -1 : 1));
  if (wanted) list = list.filter((i) => i.repoTags.some((t) => matches(t, wanted)) || i.repoDigests.includes(wanted) || i.id.startsWith(wanted) || i.id.startsWith(`sha256:${wanted}`));
  if (f.has('quiet')) {
    ctx.out.out(list.map((i) => `${i.id}\n`).join(''));
    return;
  }
  const full = f.has('no-trunc');
  const head = ['IMAGE', 'TAG', ...(f.has('digests') ? ['DIGEST'] : []), 'IMAGE ID', 'SIZE', ...(f.has('pinned') ? ['PINNED'] : [])];
  const rows = [head];
  for (const img of list) {
    const digest = (img.repoDigests[0] ?? '').split('@')[1] ?? '<none>';
    for (const tag of img.repoTags) {
      const at = tag.lastIndexOf(':');
      rows.push([
        tag.slice(0, at),
        tag.slice(at + 1),
        ...(f.has('digests') ? [full ? digest : truncateId(digest, 'sha256:')] : []),
        full ? img.id : truncateId(img.id, 'sha256:'),
        humanSize(img.size),
        ...(f.has('pinned') ? [String(tag.startsWith('registry.k8s.io/pause:'))] : []),
      ]);
    }
  }
  ctx.out.out(table(rows));
}

/** containerd normalises the name asked for: `nginx` means `docker.io/library/nginx:latest`. */
function matches(tag: string, wanted: string): boolean {
  let ref = wanted.includes(':') ? wanted : `${wanted}:latest`;
  if (!/^[^/]+[.:][^/]*\//.test(ref)) ref = ref.includes('/') ? `docker.io/${ref}` : `docker.io/library/${ref}`;
  return tag === ref || tag === wanted;
}
