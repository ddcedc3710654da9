import { describe, expect, it } from 'vitest';
import { renderErrorList } from '../field-errors';
import { defaultCRD } from './strategy';
import { validateCRDCreate, validateCRDUpdate } from './validate-crd';

const schema = { openAPIV3Schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } } };

function crd(over: Record<string, unknown> = {}, spec: Record<string, unknown> = {}): Record<string, unknown> {
  const obj: Record<string, unknown> = {
    apiVersion: 'apiextensions.k8s.io/v1',
    kind: 'CustomResourceDefinition',
    metadata: { name: 'widgets.example.com' },
    spec: {
      group: 'example.com',
      scope: 'Namespaced',
      names: { plural: 'widgets', kind: 'Widget' },
      versions: [{ name: 'v1', served: true, storage: true, schema }],
      ...spec,
    },
    ...over,
  };
  defaultCRD(obj);
  return obj;
}

const errors = (obj: Record<string, unknown>): string => renderErrorList(validateCRDCreate(obj));

describe('CustomResourceDefinition validation', () => {
  it('accepts a minimal CRD once defaulted, and defaults singular, listKind and conversion', () => {
    const obj = crd();
    expect(validateCRDCreate(obj)).toEqual([]);
    expect((obj['spec'] as Record<string, unknown>)['names']).toEqual({ plural: 'widgets', kind: 'Widget', singular: 'widget', listKind: 'WidgetList' });
    expect((obj['spec'] as Record<string, unknown>)['conversion']).toEqual({ strategy: 'None' });
  });

  it('requires the name to be <plural>.<group>', () => {
    expect(errors(crd({ metadata: { name: 'widget.example.com' } }))).toBe(
      'metadata.name: Invalid value: "widget.example.com": must be spec.names.plural+"."+spec.group',
    );
  });

  it('wants a group with a dot and a known scope', () => {
    expect(errors(crd({ metadata: { name: 'widgets.example' } }, { group: 'example', scope: 'Global' }))).toBe(
      '[spec.group: Invalid value: "example": should be a domain with at least one dot, spec.scope: Unsupported value: "Global": supported values: "Cluster", "Namespaced"]',
    );
  });

  it('wants exactly one storage version and a schema for each', () => {
    const versions = [{ name: 'v1', served: true, storage: false }];
    expect(errors(crd({}, { versions }))).toBe(
      '[spec.versions[0].schema.openAPIV3Schema: Required value: schemas are required, ' +
        'spec.versions: Invalid value: [{"name":"v1","served":true,"storage":false}]: must have exactly one version marked as storage version]',
    );
  });

  it('checks the names', () => {
    const names = { plural: 'Widgets', kind: 'Widget', listKind: 'Widget', shortNames: ['w_1'] };
    expect(validateCRDCreate(crd({ metadata: { name: 'Widgets.example.com' } }, { names })).map((e) => `${e.field}: ${e.type}`)).toEqual([
      'metadata.name: Invalid',
      'spec.names.plural: Invalid',
      'spec.names.shortNames[0]: Invalid',
      'spec.names.listKind: Invalid',
    ]);
  });

  it('wants structural schemas: typed fields and an object at the root', () => {
    const bad = { openAPIV3Schema: { properties: { spec: { properties: { size: {} } } } } };
    expect(errors(crd({}, { versions: [{ name: 'v1', served: true, storage: true, schema: bad }] }))).toBe(
      '[spec.versions[0].schema.openAPIV3Schema.type: Required value: must not be empty at the root, ' +
        'spec.versions[0].schema.openAPIV3Schema.properties[spec].type: Required value: must not be empty for specified object fields, ' +
        'spec.versions[0].schema.openAPIV3Schema.properties[spec].properties[size].type: Required value: must not be empty for specified object fields]',
    );
  });

  it('checks printer columns', () => {
    const columns = [{ name: 'Size', type: 'int', jsonPath: '.spec.size' }];
    expect(errors(crd({}, { versions: [{ name: 'v1', served: true, storage: true, schema, additionalPrinterColumns: columns }] }))).toBe(
      'spec.versions[0].additionalPrinterColumns[0].type: Unsupported value: "int": supported values: "boolean", "date", "integer", "number", "string"',
    );
  });

  it('keeps the scope once created', () => {
    const old = crd();
    const next = crd({}, { scope: 'Cluster' });
    expect(renderErrorList(validateCRDUpdate(next, old))).toBe('spec.scope: Invalid value: "Cluster": field is immutable');
  });
});
