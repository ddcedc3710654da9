// Output reaches a live terminal while an input is still running, at the virtual moment it is
// written: the browser shows a watch's rows as they happen, not when the command ends.

import { describe, expect, it } from 'vitest';
import type { OutputChunk } from '../shell';
import { createSandbox } from './index';

function liveSandbox(options: { watchLimitMs?: number; interruptAfterMs?: number } = {}) {
  const seen: { at: number; chunk: OutputChunk }[] = [];
  let start = 0;
  const sb = createSandbox({
    seed: 3,
    onOutput: (chunk) => seen.push({ at: sb.cluster.now() - start, chunk }),
    ...(options.watchLimitMs !== undefined ? { watchLimitMs: options.watchLimitMs } : {}),
    ...(options.interruptAfterMs !== undefined ? { interrupted: () => sb.cluster.now() - start >= (options.interruptAfterMs ?? 0) } : {}),
  });
  return {
    sb,
    run(line: string) {
      seen.length = 0;
      start = sb.cluster.now();
      const result = sb.run(line);
      return { result, seen: seen.map((s) => `${s.at}ms fd${s.chunk.fd} ${JSON.stringify(s.chunk.text)}`) };
    },
  };
}

describe('live output', () => {
  it('shows each command of a list when it ends, and the same text as the result', () => {
    const live = liveSandbox();
    const { result, seen } = live.run('echo a; sleep 2; echo b >&2; ls /nope');
    expect(seen).toEqual(['0ms fd1 "a\\n"', '2000ms fd2 "b\\n"', '2000ms fd2 "ls: cannot access \'/nope\': No such file or directory\\n"']);
    expect(result.output).toBe("a\nb\nls: cannot access '/nope': No such file or directory\n");
  });

  it('streams kubectl get -w rows at the moments the pods change', () => {
    const live = liveSandbox({ watchLimitMs: 20_000 });
    live.run('kubectl create deployment web --image=nginx');
    const { result, seen } = live.run('kubectl get pods -w --no-headers -o custom-columns=NAME:.metadata.name,PHASE:.status.phase');
    expect(seen.join('\n')).toMatchInlineSnapshot(`
      "0ms fd1 "web-7957885594-44mdt   Pending\\n"
      6080ms fd1 "web-7957885594-44mdt   Running\\n""
    `);
    expect(result.exitCode).toBe(0);
  });

  it('ends a watch on Ctrl-C with status 130, keeping what was shown', () => {
    const live = liveSandbox({ interruptAfterMs: 3_000 });
    // As bash at a prompt: Ctrl-C ends the whole line, so the `echo` after the watch does not run.
    const { result, seen } = live.run('kubectl get nodes -w; echo "status $?"');
    expect(seen.join('\n')).toMatchInlineSnapshot(`
      "0ms fd1 "NAME           STATUS   ROLES           AGE   VERSION\\ncontrolplane   Ready    control-plane   10d   v1.35.0\\nnode01         Ready    <none>          10d   v1.35.0\\nnode02         Ready    <none>          10d   v1.35.0\\n""
    `);
    expect(result.exitCode).toBe(130);
    expect(live.run('echo "status $?"').result.output).toBe('status 130\n');
  });

  it('keeps pipes whole: a piped kubectl is shown by the command that reads it', () => {
    const live = liveSandbox();
    const { seen } = live.run('kubectl get nodes --no-headers | wc -l');
    expect(seen).toEqual(['0ms fd1 "3\\n"']);
  });
});
