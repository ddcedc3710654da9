import { describe, expect, it } from 'vitest';
import { configMapHas, secretHasKey } from './config-data';
import { labelEquals } from './label-equals';
import { goldenResults, shopCluster, viewOf } from './testing';

const view = viewOf(shopCluster());

describe('configMapHas', () => {
  it('looks up keys and values', async () => {
    const text = goldenResults(configMapHas, view, {
      'key and value': { name: 'settings', namespace: 'shop', key: 'color', value: 'blue' },
      'key only': { name: 'settings', namespace: 'shop', key: 'mode' },
      'another value': { name: 'settings', namespace: 'shop', key: 'color', value: 'red' },
      'no such key': { name: 'settings', namespace: 'shop', key: 'size' },
      'no such config map': { name: 'settings', key: 'color' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/config-map-has.txt');
  });
});

describe('secretHasKey', () => {
  it('compares values decoded', async () => {
    const text = goldenResults(secretHasKey, view, {
      'key only': { name: 'db', namespace: 'shop', key: 'password' },
      'decoded value': { name: 'db', namespace: 'shop', key: 'password', value: 's3cret' },
      'another value': { name: 'db', namespace: 'shop', key: 'user', value: 'root' },
      'no such key': { name: 'db', namespace: 'shop', key: 'token' },
      'no such secret': { name: 'api', namespace: 'shop', key: 'token' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/secret-has-key.txt');
  });
});

describe('labelEquals', () => {
  it('compares one label', async () => {
    const text = goldenResults(labelEquals, view, {
      'the label': { kind: 'pod', name: 'api', key: 'tier', value: 'backend' },
      'another value': { kind: 'pod', name: 'api', key: 'tier', value: 'frontend' },
      'no such label': { kind: 'pod', name: 'api', key: 'env', value: 'prod' },
      'an object without labels': { kind: 'configmap', name: 'settings', namespace: 'shop', key: 'app', value: 'web' },
      'a deployment': { kind: 'deployment', name: 'web', namespace: 'shop', key: 'app', value: 'web' },
    });
    await expect(text).toMatchFileSnapshot('__golden__/label-equals.txt');
  });
});
