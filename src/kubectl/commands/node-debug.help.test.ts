// `--help` of the node and debugging verbs: our own words in kubectl's layout, compared whole with
// __golden__/help-<verb>.txt (UPDATE_GOLDEN=1 rewrites them).

import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { kubectl } from '../index';
import { goldenCluster } from '../testing/golden-state';

function golden(name: string, actual: string): void {
  const file = new URL(`./__golden__/${name}`, import.meta.url);
  if (process.env['UPDATE_GOLDEN']) writeFileSync(file, actual);
  expect(existsSync(file), `missing golden ${name} (run with UPDATE_GOLDEN=1)`).toBe(true);
  expect(actual).toBe(readFileSync(file, 'utf8'));
}

const VERBS = ['logs', 'exec', 'port-forward', 'top', 'top node', 'top pod', 'cordon', 'uncordon', 'drain', 'taint'];

describe('help of the node and debugging verbs', () => {
  const cluster = goldenCluster();
  for (const verb of VERBS) {
    it(verb, () => {
      const result = kubectl([...verb.split(' '), '--help'], { cluster });
      expect(result.exitCode).toBe(0);
      expect(result.stderr).toBe('');
      golden(`help-${verb.replace(' ', '-')}.txt`, result.stdout);
    });
  }
});
