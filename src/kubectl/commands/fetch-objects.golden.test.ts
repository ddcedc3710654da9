// The verbs that read objects through fetch-objects.ts (get, describe, rollout, wait) refuse `-f`
// together with `TYPE TYPE/NAME` arguments with the builder's own error first, before the "no
// resource arguments with files" one. __golden__/fetch-mixed-args-real.txt is the real kubectl
// v1.35.2's output for the same command lines (no server needed: the builder fails first).

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

const POD = 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n  containers:\n  - name: c\n    image: nginx\n';

describe('-f with mixed resource arguments, against the real kubectl v1.35.2', () => {
  const expected = readFileSync(new URL('./__golden__/fetch-mixed-args-real.txt', import.meta.url), 'utf8');
  const lines = [...expected.matchAll(/\$ (kubectl [^\n]*)/g)].map((m) => m[1] as string);
  it(`replays ${lines.length} commands`, () => {
    expect(transcript(goldenCluster(), { 'x.yaml': POD }, lines)).toBe(expected);
  });
});
