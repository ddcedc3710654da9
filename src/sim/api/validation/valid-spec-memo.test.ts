import { describe, expect, it } from 'vitest';
import { sameUpToGeneratedNames, ValidSpecMemo } from './valid-spec-memo';
import { validatePodCreate } from './pod';

function spec(token: string, mountToken = token): Record<string, unknown> {
  return {
    containers: [{ name: 'web', image: 'nginx:1.27', volumeMounts: [{ name: mountToken, mountPath: '/var/run/secrets/kubernetes.io/serviceaccount', readOnly: true }] }],
    volumes: [{ name: token, projected: { sources: [{ serviceAccountToken: { expirationSeconds: 3607, path: 'token' } }] } }],
    restartPolicy: 'Always',
  };
}

const same = (a: unknown, b: unknown): boolean => sameUpToGeneratedNames(a, b, new Map(), new Map());

describe('sameUpToGeneratedNames', () => {
  it('sees specs that differ only by their token volume name as the same', () => {
    expect(same(spec('kube-api-access-abcde'), spec('kube-api-access-x9z2q'))).toBe(true);
  });

  it('needs the renaming to be one to one', () => {
    // The second spec mounts a volume it does not have: not a renaming of the first.
    expect(same(spec('kube-api-access-abcde'), spec('kube-api-access-x9z2q', 'kube-api-access-zzzzz'))).toBe(false);
    expect(same(spec('kube-api-access-abcde', 'kube-api-access-zzzzz'), spec('kube-api-access-x9z2q', 'kube-api-access-x9z2q'))).toBe(false);
  });

  it('compares every other string, number and key exactly, members that are undefined aside', () => {
    expect(same({ a: 1, b: undefined }, { a: 1 })).toBe(true);
    expect(same({ a: 1 }, { a: 2 })).toBe(false);
    expect(same({ a: 'kube-api-access-abcd' }, { a: 'kube-api-access-abce' })).toBe(false);
    expect(same({ a: 'kube-api-access-abcde' }, { a: 'web' })).toBe(false);
    expect(same([1, 2], [1, 2, 3])).toBe(false);
    expect(same({ a: [1] }, { a: { 0: 1 } })).toBe(false);
    expect(same({ a: null }, { a: null })).toBe(true);
  });
});

describe('ValidSpecMemo', () => {
  it('remembers a copy, so a later change to the caller\'s spec is not taken for valid', () => {
    const memo = new ValidSpecMemo();
    const s = spec('kube-api-access-abcde');
    memo.add(s);
    (s['containers'] as { image: string }[])[0]!.image = 'nginx :bad';
    expect(memo.has(s)).toBe(false);
    expect(memo.has(spec('kube-api-access-qqqqq'))).toBe(true);
  });
});

describe('pod validation with remembered specs', () => {
  const pod = (name: string, s: Record<string, unknown>) => ({ apiVersion: 'v1', kind: 'Pod', metadata: { name, namespace: 'default' }, spec: s });

  it('still reports every error of an invalid spec after valid ones like it, and the metadata of each pod', () => {
    expect(validatePodCreate(pod('a', spec('kube-api-access-aaaaa')))).toEqual([]);
    expect(validatePodCreate(pod('b', spec('kube-api-access-bbbbb')))).toEqual([]);
    const bad = validatePodCreate(pod('c', spec('kube-api-access-ccccc', 'kube-api-access-ddddd'))).map((e) => `${e.field}: ${e.type}`);
    expect(bad).toEqual(['spec.containers[0].volumeMounts[0].name: NotFound']);
    const badName = validatePodCreate(pod('D', spec('kube-api-access-eeeee'))).map((e) => `${e.field}: ${e.type}`);
    expect(badName).toEqual(['metadata.name: Invalid']);
  });
});
