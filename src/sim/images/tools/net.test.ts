import { describe, expect, it } from 'vitest';
import { execInImage } from '../exec';
import { contextFor } from '../testing';

/** A shell line in a container of `ref` with a ConfigMap-like read-only mount at /ro; the image's own server answers on localhost. */
function run(ref: string, line: string): { stdout: string; stderr: string; exitCode: number } {
  const ctx = contextFor(ref, { command: ['sleep', 'infinity'], mounts: { '/ro/page': 'from a configmap' }, readOnly: ['/ro'] });
  const r = execInImage(ctx.image, ctx, ['sh', '-c', line]);
  if (r.kind !== 'ran') throw new Error(`${line}: ${r.kind}`);
  return { stdout: r.stdout, stderr: r.stderr, exitCode: r.exitCode };
}

describe('downloads saved to files', () => {
  it('curl -o writes the body; into a read-only mount or a missing directory it fails with 23', () => {
    expect(run('nginx:1.27', 'curl -s -o /tmp/page localhost; echo $?; head -n 1 /tmp/page')).toEqual({ stdout: '0\n<!DOCTYPE html>\n', stderr: '', exitCode: 0 });
    expect(run('nginx:1.27', 'curl -sS -o /ro/page localhost')).toEqual({
      stdout: '',
      stderr: 'curl: (23) Failure writing output to destination, passed 615 returned 4294967295\n',
      exitCode: 23,
    });
    expect(run('nginx:1.27', 'curl -s -o /nope/page localhost; echo $?')).toEqual({ stdout: '23\n', stderr: '', exitCode: 0 });
    expect(run('nginx:1.27', 'cat /ro/page')).toMatchObject({ stdout: 'from a configmap' });
  });

  it('BusyBox wget -O refuses a read-only mount or a missing directory', () => {
    expect(run('nginx:1.27-alpine', 'wget -O /ro/copy http://localhost; echo $?; cat /ro/page')).toEqual({
      stdout: '1\nfrom a configmap',
      stderr: "Connecting to localhost (127.0.0.1:80)\nwget: can't open '/ro/copy': Read-only file system\n",
      exitCode: 0,
    });
    expect(run('nginx:1.27-alpine', 'wget -q -O /nope/copy http://localhost; echo $?')).toEqual({ stdout: '1\n', stderr: "wget: can't open '/nope/copy': No such file or directory\n", exitCode: 0 });
    expect(run('nginx:1.27-alpine', 'cd /tmp && wget -q http://localhost/ && head -n 1 index.html')).toEqual({ stdout: '<!DOCTYPE html>\n', stderr: '', exitCode: 0 });
  });
});
