import { describe, expect, it } from 'vitest';
import type { Lab } from '../../grading';
import { labView, taskDomId } from './lab-view';

const LAB: Lab = {
  id: 'deployments',
  title: { en: 'Deployments', zh: 'Deployment' },
  description: { en: 'Work in `shop`.', zh: '在 `shop` 中操作。' },
  cluster: { seed: 21, version: 'v1.35.0', workers: 2 },
  manifests: [],
  setup: [],
  tasks: [
    {
      id: 'scale',
      title: { en: 'Scale it', zh: '扩容' },
      description: { en: 'Scale `web` to 4.', zh: '把 `web` 扩容到 4。' },
      points: 2,
      checks: [{ check: 'replicasEquals', params: { name: 'web', replicas: 4 }, weight: 1, guard: false }],
      hints: [{ en: 'Use `kubectl scale`.', zh: '用 `kubectl scale`。' }],
      solution: ['kubectl scale deployment web --replicas=4 -n shop'],
    },
    {
      id: 'expose',
      title: { en: 'Expose it', zh: '暴露' },
      description: { en: 'A Service.', zh: '一个 Service。' },
      points: 3,
      checks: [{ check: 'resourceExists', params: { kind: 'svc', name: 'web' }, weight: 1, guard: false }],
      hints: [],
      solution: ['kubectl expose deployment web --port=80 -n shop'],
    },
  ],
};

describe('labView', () => {
  it('gives the texts of one language and the total of points', () => {
    expect(labView(LAB, 'zh')).toEqual({
      id: 'deployments',
      title: 'Deployment',
      description: '在 `shop` 中操作。',
      points: 5,
      tasks: [
        { id: 'scale', title: '扩容', description: '把 `web` 扩容到 4。', points: 2, hints: ['用 `kubectl scale`。'], solution: ['kubectl scale deployment web --replicas=4 -n shop'] },
        { id: 'expose', title: '暴露', description: '一个 Service。', points: 3, hints: [], solution: ['kubectl expose deployment web --port=80 -n shop'] },
      ],
    });
  });

  it('leaves out a missing description', () => {
    const { description: _, ...bare } = LAB;
    expect('description' in labView(bare, 'en')).toBe(false);
  });

  it('names task elements by lab and task', () => {
    expect(taskDomId('deployments', 'scale')).toBe('lab-deployments-scale');
  });
});
