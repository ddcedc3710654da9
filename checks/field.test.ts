import { describe, expect, it } from 'vitest';
import { fieldEquals, fieldMatches } from './field';
import { goldenResults, shopCluster, viewOf } from './testing';

const view = viewOf(shopCluster());
const web = { kind: 'deployment', name: 'web', namespace: 'shop' };

describe('fieldEquals', () => {
  it('compares what kubectl -o jsonpath prints', async () => {
    const text = goldenResults(fieldEquals, view, {
      'a number': { ...web, path: '{.spec.replicas}', equals: 3 },
      'a path without braces': { ...web, path: '.spec.template.spec.containers[0].image', equals: 'nginx:1.28' },
      'a different value': { ...web, path: '{.spec.template.spec.containers[0].image}', equals: 'nginx:1.27' },
      'a field that is not set': { ...web, path: '{.spec.paused}', equals: true },
      'a value with spaces': { ...web, path: '{.metadata.name} {.metadata.namespace}', equals: 'web default' },
      'an index out of range': { ...web, path: '{.spec.template.spec.containers[3].image}', equals: 'x' },
      'the object is missing': { kind: 'deployment', name: 'api', path: '{.spec.replicas}', equals: 1 },
    });
    await expect(text).toMatchFileSnapshot('__golden__/field-equals.txt');
  });
});

describe('fieldMatches', () => {
  it('matches what kubectl -o jsonpath prints against a pattern', async () => {
    const text = goldenResults(fieldMatches, view, {
      matching: { ...web, path: '{.spec.template.spec.containers[0].image}', matches: '^nginx:1\\.2[0-9]$' },
      'not matching': { kind: 'pod', name: 'api', path: '{.metadata.labels.tier}', matches: '^front' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/field-matches.txt');
  });
});
