import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dump, load } from 'js-yaml';
import { describe, expect, it } from 'vitest';
import { applyDefaults, prepareForCreate, type KubeObject } from './index';

/**
 * Each `__golden__/<case>.in.yaml` is a minimal object as kubectl sends it; `<case>.out.yaml`
 * is the whole object as a real v1.35 API server stores it (system metadata such as uid,
 * resourceVersion and creationTimestamp aside). Regenerate with UPDATE_GOLDEN=1, then review.
 */
const dir = new URL('./__golden__/', import.meta.url);
const cases = readdirSync(dir).filter((f) => f.endsWith('.in.yaml')).map((f) => f.slice(0, -'.in.yaml'.length));
const JOB_UID = '6a1d2c3e-4f5a-4b6c-8d7e-9f0a1b2c3d4e';

function yaml(obj: unknown): string {
  return dump(obj, { sortKeys: true });
}

/** What the simulated API server does on create: defaulting, then the create strategy. */
function create(input: KubeObject): KubeObject {
  const obj = structuredClone(input);
  applyDefaults(obj);
  prepareForCreate(obj, { uid: JOB_UID });
  return obj;
}

describe('defaulting on create matches a real v1.35 cluster', () => {
  for (const name of cases) {
    it(name, () => {
      const input = load(readFileSync(new URL(`${name}.in.yaml`, dir), 'utf8')) as KubeObject;
      const actual = yaml(create(input));
      const golden = new URL(`${name}.out.yaml`, dir);
      if (process.env['UPDATE_GOLDEN']) writeFileSync(golden, actual);
      expect(actual).toBe(readFileSync(golden, 'utf8'));
    });
  }
});

describe('defaulting is idempotent', () => {
  for (const name of cases) {
    it(`${name}: reading the stored object back changes nothing`, () => {
      const stored = load(readFileSync(new URL(`${name}.out.yaml`, dir), 'utf8')) as KubeObject;
      const again = structuredClone(stored);
      applyDefaults(again);
      expect(yaml(again)).toBe(yaml(stored));
    });
  }
});
