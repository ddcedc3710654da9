/**
 * `kubectl exec POD -- CMD…` inside a running container: the command runs on its own clock from
 * "now" and returns its output, exit code and duration. An interactive shell request is returned as
 * such (the terminal then sends each line as `sh -c LINE`). A missing executable gives the runtime's
 * error: kubectl prints `error: Internal error occurred: Internal error occurred: error executing
 * command in container: failed to exec in container: failed to start exec "<id>": OCI runtime exec
 * failed: …` and exits 1 (containerd 2.x; observed texts).
 */
import { canonicalBin, which } from './fs';
import { hexFromKey } from './hash';
import { machineFor } from './plan';
import { effectiveArgv, execFailure, makeSpawner, processEnv } from './process';
import { CaptureFd } from './shell/io';
import type { ContainerContext, ExecResult, ImageInfo } from './types';

export interface ExecOptions {
  /** Virtual time of the exec (ms since epoch); default: the container's start. */
  nowMs?: number;
  /** `kubectl exec -t`. */
  tty?: boolean;
  /** Data on stdin (`kubectl exec -i` with piped input). */
  stdin?: string;
  /** Files the main process wrote (plan.files), visible to the exec. */
  files?: Record<string, string>;
}

const SHELLS = new Set(['sh', 'bash', 'ash', 'dash', 'zsh']);

export function execInImage(image: ImageInfo, ctx: ContainerContext, argv: string[], opts: ExecOptions = {}): ExecResult {
  const now = opts.nowMs ?? ctx.startedAt;
  const m = machineFor({ ...ctx, image }, now, 'exec', opts.files ? new Map(Object.entries(opts.files)) : undefined);
  m.tty = opts.tty ?? false;
  const v = m.variant;
  const env = processEnv(v, ctx);
  if (m.tty && !env.has('TERM')) env.set('TERM', 'xterm');
  const failure = execFailure(m, argv, env);
  if (failure) {
    const message = `OCI runtime exec failed: exec failed: unable to start container process: ${failure}: unknown`;
    const id = hexFromKey(`${ctx.podName}/${ctx.containerName}/exec/${now}/${argv.join(' ')}`);
    return {
      kind: 'startFailed',
      message,
      kubectlMessage: `error: Internal error occurred: Internal error occurred: error executing command in container: failed to exec in container: failed to start exec "${id}": ${message}`,
    };
  }
  const name = (argv[0] ?? '').split('/').pop() ?? '';
  if (argv.length === 1 && SHELLS.has(name) && opts.stdin === undefined) {
    const path = canonicalBin(m, which(m, argv[0] ?? '', env.get('PATH') ?? '') ?? '');
    const bash = path.endsWith('/bash') || (m.os.sh === 'bash' && name === 'sh');
    const busybox = m.os.tools === 'busybox';
    return { kind: 'shell', shell: argv[0] ?? 'sh', prompt: bash ? `root@${m.hostname}:${v.workingDir || '/'}# ` : busybox ? `${v.workingDir || '/'} # ` : '# ' };
  }
  const mainArgv = effectiveArgv(ctx, v);
  m.processes = [mainArgv.join(' '), ...(m.family.children?.(v, ctx) ?? [])];
  const out = new CaptureFd();
  const err = new CaptureFd();
  const spawner = makeSpawner(m);
  const path = spawner.which(argv[0] ?? '', env.get('PATH') ?? '') ?? argv[0] ?? '';
  const status = spawner.run(path, argv, { stdin: opts.stdin ?? null, out, err }, env, v.workingDir || '/');
  const stdout = m.resolve(out.text);
  const stderr = m.resolve(err.text);
  // The files as the command left them (those it was given included): the kubelet keeps them.
  if (m.halted?.kind === 'forever') return { kind: 'forever', stdout, stderr, files: m.written };
  const code = m.halted?.kind === 'exit' ? m.halted.code : status;
  return { kind: 'ran', stdout, stderr, exitCode: code, durationMs: m.t, files: m.written };
}
