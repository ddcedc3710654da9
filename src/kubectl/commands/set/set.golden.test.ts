// kubectl set against the real kubectl's outputs: the fake-v1.35 captures in capture order on the
// reference cluster, the local-v1.35 capture, and a transcript of the real kubectl v1.35.2 taken for
// this simulator against the same objects (set/__golden__/set-client.txt). The server of that
// transcript did not apply patches, so each of its commands runs here on a fresh cluster.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../../index';
import { loadGolden } from '../../printers/golden';
import { goldenCluster } from '../../testing/golden-state';
import { shellWords } from '../../testing/shell-words';
import { EXTRA_OBJECTS, MANIFESTS, WEB3, seed, transcriptCommands, transcriptEntry } from '../run-expose-set.test-util';

const read = (p: string) => readFileSync(p, 'utf8');

describe('kubectl set against fake-v1.35 captures, in capture order', () => {
  const cluster = goldenCluster();
  for (const name of ['set-image', 'set-image-badcontainer', 'set-image-all', 'set-env', 'set-env-list', 'set-resources', 'set-sa']) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster });
      cluster.advance(1000);
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('kubectl set against local-v1.35 captures', () => {
  it('set-image-noargs', () => {
    const golden = loadGolden(read, 'local-v1.35', 'set-image-noargs');
    const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
    expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
  });
});

describe('kubectl set: transcript of the real kubectl', () => {
  it('matches set-client.txt command for command', () => {
    const text = read('src/kubectl/commands/set/__golden__/set-client.txt');
    const produced = transcriptCommands(text).map((command) => {
      const cluster = goldenCluster();
      seed(cluster, [WEB3, ...EXTRA_OBJECTS]);
      return transcriptEntry(command, kubectl(shellWords(command).slice(1), { cluster }));
    });
    expect(produced.join('')).toBe(text);
  });
});

describe('kubectl set and expose with -f: transcript of the real kubectl', () => {
  it('matches files-client.txt command for command', () => {
    const text = read('src/kubectl/commands/set/__golden__/files-client.txt');
    const files = { readFile: (p: string) => MANIFESTS[p], isDir: () => false, list: () => [] };
    const produced = transcriptCommands(text).map((command) => {
      const cluster = goldenCluster();
      seed(cluster, [WEB3, ...EXTRA_OBJECTS]);
      return transcriptEntry(command, kubectl(shellWords(command).slice(1), { cluster, files }));
    });
    expect(produced.join('')).toBe(text);
  });
});
