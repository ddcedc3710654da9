import { describe, expect, it } from 'vitest';
import type { ResourceType } from '../registry';
import { decodeCustomObject } from './decode-custom';

const type: ResourceType = {
  group: 'example.com', version: 'v1', kind: 'Widget', plural: 'widgets', singular: 'widget', shortNames: [], namespaced: true,
  categories: [], verbs: ['get'],
  custom: { crd: 'widgets.example.com', columns: [], statusSubresource: false, storageVersion: 'v1', schema: { type: 'object', properties: { spec: { type: 'object', properties: { size: { type: 'integer' } } } } } },
};
const widget = { apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'a', label: { x: 'y' } }, spec: { size: 2, color: 'red' } };

describe('decoding a custom object', () => {
  it('refuses unknown fields, metadata included, with strict field validation', () => {
    expect(decodeCustomObject(widget, type, 'Strict').error).toBe(
      'Widget in version "v1" cannot be handled as a Widget: strict decoding error: unknown field "metadata.label", unknown field "spec.color"',
    );
  });

  it('warns with Warn and drops them silently with Ignore', () => {
    const warned = decodeCustomObject(widget, type, 'Warn');
    expect(warned.warnings).toEqual(['unknown field "metadata.label"', 'unknown field "spec.color"']);
    expect(warned.object).toEqual({ apiVersion: 'example.com/v1', kind: 'Widget', metadata: { name: 'a' }, spec: { size: 2 } });
    expect(decodeCustomObject(widget, type, 'Ignore')).toEqual({ warnings: [], object: warned.object });
  });
});
