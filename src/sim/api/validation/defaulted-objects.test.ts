import { readdirSync, readFileSync } from 'node:fs';
import { load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import type { ApiObject } from './index';
import { validateCreate, validateUpdate } from './index';

/**
 * Every object the defaulting goldens say a real v1.35 server stores (`../defaults/__golden__/*.out.yaml`)
 * was accepted by that server, so validation must accept it, on create and as an unchanged update.
 */
const dir = new URL('../defaults/__golden__/', import.meta.url);
const files = readdirSync(dir).filter((f) => f.endsWith('.out.yaml'));

describe('validation accepts what the real server stored', () => {
  it.each(files)('%s', (file) => {
    const obj = load(readFileSync(new URL(file, dir), 'utf8')) as ApiObject;
    expect(validateCreate(obj).map(renderFieldError)).toEqual([]);
    expect(validateUpdate(obj, obj).map(renderFieldError)).toEqual([]);
  });
});
