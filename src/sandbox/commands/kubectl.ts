/**
 * `kubectl` on a machine: src/kubectl run with this shell's files, stdin and kubeconfig
 * (`$KUBECONFIG`, else `~/.kube/config`), waits on the sandbox clock, the editor for `kubectl edit`,
 * and `exec -it` opening a shell inside the container. Without a kubeconfig (a worker node) it
 * fails the way kubectl does when it falls back to localhost:8080.
 */
import { kubectl, type KubeconfigFile, type KubectlContext, type KubectlFiles } from '../../kubectl';
import { dirName, isFsError, resolvePath, type Command, type CommandIO, type CommandResult } from '../../shell';
import { editorFor } from '../editor';
import { currentContext } from '../files/kubeconfig';
import { binaryVersion } from '../packages/data';
import type { SandboxServices } from './services';

export function kubectlCommand(svc: SandboxServices): Command {
  return {
    execute(given, io) {
      // --kubeconfig FILE picks the file as $KUBECONFIG would; kubectl itself then reads that file.
      const { args, path: explicit } = takeKubeconfigFlag(given);
      const kubeconfig = explicit !== undefined ? explicitKubeconfigFile(io, explicit) : kubeconfigFile(io);
      const text = kubeconfig.read();
      if (text === undefined && explicit !== undefined && needsServer(args)) return { stdout: '', stderr: `error: stat ${explicit}: no such file or directory\n`, exitCode: 1 };
      if (text === undefined && needsServer(args)) {
        // `kubectl version` still prints its own versions before it fails to reach a server.
        const client = args.includes('version') ? kubectl(['version', '--client'], { cluster: svc.cluster, ...clientVersionOf(svc, io) }) : undefined;
        if (client?.exitCode === 0) return { stdout: client.stdout, stderr: REFUSED, exitCode: 1 };
        return connectionRefused(svc.clock.now());
      }
      const current = text !== undefined ? currentContext(text) : undefined;
      const ctx: KubectlContext = {
        cluster: svc.cluster,
        namespace: current?.namespace ?? 'default',
        files: filesOf(io),
        stdoutIsTerminal: io.stdoutIsTerminal,
        kubeconfig,
        wait: (ms) => io.host.clock.sleep(ms),
        // Output goes out as kubectl writes it, in order: warnings first, a watch's rows as they happen.
        onOutput: (fd, chunk) => io.stream(fd, chunk),
        ...clientVersionOf(svc, io),
      };
      if (io.host.interrupted) ctx.interrupted = io.host.interrupted;
      if (svc.watchLimitMs !== undefined) ctx.watchLimitMs = svc.watchLimitMs;
      // The shell cannot tell an empty pipe from the terminal; with nothing piped or redirected in,
      // kubectl's stdin is the terminal (undefined), so `exec -it … sh` opens an interactive shell.
      if (io.stdin !== '' || io.stdinIsFile) ctx.stdin = io.stdin;
      if (current) ctx.contextName = current.name;
      const editor = editorFor(svc.editor, io, ['KUBE_EDITOR', 'EDITOR']);
      if (editor) ctx.editor = editor;
      const result = kubectl(args, ctx);
      if (result.session && result.exitCode === 0) {
        const refused = svc.enterExec(result.session);
        if (refused) return refused;
      }
      return { stdout: '', stderr: '', exitCode: result.exitCode };
    },
  };
}

/** The version of the kubectl package installed on this machine. */
function clientVersionOf(svc: SandboxServices, io: CommandIO): { clientVersion?: string } {
  const packages = svc.machine(io.host.hostName)?.packages;
  const version = packages && binaryVersion(packages, 'kubectl');
  return version ? { clientVersion: version } : {};
}

/** The kubeconfig kubectl reads: the first file of `$KUBECONFIG`, else `~/.kube/config`. */
function kubeconfigFile(io: CommandIO): KubeconfigFile {
  const listed = (io.env['KUBECONFIG'] ?? '').split(':').find((p) => p !== '');
  const path = listed !== undefined ? resolvePath(io.cwd, listed) : `${io.env['HOME'] ?? '/root'}/.kube/config`;
  return kubeconfigAt(io, path, path);
}

