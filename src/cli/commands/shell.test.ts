import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { recordingIO } from '../testing';
import { shellCommand } from './shell';

/** The shell with typed lines on a non-terminal stdin: prompts and output land on stdout in order. */
async function session(input: string, args: string[] = []): Promise<{ code: number; screen: string }> {
  let screen = '';
  const stdout = new Writable({
    write(chunk: Buffer, _encoding, done) {
      screen += chunk.toString();
      done();
    },
  });
  const io = recordingIO();
  const code = await shellCommand.run(args, {
    ...io,
    out: (text) => void (screen += text),
    stdin: Readable.from([input]) as unknown as NodeJS.ReadStream,
    stdout: stdout as unknown as NodeJS.WriteStream,
  });
  return { code, screen };
}

describe('kubedojo shell', () => {
  it('prompts, continues unfinished input, follows ssh and ends on exit', async () => {
    const { code, screen } = await session('kubectl get ns default\ncat <<EOF\nhello\nEOF\nssh node01\nexit\nexit 4\n');
    expect(code).toBe(4);
    expect(screen).toBe(
      'controlplane:~$ NAME      STATUS   AGE\ndefault   Active   10d\n' +
        'controlplane:~$ > > hello\n' +
        'controlplane:~$ node01:~$ logout\nConnection to node01 closed.\n' +
        'controlplane:~$ exit\n',
    );
  });

  it('rejects bad options', async () => {
    const io = recordingIO();
    expect(await shellCommand.run(['--speed', '0'], io)).toBe(2);
    expect(io.stderrText).toBe('kubedojo shell: invalid value "0" for --speed: expected a positive number\nRun \'kubedojo shell --help\' for usage.\n');
  });
});
