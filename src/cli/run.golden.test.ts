/**
 * Golden transcripts of `kubedojo run`: every `__golden__/*.sh` runs in a fresh sandbox (seed 1)
 * and must print exactly its `.out` file. `UPDATE_GOLDEN=1 npx vitest run src/cli` rewrites them.
 */
import { existsSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from './main';
import { recordingIO } from './testing';

const DIR = join(import.meta.dirname, '__golden__');
const scripts = readdirSync(DIR).filter((f) => f.endsWith('.sh')).sort();

describe('kubedojo run golden transcripts', () => {
  for (const name of scripts) {
    const path = join(DIR, name);
    const script = readFileSync(path, 'utf8');
    it(name, async () => {
      const io = recordingIO({ [path]: script });
      expect(await main(['run', path], io)).toBe(0);
      expect(io.stderrText).toBe('');
      const outFile = path.replace(/\.sh$/, '.out');
      if (process.env['UPDATE_GOLDEN'] || !existsSync(outFile)) writeFileSync(outFile, io.stdoutText);
      expect(io.stdoutText).toBe(readFileSync(outFile, 'utf8'));
    });
  }
});
