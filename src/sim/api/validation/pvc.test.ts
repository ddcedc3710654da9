import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const pvc = (spec: Obj, status?: Obj) => ({
  apiVersion: 'v1',
  kind: 'PersistentVolumeClaim',
  metadata: { name: 'data' },
  spec: { accessModes: ['ReadWriteOnce'], resources: { requests: { storage: '1Gi' } }, ...spec },
  ...(status ? { status } : {}),
});
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('PersistentVolumeClaim create', () => {
  const cases: Array<[string, ReturnType<typeof pvc>, string[]]> = [
    ['a valid claim', pvc({ storageClassName: 'standard' }), []],
    ['no access modes', pvc({ accessModes: [] }), ['spec.accessModes: Required value: at least 1 access mode is required']],
    [
      'unknown access mode and RWOP mixed',
      pvc({ accessModes: ['ReadWriteOncePod', 'ReadWriteOnce', 'RWO'] }),
      [
        'spec.accessModes: Unsupported value: "RWO": supported values: "ReadOnlyMany", "ReadWriteMany", "ReadWriteOnce", "ReadWriteOncePod"',
        'spec.accessModes: Forbidden: may not use ReadWriteOncePod with other access modes',
      ],
    ],
    ['no storage request', pvc({ resources: { requests: {} } }), ['spec.resources[storage]: Required value']],
    ['zero storage', pvc({ resources: { requests: { storage: '0' } } }), ['spec.resources[storage]: Invalid value: "0": must be greater than zero']],
    [
      'bad class name and volume mode',
      pvc({ storageClassName: 'Fast_SSD', volumeMode: 'Raw' }),
      [
        "spec.storageClassName: Invalid value: \"Fast_SSD\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
        'spec.volumeMode: Unsupported value: "Raw": supported values: "Block", "Filesystem"',
      ],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('PersistentVolumeClaim update', () => {
  it('lets a bound claim grow', () => {
    const old = pvc({ volumeName: 'pv-1' }, { phase: 'Bound', capacity: { storage: '1Gi' } });
    expect(render(validateUpdate(pvc({ volumeName: 'pv-1', resources: { requests: { storage: '2Gi' } } }, { phase: 'Bound' }), old))).toEqual([]);
  });

  it('refuses other spec changes with a diff', () => {
    const old = pvc({ volumeName: 'pv-1' }, { phase: 'Bound' });
    expect(render(validateUpdate(pvc({ volumeName: 'pv-1', accessModes: ['ReadWriteMany'] }, { phase: 'Bound' }), old))).toEqual([
      'spec: Forbidden: spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n  core.PersistentVolumeClaimSpec{\n- \tAccessModes: {"ReadWriteOnce"},\n+ \tAccessModes: {"ReadWriteMany"},\n  \t... // 8 identical fields\n  }\n',
    ]);
  });

  it('refuses shrinking below the current capacity', () => {
    const old = pvc({ volumeName: 'pv-1', resources: { requests: { storage: '2Gi' } } }, { phase: 'Bound', capacity: { storage: '2Gi' } });
    expect(render(validateUpdate(pvc({ volumeName: 'pv-1' }, { phase: 'Bound' }), old))).toEqual([
      'spec.resources.requests.storage: Forbidden: field can not be less than status.capacity',
    ]);
  });
});
