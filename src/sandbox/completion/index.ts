/**
 * Tab completion candidates for the word before the cursor, for the browser terminal and the CLI:
 * command names (with aliases and functions) in command position, kubectl's verbs, flags,
 * resource types and live object names after `kubectl` (or an alias of it), and file names
 * elsewhere. The answer has the shape src/terminal's `Completer` expects.
 */
import { isFsError, resolvePath, type ShellHost } from '../../shell';
import type { KubeletComponent } from '../../sim';
import type { Sandbox } from '../sandbox';
import { kubectlCandidates } from './kubectl';

export interface Completion {
  /** Words that may replace the text from `replaceFrom` to the cursor, sorted, without duplicates. */
  candidates: string[];
  replaceFrom: number;
  /** The candidates are paths (listings show only their last part, as bash does). */
  filenames?: boolean;
}

/** Characters that end a word for completion purposes (bash's COMP_WORDBREAKS, roughly). */
const BREAKS = /[\s|;&()<>]/;

export function completeLine(sandbox: Sandbox, line: string, cursor: number): Completion {
  const session = sandbox.hostSession();
  const before = line.slice(0, cursor);
  let start = before.length;
  while (start > 0 && !BREAKS.test(before.charAt(start - 1))) start--;
  const word = before.slice(start);
  const none: Completion = { candidates: [], replaceFrom: start };
  if (!session) return none;
  const host = session.host;
  // The words of the simple command being typed: after the last `|`, `;`, `&&`, `||` or `(`.
  const segment = before.slice(0, start).split(/\|\||&&|[|;&(]/).pop() ?? '';
  const prior = segment.split(/\s+/).filter((w) => w !== '');
  if (prior.length === 0) return finish(commandNames(host, word), start, word.includes('/') ? fileCandidates(host, word, false) : []);
  const expanded = expandAlias(host, prior);
  const command = expanded[0] ?? '';
  if (command === 'kubectl' || command.endsWith('/kubectl')) {
    const answer = kubectlCandidates(sandbox, host, expanded.slice(1), word);
    if (answer.files) return { candidates: fileCandidates(host, word, false), replaceFrom: start, filenames: true };
    return finish(answer.words, start);
  }
  if (command === 'ssh') return finish(sandbox.machines.map((m) => m.name).filter((n) => n.startsWith(word)), start);
  if (command === 'systemctl') {
    const words = prior.length === 1 ? ['status', 'start', 'stop', 'restart', 'is-active', 'enable', 'disable', 'daemon-reload'] : ['kubelet', 'containerd'];
    return finish(words.filter((w) => w.startsWith(word)), start);
  }
  if (command === 'kubeadm') return finish(kubeadmWords(prior.slice(1)).filter((w) => w.startsWith(word)), start);
  if (command === 'crictl') return finish(crictlWords(sandbox, host.hostName, prior.slice(1)).filter((w) => w.startsWith(word)), start);
  if (command === 'journalctl') {
    const last = prior[prior.length - 1] ?? '';
    const words = last === '-u' || last === '--unit' || /^-[a-z]*u$/.test(last) ? ['kubelet', 'containerd'] : ['--no-pager', '-u', '-n', '-e', '-x', '-f', '-xeu'];
    return finish(words.filter((w) => w.startsWith(word)), start);
  }
  if (APT_VERBS[command] && !word.startsWith('-')) return finish(aptWords(command, prior.slice(1)).filter((w) => w.startsWith(word)), start);
  return { candidates: fileCandidates(host, word, command === 'cd'), replaceFrom: start, filenames: true };
}

const KUBEADM_RENEW = ['all', 'admin.conf', 'apiserver', 'apiserver-etcd-client', 'apiserver-kubelet-client', 'controller-manager.conf', 'etcd-healthcheck-client', 'etcd-peer', 'etcd-server', 'front-proxy-client', 'scheduler.conf', 'super-admin.conf'];

/** kubeadm's subcommands at each level (what the simulator runs). */
function kubeadmWords(path: string[]): string[] {
  const [first, second] = path;
  if (first === undefined) return ['certs', 'token', 'upgrade', 'version'];
  if (first === 'upgrade' && second === undefined) return ['apply', 'node', 'plan'];
  if (first === 'certs' && second === undefined) return ['check-expiration', 'renew'];
  if (first === 'certs' && second === 'renew' && path.length === 2) return KUBEADM_RENEW;
  if (first === 'token' && second === undefined) return ['create', 'delete', 'generate', 'list'];
  return [];
}

/** crictl's subcommands, then the ids of this machine's containers for `logs` and `inspect`. */
function crictlWords(sandbox: Sandbox, hostName: string, path: string[]): string[] {
  const sub = path.find((w) => !w.startsWith('-'));
  if (sub === undefined) return ['images', 'inspect', 'logs', 'pods', 'ps', 'version'];
  if (sub !== 'logs' && sub !== 'inspect') return [];
  const runtime = sandbox.cluster.component<KubeletComponent>('kubelet').runtime(hostName);
  return (runtime?.containers ?? []).map((c) => c.id.slice(0, 13));
}

/** The package tools' verbs, and the verbs after which package names follow. */
const APT_VERBS: Record<string, { verbs: string[]; packages: string[] }> = {
  'apt-get': { verbs: ['install', 'update'], packages: ['install'] },
  apt: { verbs: ['install', 'list', 'update'], packages: ['install', 'list'] },
  'apt-mark': { verbs: ['hold', 'showhold', 'unhold'], packages: ['hold', 'unhold'] },
  'apt-cache': { verbs: ['madison', 'policy'], packages: ['madison', 'policy'] },
};

function aptWords(command: string, path: string[]): string[] {
  const spec = APT_VERBS[command];
  const words = path.filter((w) => !w.startsWith('-'));
  if (!spec) return [];
  if (words.length === 0) return spec.verbs;
  return spec.packages.includes(words[0] ?? '') ? ['cri-tools', 'kubeadm', 'kubectl', 'kubelet', 'kubernetes-cni'] : [];
}

function finish(words: string[], replaceFrom: number, files: string[] = []): Completion {
  const all = [...new Set([...words, ...files])].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return files.length > 0 ? { candidates: all, replaceFrom, filenames: true } : { candidates: all, replaceFrom };
}

function commandNames(host: ShellHost, word: string): string[] {
  const names = [...host.commands.names(), ...host.aliases.keys(), ...host.functions.keys()];
  return names.filter((n) => n.startsWith(word) && n !== '.' && n !== ':' && n !== '[');
}

/** `k get po` with `alias k=kubectl` is `kubectl get po` (one level, as bash expands aliases). */
function expandAlias(host: ShellHost, words: string[]): string[] {
  const first = words[0];
  const alias = first === undefined ? undefined : host.aliases.get(first);
  if (alias === undefined) return words;
  return [...alias.split(/\s+/).filter((w) => w !== ''), ...words.slice(1)];
}

/** Entries of the directory the word names, as `dir/name` (directories with a trailing slash). */
export function fileCandidates(host: ShellHost, word: string, directoriesOnly: boolean): string[] {
  const slash = word.lastIndexOf('/');
  const dirPart = slash >= 0 ? word.slice(0, slash + 1) : '';
  const prefix = word.slice(slash + 1);
  const home = host.env.get('HOME') ?? '/root';
  const dirText = dirPart.startsWith('~') ? home + dirPart.slice(1) : dirPart;
  const dir = resolvePath(host.cwd, dirText === '' ? '.' : dirText);
  const names = host.fs.readdir(dir);
  if (isFsError(names)) return [];
  const out: string[] = [];
  for (const name of names) {
    if (!name.startsWith(prefix) || (name.startsWith('.') && !prefix.startsWith('.'))) continue;
    const isDir = host.fs.isDirectory(resolvePath(dir, name));
    if (directoriesOnly && !isDir) continue;
    out.push(`${dirPart}${name}${isDir ? '/' : ''}`);
  }
  return out.sort();
}
