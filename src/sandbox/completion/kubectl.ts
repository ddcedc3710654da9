/**
 * What kubectl's own completion offers for the word being typed: subcommands, flags of the command
 * reached so far, resource types (`kubectl api-resources -o name` spelling), names of live objects
 * (in the namespace of `-n` or the kubeconfig's context), namespaces after `-n`, output formats
 * after `-o`, and files after `-f`.
 */
import { COMMAND_TREE, type CommandSpec } from '../../kubectl';
import { GLOBAL_FLAGS } from '../../kubectl/cli/global-flags';
import { isFsError, type ShellHost } from '../../shell';
import { resourceKey, type ResourceType } from '../../sim';
import { currentContext } from '../files/kubeconfig';
import type { Sandbox } from '../sandbox';

export interface KubectlCompletion {
  words: string[];
  /** Complete a file name instead (`-f`). */
  files?: boolean;
}

const OUTPUT_FORMATS = ['custom-columns=', 'go-template=', 'json', 'jsonpath=', 'name', 'wide', 'yaml'];
/** Verbs whose first argument is a pod, a node, or a type from a short list rather than any type. */
const POD_VERBS = new Set(['logs', 'exec', 'attach', 'port-forward', 'cp']);
const NODE_VERBS = new Set(['cordon', 'uncordon', 'drain', 'taint']);
const ROLLOUT_TYPES = ['daemonsets.apps', 'deployments.apps', 'statefulsets.apps'];
/** Verbs that take no resource argument at all. */
const NO_ARGS = new Set(['api-resources', 'api-versions', 'cluster-info', 'version', 'options', 'apply', 'diff', 'replace', 'kustomize', 'completion', 'run', 'explain', 'events', 'wait', 'auth', 'config', 'plugin', 'proxy', 'help', 'certificate', 'debug', 'create']);

export function kubectlCandidates(sandbox: Sandbox, host: ShellHost, args: string[], word: string): KubectlCompletion {
  const previous = args[args.length - 1];
  if (previous === '-n' || previous === '--namespace') return { words: names(sandbox, typeOf(sandbox, 'namespaces'), undefined).filter((n) => n.startsWith(word)) };
  if (previous === '-o' || previous === '--output') return { words: OUTPUT_FORMATS.filter((f) => f.startsWith(word)) };
  if (previous === '-f' || previous === '--filename') return { words: [], files: true };
  const { path, positional, namespace, allNamespaces } = walk(args);
  const cmd = path[path.length - 1] as CommandSpec;
  if (word.startsWith('-')) {
    const flags = [...(cmd.flags ?? []), ...GLOBAL_FLAGS].filter((f) => !f.hidden).map((f) => `--${f.name}`);
    return { words: [...new Set(flags)].filter((f) => f.startsWith(word)) };
  }
  const subs = (cmd.subcommands ?? []).filter((c) => !c.hidden).map((c) => c.name);
  if (subs.length > 0 && positional.length === 0) return { words: subs.filter((s) => s.startsWith(word)) };
  const verb = path[1]?.name ?? '';
  if (NO_ARGS.has(verb)) return { words: [] };
  const ns = allNamespaces ? undefined : namespace ?? contextNamespace(host);
  if (POD_VERBS.has(verb)) return positional.length === 0 ? { words: names(sandbox, typeOf(sandbox, 'pods'), ns).filter((n) => n.startsWith(word)) } : { words: [] };
  if (NODE_VERBS.has(verb)) return { words: names(sandbox, typeOf(sandbox, 'nodes'), undefined).filter((n) => n.startsWith(word)) };
  if (verb === 'top' && positional.length === 0) return { words: ['node', 'pod'].filter((n) => n.startsWith(word)) };
  const slash = word.indexOf('/');
  if (slash > 0) {
    const type = resolveType(sandbox, word.slice(0, slash));
    return { words: type ? names(sandbox, type, ns).map((n) => `${word.slice(0, slash)}/${n}`).filter((n) => n.startsWith(word)) : [] };
  }
  const first = positional[0];
  if (first === undefined) {
    const types = verb === 'rollout' ? ROLLOUT_TYPES : verb === 'top' ? [] : sandbox.cluster.api.types.all().filter((t) => t.verbs.includes('get')).map(apiResourceName);
    return { words: types.filter((t) => t.startsWith(word)) };
  }
  const type = verb === 'top' ? resolveType(sandbox, first === 'node' ? 'nodes' : 'pods') : resolveType(sandbox, first);
  return { words: type ? names(sandbox, type, ns).filter((n) => n.startsWith(word) && !positional.includes(n)) : [] };
}

/** The commands named so far, the positional words after them, and the namespace flags given. */
function walk(args: string[]): { path: CommandSpec[]; positional: string[]; namespace?: string; allNamespaces: boolean } {
  const path: CommandSpec[] = [COMMAND_TREE.root];
  const positional: string[] = [];
  let namespace: string | undefined;
  let allNamespaces = false;
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg === '-n' || arg === '--namespace') namespace = args[++i];
    else if (arg.startsWith('--namespace=')) namespace = arg.slice('--namespace='.length);
    else if (arg === '-A' || arg === '--all-namespaces') allNamespaces = true;
    else if (arg === '-o' || arg === '-f' || arg === '-l' || arg === '-c' || arg === '--context') i++;
    else if (!arg.startsWith('-')) {
      const cmd = path[path.length - 1] as CommandSpec;
      const sub = positional.length === 0 ? cmd.subcommands?.find((c) => c.name === arg || (c.aliases ?? []).includes(arg)) : undefined;
      if (sub) path.push(sub);
      else positional.push(arg);
    }
  }
  return namespace !== undefined ? { path, positional, namespace, allNamespaces } : { path, positional, allNamespaces };
}

/** The name `kubectl api-resources -o name` prints: `pods`, `deployments.apps`. */
function apiResourceName(t: ResourceType): string {
  return t.group ? `${t.plural}.${t.group}` : t.plural;
}

function typeOf(sandbox: Sandbox, plural: string): ResourceType | undefined {
  const types = sandbox.cluster.api.types.all();
  return types.find((t) => t.plural === plural && t.group === '') ?? types.find((t) => t.plural === plural);
}

/** A type as the student wrote it: plural, singular, short name or kind, optionally `.group` (CRDs' kinds included). */
function resolveType(sandbox: Sandbox, text: string): ResourceType | undefined {
  const lower = text.toLowerCase();
  const dot = lower.indexOf('.');
  const name = dot < 0 ? lower : lower.slice(0, dot);
  const group = dot < 0 ? undefined : lower.slice(dot + 1);
  const matches = sandbox.cluster.api.types.all().filter((t) => (group === undefined || t.group === group || t.group.startsWith(`${group}.`)) && (t.plural === name || t.singular === name || t.shortNames.includes(name)));
  return matches.find((t) => t.group === '') ?? matches[0];
}

function names(sandbox: Sandbox, type: ResourceType | undefined, namespace: string | undefined): string[] {
  if (!type) return [];
  const objects = sandbox.cluster.store.list(resourceKey(type), type.namespaced ? namespace : undefined);
  return [...new Set(objects.map((o) => o.metadata.name ?? ''))].filter((n) => n !== '');
}

function contextNamespace(host: ShellHost): string {
  const text = host.fs.readFile(`${host.env.get('HOME') ?? '/root'}/.kube/config`);
  return isFsError(text) ? 'default' : currentContext(text)?.namespace ?? 'default';
}
