import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OUTPUT, generateSchema, renderSchema } from './gen-schema';

const CODE = /^[[{]*([silfbqntmya]|@[\w/.]+)!?(\^[\w.]+)?(\|[\w.[\]]+)?$/;

describe('gen-schema', () => {
  it('the committed types.gen.json is what the generator writes (run `npx tsx scripts/gen-schema.ts`)', () => {
    // compared as a boolean: a failure should not print 50 KB of JSON
    expect(readFileSync(OUTPUT, 'utf8') === renderSchema(generateSchema())).toBe(true);
  });

  it('holds field codes only (no upstream doc text) and stays small', () => {
    const text = readFileSync(OUTPUT, 'utf8');
    expect(text.length).toBeLessThan(120_000);
    const schema = JSON.parse(text) as { types: Record<string, Record<string, string>> };
    const odd = Object.entries(schema.types).flatMap(([type, fields]) =>
      Object.entries(fields).filter(([, code]) => !CODE.test(code)).map(([field, code]) => `${type}.${field}: ${code}`));
    expect(odd).toEqual([]);
  });
});
