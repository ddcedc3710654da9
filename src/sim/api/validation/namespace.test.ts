import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

const ns = (name: string, extra: Record<string, unknown> = {}) => ({ apiVersion: 'v1', kind: 'Namespace', metadata: { name }, ...extra });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('Namespace', () => {
  const cases: Array<[string, ReturnType<typeof ns>, string[]]> = [
    ['a valid namespace', ns('dev-2'), []],
    ['uppercase and underscore', ns('Dev_2'), [`metadata.name: Invalid value: "Dev_2": ${LABEL}`]],
    ['dots are not allowed', ns('team.dev'), ['metadata.name: Invalid value: "team.dev": must not contain dots']],
    ['too long', ns('n'.repeat(64)), [`metadata.name: Invalid value: "${'n'.repeat(64)}": must be no more than 63 characters`]],
    [
      'a non-standard unqualified finalizer',
      ns('dev', { spec: { finalizers: ['cleanup'] } }),
      ['spec.finalizers: Invalid value: "cleanup": name is neither a standard finalizer name nor is it fully qualified'],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });

  it('accepts label changes on update', () => {
    expect(render(validateUpdate(ns('dev', { metadata: { name: 'dev', labels: { team: 'a' } } }), ns('dev')))).toEqual([]);
  });
});
