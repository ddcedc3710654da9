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
