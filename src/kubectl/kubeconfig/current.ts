// What the kubeconfig means for a kubectl run: which context is current, its namespace, which
// simulated cluster it reaches and whether there is a server at all. With `ctx.kubeconfig` the file
// is the truth (kubectl reads it on every run); without one, the host's contextName/namespace and
// kubeadm's admin kubeconfig for ctx.cluster stand in for it.

import { rawError, type KubectlError } from '../cli/errors';
import type { KubectlContext } from '../context';
import { DEFAULT_CONTEXT_NAME, defaultKubeconfig } from './default';
import { emptyKubeconfig, field, parseKubeconfig, serializeKubeconfig, type Kubeconfig } from './model';

export interface LoadedKubeconfig {
  config: Kubeconfig;
  /** The path named in messages (`/root/.kube/config`). */
  path: string;
  /** Whether kubectl can write it back (there is a kubeconfig file, existing or not). */
  writable: boolean;
}

const DEFAULT_PATH = '/root/.kube/config';

/** Reads the kubeconfig kubectl would use; a missing file is an empty config, as for kubectl. */
export function loadKubeconfig(ctx: KubectlContext): { ok: true; loaded: LoadedKubeconfig } | { ok: false; error: KubectlError } {
  const file = ctx.kubeconfig;
  if (!file) {
    const config = defaultKubeconfig(ctx.cluster);
    const name = ctx.contextName ?? DEFAULT_CONTEXT_NAME;
    const context = { ...(config.contexts.get(DEFAULT_CONTEXT_NAME) ?? {}) };
    if (ctx.namespace && ctx.namespace !== 'default') context['namespace'] = ctx.namespace;
    config.contexts = new Map([[name, context]]);
    config.currentContext = name;
    return { ok: true, loaded: { config, path: DEFAULT_PATH, writable: false } };
  }
  const text = file.read();
  if (text === undefined) return { ok: true, loaded: { config: emptyKubeconfig(), path: file.path, writable: true } };
  const parsed = parsedOnce(text, file.path);
  return parsed.ok ? { ok: true, loaded: { config: parsed.config, path: file.path, writable: true } } : parsed;
}

let lastParsed: { text: string; path: string; result: ReturnType<typeof parseKubeconfig> } | undefined;

/**
 * A kubectl run reads the file several times (context, credentials): the same text parses once.
 * Callers never change a loaded config in place (they clone it first), so it can be shared.
 */
function parsedOnce(text: string, path: string): ReturnType<typeof parseKubeconfig> {
  if (lastParsed?.text !== text || lastParsed.path !== path) lastParsed = { text, path, result: parseKubeconfig(text, path) };
  return lastParsed.result;
}

/** Writes the config back to the kubeconfig file (a no-op without one). */
export function saveKubeconfig(ctx: KubectlContext, config: Kubeconfig): void {
  ctx.kubeconfig?.write(serializeKubeconfig(config));
}

export interface CurrentContext {
  name: string;
  /** The context's namespace, "default" when unset. */
  namespace: string;
  /** The context's cluster and user entry names ('' when unset). */
  clusterName: string;
  userName: string;
}

/** The current context's name and namespace, or undefined when none is set or it does not exist. */
export function currentContext(ctx: KubectlContext): CurrentContext | undefined {
  const loaded = loadKubeconfig(ctx);
  if (!loaded.ok) return undefined;
  const { config } = loaded.loaded;
  const entry = config.contexts.get(config.currentContext);
  if (config.currentContext === '' || !entry) return undefined;
  return {
    name: config.currentContext,
    namespace: field(entry, 'namespace') || 'default',
    clusterName: field(entry, 'cluster'),
    userName: field(entry, 'user'),
  };
}

/** The server URL of the current context's cluster ('' when there is none). */
export function currentServer(ctx: KubectlContext): string {
  const loaded = loadKubeconfig(ctx);
  if (!loaded.ok) return '';
  const { config } = loaded.loaded;
  const entry = config.contexts.get(config.currentContext);
  return field(config.clusters.get(field(entry, 'cluster')), 'server');
}

const REFUSED = 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n';

/**
 * Why kubectl cannot reach a server with this kubeconfig, as kubectl reports it: a broken file, no
 * kubeconfig at all (kubectl falls back to localhost:8080, which refuses), or a current context that
 * the file does not define. undefined when there is a server to talk to.
 */
export function serverUnavailable(ctx: KubectlContext): KubectlError | undefined {
  if (!ctx.kubeconfig) return undefined;
  const loaded = loadKubeconfig(ctx);
  if (!loaded.ok) return loaded.error;
  const { config } = loaded.loaded;
  if (config.currentContext === '') return rawError(REFUSED);
  const entry = config.contexts.get(config.currentContext);
  if (!entry) {
    return rawError(`Error in configuration: \n* context was not found for specified context: ${config.currentContext}\n* cluster has no server defined\n`);
  }
  if (field(config.clusters.get(field(entry, 'cluster')), 'server') === '') return rawError(REFUSED);
  return undefined;
}

/**
 * The context as the kubeconfig file defines it, for the global flags (namespace, --context): the
 * current context's name and namespace, its cluster (the host's cluster for that context name), and
 * --context resolved against the file's contexts. A broken file is kubectl's load error; a missing
 * file or missing current context leaves ctx as it is.
 */
export function applyKubeconfig(ctx: KubectlContext): KubectlContext | KubectlError {
  if (!ctx.kubeconfig) return ctx;
  const loaded = loadKubeconfig(ctx);
  if (!loaded.ok) return loaded.error;
  const { config } = loaded.loaded;
  const clusterFor = (name: string) => (name === ctx.contextName ? ctx.cluster : ctx.resolveContext?.(name)?.cluster ?? ctx.cluster);
  const resolveContext = (name: string) => {
    const entry = config.contexts.get(name);
    return entry ? { cluster: clusterFor(name), namespace: field(entry, 'namespace') || 'default' } : undefined;
  };
  const name = config.currentContext;
  const entry = config.contexts.get(name);
  if (name === '' || !entry) return { ...ctx, resolveContext };
  return { ...ctx, cluster: clusterFor(name), contextName: name, namespace: field(entry, 'namespace') || 'default', resolveContext };
}

export const isKubectlError = (v: KubectlContext | KubectlError): v is KubectlError => 'kind' in v && !('cluster' in v);