/** A kubeconfig file on this machine, named in messages as `shown`; written with kubectl's modes. */
function kubeconfigAt(io: CommandIO, path: string, shown: string): KubeconfigFile {
  return {
    path: shown,
    read() {
      const text = io.fs.readFile(path);
      return isFsError(text) ? undefined : text;
    },
    write(text) {
      io.fs.mkdir(dirName(path), { parents: true, mode: 0o750 });
      io.fs.writeFile(path, text, { mode: 0o600 });
    },
  };
}

/** `--kubeconfig=F` / `--kubeconfig F` before any `--`: the file named, and the other arguments. */
export function takeKubeconfigFlag(args: readonly string[]): { args: string[]; path?: string } {
  const rest: string[] = [];
  let path: string | undefined;
  for (let i = 0; i < args.length; i++) {
    const a = args[i] as string;
    if (a === '--') {
      rest.push(...args.slice(i));
      break;
    }
    if (a.startsWith('--kubeconfig=')) path = a.slice('--kubeconfig='.length);
    else if (a === '--kubeconfig' && i + 1 < args.length) path = args[++i] as string;
    else rest.push(a);
  }
  return path !== undefined ? { args: rest, path } : { args: rest };
}

/** The file --kubeconfig names: messages show it as given; kubectl config creates it (and its folder) when missing. */
function explicitKubeconfigFile(io: CommandIO, given: string): KubeconfigFile {
  return kubeconfigAt(io, resolvePath(io.cwd, given), given);
}

/** The shell's files as kubectl sees them: paths relative to the working directory. */
function filesOf(io: CommandIO): KubectlFiles {
  const abs = (path: string) => resolvePath(io.cwd, path);
  return {
    readFile(path) {
      const text = io.fs.readFile(abs(path));
      return isFsError(text) ? undefined : text;
    },
    isDir: (path) => io.fs.isDirectory(abs(path)),
    absolute: abs,
    list(path) {
      const names = io.fs.readdir(abs(path));
      return isFsError(names) ? [] : names;
    },
  };
}

/** Commands kubectl answers without asking a server (help, kubeconfig editing, completion scripts). */
const CLIENT_ONLY = new Set(['config', 'completion', 'options', 'help', 'plugin', 'kustomize']);

function needsServer(args: readonly string[]): boolean {
  if (args.includes('--help') || args.includes('-h')) return false;
  const words = args.filter((a) => !a.startsWith('-'));
  const verb = words[0];
  if (verb === undefined) return false;
  if (verb === 'version' && args.some((a) => a === '--client' || a === '--client=true')) return false;
  return !CLIENT_ONLY.has(verb);
}

const REFUSED = 'The connection to the server localhost:8080 was refused - did you specify the right host or port?\n';

/** kubectl with no kubeconfig: five discovery errors from klog, then the summary line (real v1.35 text). */
function connectionRefused(nowMs: number): CommandResult {
  const d = new Date(nowMs);
  const two = (n: number) => String(n).padStart(2, '0');
  const pid = 10000 + (Math.floor(nowMs / 1000) % 50000);
  let stderr = '';
  for (let i = 0; i < 5; i++) {
    const micros = Math.min(999_999, (nowMs % 1000) * 1000 + 287 * (i + 1) + i * i * 311);
    const stamp = `${two(d.getUTCMonth() + 1)}${two(d.getUTCDate())} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}:${two(d.getUTCSeconds())}.${String(micros).padStart(6, '0')}`;
    stderr += `E${stamp} ${String(pid).padStart(7)} memcache.go:265] "Unhandled Error" err="couldn't get current server API group list: Get \\"http://localhost:8080/api?timeout=32s\\": dial tcp 127.0.0.1:8080: connect: connection refused"\n`;
  }
  return { stdout: '', stderr: stderr + REFUSED, exitCode: 1 };
}
