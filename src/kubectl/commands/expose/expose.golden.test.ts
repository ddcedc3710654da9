// kubectl expose against the real kubectl's outputs: the fake-v1.35 captures in capture order (on
// the reference cluster plus web3 as the earlier create/apply captures left it), the local-v1.35
// capture, and a transcript of the real kubectl v1.35.2 taken for this simulator against the same
// objects (expose/__golden__/expose-client.txt: introspected ports, protocols and selectors, errors).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../../index';
import { loadGolden } from '../../printers/golden';
import { goldenCluster } from '../../testing/golden-state';
import { shellWords } from '../../testing/shell-words';
import { EXTRA_OBJECTS, WEB3, seed, transcriptCommands, transcriptEntry } from '../run-expose-set.test-util';

const read = (p: string) => readFileSync(p, 'utf8');

describe('kubectl expose against fake-v1.35 captures, in capture order', () => {
  const cluster = goldenCluster();
  seed(cluster, [WEB3]);
  for (const name of ['expose-deploy', 'expose-deploy-np', 'expose-exists', 'expose-noport', 'expose-pod', 'expose-dryrun-yaml']) {
    it(name, () => {
      const golden = loadGolden(read, 'fake-v1.35', name);
      const result = kubectl(shellWords(golden.command).slice(1), { cluster });
      cluster.advance(1000);
      expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
    });
  }
});

describe('kubectl expose against local-v1.35 captures', () => {
  it('expose-noargs', () => {
    const golden = loadGolden(read, 'local-v1.35', 'expose-noargs');
    const result = kubectl(shellWords(golden.command).slice(1), { cluster: goldenCluster() });
    expect(result).toEqual({ stdout: golden.stdout, stderr: golden.stderr, exitCode: golden.exitCode });
  });
});

describe('kubectl expose: transcript of the real kubectl', () => {
  it('matches expose-client.txt command for command', () => {
    const text = read('src/kubectl/commands/expose/__golden__/expose-client.txt');
    const produced = transcriptCommands(text).map((command) => {
      const cluster = goldenCluster();
      seed(cluster, [WEB3, ...EXTRA_OBJECTS]);
      return transcriptEntry(command, kubectl(shellWords(command).slice(1), { cluster }));
    });
    expect(produced.join('')).toBe(text);
  });
});
