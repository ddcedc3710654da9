// The pieces of kubectl explain: go-wordwrap's wrapping, the type names and enums of fields, and
// that every field of the kinds students meet has a description of ours.

import { describe, expect, it } from 'vitest';
import { lookupField, type FieldType } from '../../sim/api/schema';
import { fieldsOf } from '../../sim/api/schema/registry';
import { fieldDescription, typeDescription } from './descriptions';
import { describedTypeOf, enumOf, typeGuess } from './fields';
import { indent, wordWrap } from './wrap';

describe('wordWrap (mitchellh/go-wordwrap)', () => {
  it('breaks before the word that would pass the limit', () => {
    expect(wordWrap('aaa bbb ccc', 7)).toBe('aaa bbb\nccc');
    expect(wordWrap('aaa bbb ccc', 11)).toBe('aaa bbb ccc');
  });

  it('keeps words longer than the limit whole and keeps newlines', () => {
    expect(wordWrap('a verylongword b', 5)).toBe('a\nverylongword\nb');
    expect(wordWrap('one two\nthree four\n', 9)).toBe('one two\nthree\nfour\n');
  });

  it('indent prefixes every line, including the empty one after a final newline', () => {
    expect(indent(4, 'a\nb\n')).toBe('    a\n    b\n    ');
  });
});

const field = (kind: string, path: string[], group = '', version = 'v1'): FieldType => {
  const r = lookupField({ group, version, kind }, path);
  if (!r.ok || !r.field) throw new Error(`no field ${path.join('.')}`);
  return r.field;
};

describe('field types as explain names them', () => {
  it('structs, lists, maps and the special value types', () => {
    expect(typeGuess(field('Pod', ['spec']))).toBe('PodSpec');
    expect(typeGuess(field('Pod', ['spec', 'containers']))).toBe('[]Container');
    expect(typeGuess(field('Pod', ['metadata', 'labels']))).toBe('map[string]string');
    expect(typeGuess(field('Pod', ['spec', 'containers', 'resources', 'limits']))).toBe('map[string]Quantity');
    expect(typeGuess(field('Service', ['spec', 'ports', 'targetPort']))).toBe('IntOrString');
    expect(typeGuess(field('Pod', ['metadata', 'creationTimestamp']))).toBe('string');
    expect(typeGuess(field('Secret', ['data']))).toBe('map[string]string');
    expect(typeGuess(field('Pod', ['spec', 'terminationGracePeriodSeconds']))).toBe('integer');
    expect(typeGuess(field('Pod', ['metadata', 'managedFields', 'fieldsV1']))).toBe('FieldsV1');
    expect(describedTypeOf(field('Pod', ['spec', 'containers']))).toBe('core/v1.Container');
    expect(describedTypeOf(field('Pod', ['metadata', 'creationTimestamp']))).toBe('meta/v1.Time');
    expect(describedTypeOf(field('Pod', ['spec', 'nodeName']))).toBeUndefined();
  });

  it('enum values of enum-typed strings only', () => {
    expect(enumOf(field('Pod', ['spec', 'restartPolicy']))).toEqual(['Always', 'Never', 'OnFailure']);
    expect(enumOf(field('Service', ['spec', 'type']))).toEqual(['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort']);
    expect(enumOf(field('Pod', ['spec', 'nodeName']))).toBeUndefined();
    expect(enumOf(field('Secret', ['type']))).toBeUndefined();
  });
});

describe('descriptions', () => {
  /** Every struct type reachable from a kind. */
  function reachable(typeId: string, seen = new Set<string>()): Set<string> {
    if (seen.has(typeId)) return seen;
    seen.add(typeId);
    for (const [, t] of fieldsOf(typeId)) {
      let cur: FieldType | undefined = t;
      while (cur && (cur.type === 'array' || cur.type === 'map')) cur = cur.items;
      if (cur?.type === 'object' && cur.ref) reachable(cur.ref, seen);
    }
    return seen;
  }

  const STUDENT_KINDS = [
    'core/v1.Pod', 'apps/v1.Deployment', 'apps/v1.ReplicaSet', 'apps/v1.StatefulSet', 'apps/v1.DaemonSet', 'batch/v1.Job', 'batch/v1.CronJob',
    'core/v1.Service', 'core/v1.ConfigMap', 'core/v1.Secret', 'core/v1.Namespace', 'core/v1.Node', 'core/v1.PersistentVolume',
    'core/v1.PersistentVolumeClaim', 'networking/v1.Ingress', 'autoscaling/v2.HorizontalPodAutoscaler', 'rbac/v1.Role', 'rbac/v1.ClusterRoleBinding',
    'networking/v1.NetworkPolicy', 'storage/v1.StorageClass', 'core/v1.ServiceAccount', 'core/v1.ResourceQuota', 'core/v1.LimitRange',
    'policy/v1.PodDisruptionBudget', 'scheduling/v1.PriorityClass', 'certificates/v1.CertificateSigningRequest',
  ];

  it('cover every type and field of the kinds students meet', () => {
    const missing: string[] = [];
    for (const kind of STUDENT_KINDS) {
      for (const typeId of reachable(kind)) {
        if (!typeDescription(typeId)) missing.push(typeId);
        for (const [name] of fieldsOf(typeId)) if (!fieldDescription(typeId, name)) missing.push(`${typeId}.${name}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('are plain ASCII text without tabs', () => {
    for (const kind of STUDENT_KINDS) {
      for (const typeId of reachable(kind)) {
        const texts = [typeDescription(typeId) ?? '', ...[...fieldsOf(typeId).keys()].map((n) => fieldDescription(typeId, n) ?? '')];
        for (const t of texts) expect(t).toMatch(/^[\x20-\x7e]*$/);
      }
    }
  });
});
