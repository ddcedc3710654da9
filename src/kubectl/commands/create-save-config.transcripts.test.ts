// `--save-config` on the generators: the last-applied annotation holds the typed object as Go
// encodes it (struct field order). Every line was checked against the real kubectl v1.35.2.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { goldenCluster } from '../testing/golden-state';
import { transcript } from './edit-patch.test-util';

describe('create … --save-config', () => {
  it('writes the last-applied annotation in Go struct order', async () => {
    const lines = readFileSync(new URL('./__golden__/create-save-config.lines', import.meta.url), 'utf8').trim().split('\n');
    await expect(transcript(goldenCluster(), {}, lines)).toMatchFileSnapshot('./__golden__/create-save-config.txt');
  });
});
