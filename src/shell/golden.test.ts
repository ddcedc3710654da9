/**
 * Golden transcripts: every `__golden__/*.sh` runs in a fresh shell and must print exactly its
 * `.out` file. `UPDATE_GOLDEN=1 npx vitest run src/shell/golden.test.ts` rewrites them; then
 * `KUBEDOJO_BASH_COMPARE=1` (bash-compare.test.ts) checks them against real bash.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { goldenShell } from './testing/golden-host';
import { runTranscript } from './transcript';

const DIR = join(import.meta.dirname, '__golden__');
const scripts = readdirSync(DIR).filter((f) => f.endsWith('.sh')).sort();

describe('golden transcripts', () => {
  for (const script of scripts) {
    it(script, () => {
      const text = runTranscript(goldenShell(), readFileSync(join(DIR, script), 'utf8')).text;
      const outFile = join(DIR, script.replace(/\.sh$/, '.out'));
      if (process.env.UPDATE_GOLDEN || !existsSync(outFile)) writeFileSync(outFile, text);
      expect(text).toBe(readFileSync(outFile, 'utf8'));
    });
  }
});
