import { z } from 'zod';
import { describe, expect, it } from 'vitest';
import { labSchema, quizSchema } from '.';
import { undescribedFields } from './schema-walk';

describe('the authoring schemas', () => {
  it('describe every field', () => {
    expect(undescribedFields(labSchema)).toEqual([]);
    expect(undescribedFields(quizSchema)).toEqual([]);
  });

  it('would notice a field without a description', () => {
    const schema = z.strictObject({ a: z.string(), b: z.array(z.strictObject({ c: z.int().optional() })).describe('b'), d: z.string().default('x').describe('d') });
    expect(undescribedFields(schema)).toEqual(['a', 'b[].c']);
  });
});
