import { describe, expect, it } from 'vitest';
import type { FieldError } from './field-errors';
import {
  duplicate,
  forbidden,
  goMap,
  internalError,
  invalid,
  invalidStatusMessage,
  notFound,
  raw,
  renderErrorList,
  renderFieldError,
  renderedErrors,
  required,
  statusCauses,
  tooLong,
  tooMany,
  unsupported,
} from './field-errors';

describe('renderFieldError', () => {
  const cases: Array<[FieldError, string]> = [
    [invalid('spec.replicas', -1, 'must be greater than or equal to 0'), 'spec.replicas: Invalid value: -1: must be greater than or equal to 0'],
    [required('metadata.name', 'name or generateName is required'), 'metadata.name: Required value: name or generateName is required'],
    [required('spec.containers'), 'spec.containers: Required value'],
    [
      unsupported('spec.template.spec.restartPolicy', 'Never', ['Always']),
      'spec.template.spec.restartPolicy: Unsupported value: "Never": supported values: "Always"',
    ],
    [forbidden('spec', 'may not be changed'), 'spec: Forbidden: may not be changed'],
    [duplicate('spec.containers[1].name', 'web'), 'spec.containers[1].name: Duplicate value: "web"'],
    [notFound('spec.containers[0].volumeMounts[0].name', 'data'), 'spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    [tooLong('metadata.annotations', 'x', 262144), 'metadata.annotations: Too long: may not be more than 262144 bytes'],
    [tooLong('data', 'x', 1), 'data: Too long: may not be more than 1 byte'],
    [tooLong('data', 'x', -1), 'data: Too long: value is too long'],
    [tooMany('spec.rules', 25, 20), 'spec.rules: Too many: 25: must have at most 20 items'],
    [tooMany('spec.rules', -1, 1), 'spec.rules: Too many: must have at most 1 item'],
    [internalError('spec', 'boom'), 'spec: Internal error: boom'],
    [invalid('a', true, 'x'), 'a: Invalid value: true: x'],
    [invalid('a', null, 'x'), 'a: Invalid value: null: x'],
    [invalid('a', 0.5, 'x'), 'a: Invalid value: 0.5: x'],
    [invalid('a', 'tab\there "q" \\ \u0001', 'x'), 'a: Invalid value: "tab\\there \\"q\\" \\\\ \\x01": x'],
    [invalid('a', 'café', 'x'), 'a: Invalid value: "café": x'],
    [invalid('a', goMap({ tier: 'web', app: 'x' }), 'x'), 'a: Invalid value: {"app":"x","tier":"web"}: x'],
    [invalid('a', { matchLabels: goMap({ b: '1', a: '<&>' }) }, 'x'), 'a: Invalid value: {"matchLabels":{"a":"\\u003c\\u0026\\u003e","b":"1"}}: x'],
    [invalid('a', ['10.0.0.1'], 'x'), 'a: Invalid value: ["10.0.0.1"]: x'],
    [invalid('a', raw('v1.Thing{}'), 'x'), 'a: Invalid value: v1.Thing{}: x'],
    [invalid('a', '', 'must specify one of: `configMapRef` or `secretRef`'), 'a: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'],
  ];
  it.each(cases)('%#', (err, text) => {
    expect(renderFieldError(err)).toBe(text);
  });
});

describe('aggregation', () => {
  const a = invalid('spec.replicas', -1, 'must be greater than or equal to 0');
  const b = required('spec.selector');

  it('prints one error plainly and several in brackets, dropping repeats', () => {
    expect(renderErrorList([a])).toBe('spec.replicas: Invalid value: -1: must be greater than or equal to 0');
    expect(renderErrorList([a, b, a])).toBe('[spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.selector: Required value]');
    expect(renderErrorList([b, b])).toBe('spec.selector: Required value');
  });

  it('builds the Status message and its causes', () => {
    expect(invalidStatusMessage('Deployment.apps', 'web', [a, b])).toBe(
      'Deployment.apps "web" is invalid: [spec.replicas: Invalid value: -1: must be greater than or equal to 0, spec.selector: Required value]',
    );
    expect(invalidStatusMessage('Pod', 'p', [])).toBe('Pod "p" is invalid');
    expect(statusCauses([a, b, unsupported('x', 'y', ['z'])])).toEqual([
      { reason: 'FieldValueInvalid', message: 'Invalid value: -1: must be greater than or equal to 0', field: 'spec.replicas' },
      { reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' },
      { reason: 'FieldValueNotSupported', message: 'Unsupported value: "y": supported values: "z"', field: 'x' },
    ]);
    expect(renderedErrors([])).toBeUndefined();
    expect(renderedErrors([b])).toEqual({ message: 'spec.selector: Required value', causes: [{ reason: 'FieldValueRequired', message: 'Required value', field: 'spec.selector' }] });
  });
});
