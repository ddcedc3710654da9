import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { pruneCustomObject } from './prune';
import { validateCustomObject } from './schema-validate';
import type { JSONSchemaProps } from './shapes';

const schema: JSONSchemaProps = {
  type: 'object',
  properties: {
    spec: {
      type: 'object',
      required: ['image'],
      properties: {
        image: { type: 'string', minLength: 3, maxLength: 20, pattern: '^[a-z:.0-9]+$' },
        replicas: { type: 'integer', minimum: 1, maximum: 5, default: 1 },
        size: { type: 'string', enum: ['small', 'large'] },
        ports: { type: 'array', maxItems: 2, items: { type: 'object', properties: { port: { type: 'integer' } } } },
        ratio: { type: 'number', exclusiveMaximum: true, maximum: 1 },
        extra: { type: 'object', 'x-kubernetes-preserve-unknown-fields': true },
        labels: { type: 'object', additionalProperties: { type: 'string' } },
        port: { 'x-kubernetes-int-or-string': true },
      },
    },
    status: { type: 'object', properties: { ready: { type: 'boolean' } } },
  },
};

const obj = (spec: Record<string, unknown>): Record<string, unknown> => ({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'w' }, spec });
const errors = (spec: Record<string, unknown>): string[] => validateCustomObject(obj(spec), schema).map(renderFieldError);

describe('custom object schema validation', () => {
  it('accepts a valid object', () => {
    expect(errors({ image: 'nginx:1.27', replicas: 2, size: 'small', ports: [{ port: 80 }], ratio: 0.5, extra: { any: [1] }, labels: { a: 'b' }, port: 'http' })).toEqual([]);
  });

  it('reports type errors with the JSON type found', () => {
    expect(errors({ image: 'nginx', replicas: 'two', ports: [{ port: '80' }], labels: { a: 1 }, port: true })).toEqual([
      'spec.labels.a: Invalid value: "integer": spec.labels.a in body must be of type string: "integer"',
      'spec.port: Invalid value: "boolean": spec.port in body must be of type integer,string: "boolean"',
      'spec.ports[0].port: Invalid value: "string": spec.ports[0].port in body must be of type integer: "string"',
      'spec.replicas: Invalid value: "string": spec.replicas in body must be of type integer: "string"',
    ]);
  });

  it('reports required fields, enums, bounds, lengths and patterns', () => {
    expect(errors({ replicas: 0, size: 'huge', ratio: 1 })).toEqual([
      'spec.image: Required value',
      'spec.ratio: Invalid value: 1: spec.ratio in body should be less than 1',
      'spec.replicas: Invalid value: 0: spec.replicas in body should be greater than or equal to 1',
      'spec.size: Unsupported value: "huge": supported values: "small", "large"',
    ]);
    expect(errors({ image: 'ab', replicas: 9, ports: [{}, {}, {}] })).toEqual([
      'spec.image: Invalid value: "ab": spec.image in body should be at least 3 chars long',
      'spec.ports: Too many: 3: must have at most 2 items',
      'spec.replicas: Invalid value: 9: spec.replicas in body should be less than or equal to 5',
    ]);
    expect(errors({ image: 'Not_Valid_Because_Too_Long' })).toEqual([
      'spec.image: Too long: may not be more than 20 bytes',
      "spec.image: Invalid value: \"Not_Valid_Because_Too_Long\": spec.image in body should match '^[a-z:.0-9]+$'",
    ]);
  });
});

describe('custom object pruning and defaulting', () => {
  it('drops undeclared fields, keeps preserved ones and fills defaults', () => {
    const input = { ...obj({ image: 'nginx', bogus: 1, ports: [{ port: 80, name: 'x' }], extra: { kept: { deep: true } } }), top: 1 };
    expect(pruneCustomObject(input, schema)).toEqual({
      object: {
        apiVersion: 'example.com/v1',
        kind: 'Widget',
        metadata: { name: 'w' },
        spec: { extra: { kept: { deep: true } }, image: 'nginx', ports: [{ port: 80 }], replicas: 1 },
      },
      unknownFields: ['spec.bogus', 'spec.ports[0].name', 'top'],
    });
  });
});
