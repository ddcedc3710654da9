import type { SimComponent, SimContext } from './context';
import type { ImageCatalog } from './kubelet/catalog';
import type { KubeletComponent } from './kubelet';

export type FaultResult = { ok: true } | { ok: false; message: string };

/** The faults lessons use to teach self-healing, as one component whose state goes into snapshots. */
export interface FaultsComponent extends SimComponent {
  readonly name: 'faults';
  /** The node's kubelet stops: no heartbeats, containers frozen; after 50 s the node is NotReady. */
  stopNode(node: string): FaultResult;
  startNode(node: string): FaultResult;
  /** The container's process dies now; it restarts as its pod's restartPolicy says. */
  killContainer(namespace: string, pod: string, container: string): FaultResult;
  /** The registry stops serving this image (`nginx:1.27`, or a whole repository `nginx`); nodes that have it keep it. */
  breakImage(ref: string): FaultResult;
  fixImage(ref: string): FaultResult;
  /** The node runs low on memory: MemoryPressure, and the kubelet evicts pods using more than they requested. */
  exhaustNodeMemory(node: string, on?: boolean): FaultResult;
  brokenImages(): readonly string[];
}

interface FaultState {
  brokenImages: string[];
}

export function faultsComponent(ctx: SimContext): FaultsComponent {
  let state: FaultState = { brokenImages: [] };
  const kubelet = () => ctx.component<KubeletComponent>('kubelet');
  const node = (name: string): FaultResult | undefined =>
    ctx.api.peek('nodes', undefined, name) ? undefined : { ok: false, message: `nodes "${name}" not found` };
  return {
    name: 'faults',
    stopNode(name) {
      const missing = node(name);
      if (missing) return missing;
      kubelet().stopKubelet(name);
      return { ok: true };
    },
    startNode(name) {
      const missing = node(name);
      if (missing) return missing;
      kubelet().startKubelet(name);
      return { ok: true };
    },
    killContainer(namespace, pod, container) {
      return kubelet().killContainer(namespace, pod, container);
    },
    breakImage(ref) {
      if (!state.brokenImages.includes(ref)) state = { brokenImages: [...state.brokenImages, ref] };
      return { ok: true };
    },
    fixImage(ref) {
      state = { brokenImages: state.brokenImages.filter((r) => r !== ref) };
      return { ok: true };
    },
    exhaustNodeMemory(name, on = true) {
      const missing = node(name);
      if (missing) return missing;
      kubelet().setNodeMemoryPressure(name, on);
      return { ok: true };
    },
    brokenImages: () => state.brokenImages,
    save: () => state,
    load(s) {
      state = { brokenImages: [...((s as FaultState | undefined)?.brokenImages ?? [])] };
    },
  };
}

/** Does `ref` name a broken image: the same reference, or any tag of a broken repository? */
export function isBroken(ref: string, broken: readonly string[]): boolean {
  const normal = normalise(ref);
  return broken.some((b) => {
    const n = normalise(b);
    return n.tag === undefined ? n.repo === normal.repo : n.repo === normal.repo && n.tag === (normal.tag ?? 'latest');
  });
}

function normalise(ref: string): { repo: string; tag?: string } {
  const at = ref.indexOf('@');
  const base = at >= 0 ? ref.slice(0, at) : ref;
  const colon = base.lastIndexOf(':');
  const slash = base.lastIndexOf('/');
  const hasTag = colon > slash;
  let repo = hasTag ? base.slice(0, colon) : base;
  const first = repo.split('/')[0] ?? '';
  if (!first.includes('.') && !first.includes(':') && first !== 'localhost') repo = `docker.io/${repo.includes('/') ? repo : `library/${repo}`}`;
  return hasTag ? { repo, tag: base.slice(colon + 1) } : { repo };
}

/** The kubelet's image catalog, with the registry refusing broken images the way a deleted tag is refused. */
export function catalogWithFaults(inner: ImageCatalog, broken: () => readonly string[]): ImageCatalog {
  return {
    ...inner,
    cacheKey: () => broken().join(','),
    resolve(ref) {
      const res = inner.resolve(ref);
      if (res.kind !== 'found' || !isBroken(ref, broken())) return res;
      const full = res.fullRef;
      return { kind: 'notFound', rpcCode: 'NotFound', message: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found` };
    },
  };
}
