/**
 * An interactive shell inside a container (`kubectl exec -it POD -- sh`). Each line runs in the
 * container as `SHELL -c LINE` through the kubelet, as the image's shell would run it; the
 * session itself only remembers the working directory (`cd`) and the last exit status, and ends
 * on `exit` or when the container goes away.
 */
import type { OutputChunk, ShellClock } from '../../shell';
import type { Cluster, KubeletComponent } from '../../sim';
import type { ExecSessionJSON } from '../types';
import { pushChunk, type Session, type SessionRun } from './session';

/** How the container's shell draws its prompt: bash `root@HOST:DIR# `, BusyBox `DIR # `, or plain `# `. */
type PromptStyle = { kind: 'bash'; host: string } | { kind: 'busybox' } | { kind: 'plain'; text: string };

export class ExecSession implements Session {
  private lastStatus = 0;

  constructor(
    private readonly cluster: Cluster,
    private readonly clock: ShellClock,
    readonly state: ExecSessionJSON,
    /** What kubectl prints when the session ends (`kubectl run -it --rm`); not kept in snapshots. */
    private readonly onExit?: () => string,
  ) {}

  prompt(): string {
    const style = promptStyle(this.state.prompt);
    const dir = this.state.cwd;
    if (style.kind === 'bash') return `root@${style.host}:${dir === '/root' ? '~' : dir.startsWith('/root/') ? `~${dir.slice(5)}` : dir}# `;
    if (style.kind === 'busybox') return `${dir} # `;
    return style.text;
  }

  run(input: string, live?: (chunk: OutputChunk) => void): SessionRun {
    const result = this.runLine(input);
    // Commands in a container finish at once: their output is shown when they end.
    if (live) for (const c of result.chunks) live({ ...c });
    return result;
  }

  private runLine(input: string): SessionRun {
    const line = input.replace(/\n$/, '');
    const trimmed = line.trim();
    const chunks: OutputChunk[] = [];
    if (trimmed === '') return { chunks, exitCode: this.lastStatus };
    const exit = /^exit(?:\s+(\d+))?\s*;?$/.exec(trimmed);
    if (exit) {
      // bash announces `exit`; BusyBox ash and dash leave silently.
      if (promptStyle(this.state.prompt).kind === 'bash') pushChunk(chunks, 2, 'exit\n');
      const code = exit[1] !== undefined ? Number(exit[1]) % 256 : this.lastStatus;
      return { chunks, exitCode: code, exit: { code } };
    }
    const cd = /^cd(?:\s+(\S+))?\s*$/.exec(trimmed);
    if (cd) return this.changeDirectory(cd[1]);
    return this.exec(this.inCwd(line));
  }

  /** `kubectl exec` reports a failed last command; `kubectl run -it` says the session ended instead. */
  farewell(code: number): OutputChunk[] {
    if (this.onExit) {
      const text = this.onExit();
      return text === '' ? [] : [{ fd: 1, text }];
    }
    return code === 0 ? [] : [{ fd: 2, text: `command terminated with exit code ${code}\n` }];
  }

  toJSON(): ExecSessionJSON {
    return { ...this.state };
  }

  /** `cd DIR` asks the container where that leads (`cd … && pwd`) and keeps it for the next lines. */
  private changeDirectory(target: string | undefined): SessionRun {
    const script = this.inCwd(`cd ${target ?? ''} && pwd`);
    const outcome = this.exec(script);
    if (outcome.exit || outcome.exitCode !== 0) return { chunks: outcome.chunks.filter((c) => c.fd === 2), exitCode: outcome.exitCode, ...(outcome.exit ? { exit: outcome.exit } : {}) };
    const pwd = outcome.chunks.filter((c) => c.fd === 1).map((c) => c.text).join('').trim();
    if (pwd.startsWith('/')) this.state.cwd = pwd;
    return { chunks: [], exitCode: 0 };
  }

  /** The line, run from the session's directory once `cd` moved it (on the same line: errors still say line 1). */
  private inCwd(line: string): string {
    return this.state.cwd === this.state.initialCwd ? line : `cd '${this.state.cwd.replace(/'/g, `'\\''`)}' || exit; ${line}`;
  }

  private exec(script: string): SessionRun {
    const { namespace, pod, container, shell } = this.state;
    const kubelet = this.cluster.component<KubeletComponent>('kubelet');
    const outcome = kubelet.exec(namespace, pod, container, [shell, '-c', script], { tty: true });
    const chunks: OutputChunk[] = [];
    if (!outcome.ok) {
      // The container (or its pod) is gone: the terminal loses the shell as kubectl reports it.
      return { chunks, exitCode: 137, exit: { code: 137 } };
    }
    const result = outcome.result;
    if (result.kind === 'ran') {
      pushChunk(chunks, 1, result.stdout);
      pushChunk(chunks, 2, result.stderr);
      if (result.durationMs > 0) this.clock.sleep(result.durationMs);
      this.lastStatus = result.exitCode;
    } else if (result.kind === 'forever') {
      // Headless nobody can press Ctrl-C: show what it printed and stop it as Ctrl-C would.
      pushChunk(chunks, 1, result.stdout);
      pushChunk(chunks, 2, result.stderr);
      pushChunk(chunks, 1, '^C\n');
      this.lastStatus = 130;
    } else if (result.kind === 'startFailed') {
      pushChunk(chunks, 2, `${result.message}\n`);
      this.lastStatus = 126;
    } else {
      // A nested interactive shell: keep using this one (its prompt is the same).
      this.lastStatus = 0;
    }
    return { chunks, exitCode: this.lastStatus };
  }
}

function promptStyle(prompt: string): PromptStyle {
  const bash = /^root@([^:]+):.*# $/.exec(prompt);
  if (bash) return { kind: 'bash', host: bash[1] ?? '' };
  if (/^\/\S* # $/.test(prompt)) return { kind: 'busybox' };
  return { kind: 'plain', text: prompt };
}
