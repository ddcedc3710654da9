/** Running `kubedojo` subcommands in-process in tests: an IO that records what they print. */
import type { CliIO } from './io';

export interface RecordingIO extends CliIO {
  readonly stdoutText: string;
  readonly stderrText: string;
}

export function recordingIO(files: Record<string, string> = {}, stdinText = ''): RecordingIO {
  let out = '';
  let err = '';
  return {
    out: (text) => void (out += text),
    err: (text) => void (err += text),
    readFile: (path) => files[path] ?? Object.assign(new Error(`ENOENT: no such file or directory, open '${path}'`), { code: 'ENOENT' }),
    listDir: (path) => listDir(files, path),
    readStdin: () => stdinText,
    // The interactive shell is not run in-process by tests.
    stdin: undefined as unknown as NodeJS.ReadStream,
    stdout: undefined as unknown as NodeJS.WriteStream,
    get stdoutText() {
      return out;
    },
    get stderrText() {
      return err;
    },
  };
}

/** The entries directly under `path` among the recorded files' paths (folders are implied by them). */
function listDir(files: Record<string, string>, path: string): string[] | Error {
  const prefix = path.endsWith('/') ? path : `${path}/`;
  const names = new Set<string>();
  for (const file of Object.keys(files)) if (file.startsWith(prefix)) names.add(file.slice(prefix.length).split('/')[0] ?? '');
  names.delete('');
  if (names.size === 0) return Object.assign(new Error(`ENOENT: no such file or directory, scandir '${path}'`), { code: 'ENOENT' });
  return [...names];
}
