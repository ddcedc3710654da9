import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const pv = (spec: Obj) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolume',
  metadata: { name: 'pv-1' },
  spec: { accessModes: ['ReadWriteOnce'], capacity: { storage: '5Gi' }, hostPath: { path: '/mnt/data' }, ...spec },
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('PersistentVolume', () => {
  const cases: Array<[string, ReturnType<typeof pv>, string[]]> = [
    ['a valid hostPath volume', pv({ persistentVolumeReclaimPolicy: 'Retain' }), []],
    ['no access modes', pv({ accessModes: [] }), ['spec.accessModes: Required value']],
    [
      'no capacity',
      pv({ capacity: {} }),
      ['spec.capacity: Required value', 'spec.capacity: Unsupported value: {}: supported values: "storage"'],
    ],
    [
      'capacity other than storage',
      pv({ capacity: { storage: '1Gi', cpu: '1' } }),
      ['spec.capacity: Unsupported value: {"cpu":"1","storage":"1Gi"}: supported values: "storage"'],
    ],
    ['no volume source', pv({ hostPath: undefined }), ['spec: Required value: must specify a volume type']],
    ['reclaim policy', pv({ persistentVolumeReclaimPolicy: 'Keep' }), ['spec.persistentVolumeReclaimPolicy: Unsupported value: "Keep": supported values: "Delete", "Recycle", "Retain"']],
    ['local volume without node affinity', pv({ hostPath: undefined, local: { path: '/mnt/disks/ssd1' } }), ['spec.nodeAffinity: Required value: Local volume requires node affinity']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('keeps the volume source immutable', () => {
    expect(render(validateUpdate(pv({ hostPath: { path: '/mnt/other' } }), pv({})))).toEqual([
      'spec.persistentvolumesource: Forbidden: spec.persistentvolumesource is immutable after creation\n  core.PersistentVolumeSource{\n- \tHostPath: {Path: "/mnt/data"},\n+ \tHostPath: {Path: "/mnt/other"},\n  \t... // 21 identical fields\n  }\n',
    ]);
  });
});
