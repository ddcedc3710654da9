import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { labIds, readLab } from './load-lab';

describe('readLab (build time)', () => {
  it('loads a lab of content/labs with its checks validated', () => {
    const lab = readLab('deployments');
    expect(lab.id).toBe('deployments');
    expect(lab.cluster.seed).toBe(21);
    expect(lab.tasks.map((t) => t.id)).toEqual(['create', 'scale', 'update', 'rollback', 'expose']);
    expect(labIds()).toContain('deployments');
  });

  it('fails with the loader’s message for an unknown lab or an authoring mistake', () => {
    const root = mkdtempSync(join(tmpdir(), 'kd-labs-'));
    mkdirSync(join(root, 'content/labs'), { recursive: true });
    writeFileSync(
      join(root, 'content/labs/broken.yaml'),
      'id: broken\ntitle: {en: Broken, zh: 坏}\ntasks:\n  - id: one\n    title: {en: One, zh: 一}\n    description: {en: Do it, zh: 做}\n    points: 1\n    checks:\n      - check: resourceExist\n        params: {kind: pod, name: web}\n    solution: [kubectl run web --image=nginx]\n',
    );
    expect(() => readLab('nope', root)).toThrow('<Lab id="nope">: there is no content/labs/nope.yaml (labs: broken)');
    expect(() => readLab('broken', root)).toThrow(
      'content/labs/broken.yaml has authoring errors:\ncontent/labs/broken.yaml: tasks[0].checks[0].check: unknown check "resourceExist" — did you mean resourceExists or resourceAbsent?\n',
    );
  });
});
