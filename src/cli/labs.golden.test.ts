/**
 * `kubedojo verify`, `grade` and `run --lab` over the fixture content in __fixtures__/content,
 * compared whole with __golden__/*.txt (`npx vitest run src/cli -u` rewrites them).
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { shellCommand } from './commands/shell';
import { main } from './main';
import { recordingIO } from './testing';

const FIXTURES = join(import.meta.dirname, '__fixtures__', 'content');
/** Where the fixture content appears to the commands (and in their messages). */
const CONTENT = 'fixtures/content';

function filesUnder(dir: string, shownAs: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) Object.assign(out, filesUnder(path, `${shownAs}/${name}`));
    else out[`${shownAs}/${name}`] = readFileSync(path, 'utf8');
  }
  return out;
}

const FILES = filesUnder(FIXTURES, CONTENT);

async function cli(args: string[], extra: Record<string, string> = {}, stdin = '') {
  const io = recordingIO({ ...FILES, ...extra }, stdin);
  const code = await main(args, io);
  return { code, out: io.stdoutText, err: io.stderrText };
}

describe('kubedojo verify', () => {
  it('proves good labs, and says what is wrong with the others', { timeout: 60_000 }, async () => {
    const r = await cli(['verify', '--content', CONTENT]);
    expect([r.code, r.err]).toEqual([1, '']);
    await expect(r.out).toMatchFileSnapshot('__golden__/verify.txt');
  });

  it('gives the same report as JSON', { timeout: 60_000 }, async () => {
    const r = await cli(['verify', '--json', '--content', `${CONTENT}/`]);
    expect(r.code).toBe(1);
    const report = JSON.parse(r.out) as { passed: number; failed: number; results: unknown[] };
    expect([report.passed, report.failed, report.results.length]).toEqual([4, 7, 11]);
    await expect(r.out).toMatchFileSnapshot('__golden__/verify.json');
  });

  it('passes with exit 0 when everything is proven, and says so when the folder is missing', async () => {
    const only = Object.fromEntries(Object.entries(FILES).filter(([k]) => k.includes('/good') || k.endsWith('ok.yaml')));
    const io = recordingIO(only);
    expect(await main(['verify', '--content', CONTENT], io)).toBe(0);
    expect(io.stdoutText).toBe('✓ good/label  (1 check)\n✓ good/deploy  (2 checks)\n✓ quiz ok  (1 question)\n3 passed, 0 failed\n');
    const r = await cli(['verify', '--content', 'nowhere']);
    expect([r.code, r.out, r.err]).toEqual([1, '', 'kubedojo verify: cannot read nowhere: no such file or directory\n']);
  });
});

describe('kubedojo grade', () => {
  const script = 'kubectl label pod web env=staging\nkubectl create deployment api --image=nginx:1.27 --replicas=2 -n shop\n';

  it('runs the script from the lab and prints a report', { timeout: 60_000 }, async () => {
    const r = await cli(['grade', '--lab', 'good', '--content', CONTENT, 'attempt.sh'], { 'attempt.sh': script });
    expect([r.code, r.err]).toEqual([1, '']);
    await expect(r.out).toMatchFileSnapshot('__golden__/grade-good.txt');
  });

  it('reports in Chinese and as JSON, and exits 0 when every task passes', { timeout: 60_000 }, async () => {
    const zh = await cli(['grade', '--lab', 'good', '--content', CONTENT, '--lang', 'zh', '-'], {}, script);
    await expect(zh.out).toMatchFileSnapshot('__golden__/grade-good-zh.txt');
    const solved = await cli(['grade', '--lab=good', `--content=${CONTENT}`, '--json'], {}, 'kubectl label pod web env=prod\nkubectl create deployment api --image=nginx:1.28 --replicas=2 -n shop\n');
    expect(solved.code).toBe(0);
    await expect(solved.out).toMatchFileSnapshot('__golden__/grade-good.json');
  });

  it('explains what stops it', async () => {
    const results = [
      await cli(['grade', '-'], {}, ''),
      await cli(['grade', '--lab', 'nope', '--content', CONTENT, '-']),
      await cli(['grade', '--lab', 'invalid', '--content', CONTENT, '-']),
      await cli(['grade', '--lab', 'good', '--content', CONTENT, '--lang', 'fr']),
      await cli(['grade', '--lab', 'nostart', '--content', CONTENT, '-']),
    ];
    await expect(results.map((r) => `exit ${r.code}\n${r.err}`).join('\n')).toMatchFileSnapshot('__golden__/grade-errors.txt');
  });
});

describe('kubedojo run --lab', () => {
  it("starts from the lab's starting state", { timeout: 60_000 }, async () => {
    const r = await cli(['run', '--lab', 'good', '--content', CONTENT, '-'], {}, 'kubectl get pods,ns\nhistory\n');
    expect([r.code, r.err]).toEqual([0, '']);
    await expect(r.out).toMatchFileSnapshot('__golden__/run-lab-good.txt');
  });
});

describe('kubedojo shell --lab', () => {
  it('lists the tasks, then prompts on the starting state', { timeout: 60_000 }, async () => {
    let screen = '';
    const stdout = new Writable({
      write(chunk: Buffer, _encoding, done) {
        screen += chunk.toString();
        done();
      },
    });
    const io = recordingIO(FILES);
    const code = await shellCommand.run(['--lab', 'good', '--content', CONTENT], {
      ...io,
      out: (text) => void (screen += text),
      stdin: Readable.from(['kubectl get pods\nexit\n']) as unknown as NodeJS.ReadStream,
      stdout: stdout as unknown as NodeJS.WriteStream,
    });
    expect(code).toBe(0);
    expect(screen).toBe(
      'Lab good: A good lab\n  1. Label the pod (1 point)\n  2. Deploy the API (3 points)\nGrade your work with: kubedojo grade --lab good\n\n' +
        'controlplane:~$ NAME   READY   STATUS    RESTARTS   AGE\nweb    1/1     Running   0          8s\ncontrolplane:~$ exit\n',
    );
  });
});
