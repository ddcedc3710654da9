import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeStrict, dropUnknownFields, renderDecodeError, strictDecodingWarnings } from './index';

const POD = { group: '', version: 'v1', kind: 'Pod' };
const DEPLOY = { group: 'apps', version: 'v1', kind: 'Deployment' };
const SECRET = { group: '', version: 'v1', kind: 'Secret' };
const SERVICE = { group: '', version: 'v1', kind: 'Service' };

const pod = (spec: unknown, metadata: unknown = { name: 'p' }) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec });
const container = (extra: Record<string, unknown> = {}) => ({ name: 'app', image: 'nginx', ...extra });
const deploy = (spec: Record<string, unknown>) => ({ apiVersion: 'apps/v1', kind: 'Deployment', metadata: { name: 'web' }, spec });

/** The message the API server answers with, as a plain string ('' when the body decodes). */
function message(obj: unknown, gvk: { group: string; version: string; kind: string }): string {
  return renderDecodeError(gvk.kind, gvk.version, decodeStrict(obj, gvk)) ?? '';
}

describe('unknown fields (strict field validation)', () => {
  it('matches the golden kubectl apply of a misspelt container field', () => {
    // golden: line 1 is the command, then stderr (stdout is empty for this capture)
    const golden = readFileSync(
      new URL('../../../../../shared/reference/golden/fake-v1.35/apply-unknown-field-strict.txt', import.meta.url), 'utf8');
    const obj = pod({ containers: [container({ imagePullPolice: 'Always' })] });
    const stderr = `Error from server (BadRequest): error when creating "unknown-field.yaml": ${message(obj, POD)}\n`;
    expect(golden.slice(golden.indexOf('\n') + 1)).toBe(stderr);
  });

  it('reports a top-level field', () => {
    expect(message({ ...pod({ containers: [container()] }), sepc: {} }, POD)).toBe(
      'Pod in version "v1" cannot be handled as a Pod: strict decoding error: unknown field "sepc"');
  });

  it('is case-sensitive', () => {
    expect(decodeStrict(pod({ containers: [container({ Image: 'x' })] }), POD).unknownFields)
      .toEqual(['spec.containers[0].Image']);
  });

  it('reports a field inside a Deployment pod template, with list indices', () => {
    const obj = deploy({
      selector: { matchLabels: { app: 'web' } },
      template: { metadata: { labels: { app: 'web' } }, spec: { containers: [container(), container({ port: 80 })] } },
    });
    expect(message(obj, DEPLOY)).toBe('Deployment in version "v1" cannot be handled as a Deployment: '
      + 'strict decoding error: unknown field "spec.template.spec.containers[1].port"');
  });

  it('lists several fields in the order of the sorted JSON kubectl sends, and skips under an unknown field', () => {
    const obj = deploy({
      replicaz: 3,
      template: { spec: { containers: [{ name: 'a', imagee: 'x', resources: { limit: { cpu: 1 } } }] } },
      strategy: { type: 'Recreate', rollingUpdate: null, extra: { deeper: 1 } },
    });
    expect(message(obj, DEPLOY)).toBe('Deployment in version "v1" cannot be handled as a Deployment: strict decoding error: '
      + 'unknown field "spec.replicaz", unknown field "spec.strategy.extra", '
      + 'unknown field "spec.template.spec.containers[0].imagee", '
      + 'unknown field "spec.template.spec.containers[0].resources.limit"');
  });

  it('accepts any key in map-valued fields and any JSON in RawExtension fields', () => {
    const obj = pod({ containers: [container({ resources: { limits: { 'nvidia.com/gpu': 1, cpu: '500m' } } })],
      nodeSelector: { 'kubernetes.io/os': 'linux' } }, { name: 'p', labels: { a: 'b' }, annotations: { x: 'y' } });
    expect(decodeStrict(obj, POD)).toEqual({ unknownFields: [], typeErrors: [] });
    const rev = { apiVersion: 'apps/v1', kind: 'ControllerRevision', metadata: { name: 'r' }, revision: 1, data: { any: [1, { x: true }] } };
    expect(decodeStrict(rev, { group: 'apps', version: 'v1', kind: 'ControllerRevision' }).unknownFields).toEqual([]);
  });

  it('knows fields added after v1.30 (overlay) and not ones removed', () => {
    const obj = pod({ hostnameOverride: 'h', resources: { limits: { cpu: '1' } },
      containers: [container({ lifecycle: { stopSignal: 'SIGUSR1' } })], resourceClaims: [{ name: 'c', source: {} }] });
    expect(decodeStrict(obj, POD).unknownFields).toEqual(['spec.resourceClaims[0].source']);
  });

  it('decodes a kind without a schema cleanly', () => {
    expect(decodeStrict({ anything: 1 }, { group: 'example.com', version: 'v1', kind: 'Widget' }))
      .toEqual({ unknownFields: [], typeErrors: [] });
  });
});

describe('type errors', () => {
  const lead = (kind: string) => `${kind} in version "v1" cannot be handled as a ${kind}: `;

  it('replicas as a string', () => {
    expect(message(deploy({ replicas: '3' }), DEPLOY)).toBe(lead('Deployment')
      + 'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  it('replicas as a fraction or out of int32 range', () => {
    expect(message(deploy({ replicas: 2.5 }), DEPLOY)).toBe(lead('Deployment')
      + 'json: cannot unmarshal number 2.5 into Go struct field DeploymentSpec.spec.replicas of type int32');
    expect(message(deploy({ replicas: 3000000000 }), DEPLOY)).toBe(lead('Deployment')
      + 'json: cannot unmarshal number 3000000000 into Go struct field DeploymentSpec.spec.replicas of type int32');
  });

  it('image as a number, env value as a number (no list indices in the path)', () => {
    expect(message(pod({ containers: [container({ image: 5 })] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal number into Go struct field Container.spec.containers.image of type string');
    const obj = deploy({ template: { spec: { containers: [container({ env: [{ name: 'PORT', value: 5432 }] })] } } });
    expect(message(obj, DEPLOY)).toBe(lead('Deployment')
      + 'json: cannot unmarshal number into Go struct field EnvVar.spec.template.spec.containers.env.value of type string');
  });

  it('label values must be strings', () => {
    expect(message(pod({ containers: [container()] }, { name: 'p', labels: { tier: 1 } }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.labels of type string');
    expect(message(pod({ containers: [container()] }, { name: 'p', labels: ['a'] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal array into Go struct field ObjectMeta.metadata.labels of type map[string]string');
  });

  it('names slices, structs and named Go types', () => {
    expect(message(pod({ containers: [container({ command: 'sleep 3600' })] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal string into Go struct field Container.spec.containers.command of type []string');
    expect(message(pod({ containers: { name: 'a' } }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal object into Go struct field PodSpec.spec.containers of type []v1.Container');
    expect(message(pod({ containers: [container({ imagePullPolicy: true })] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal bool into Go struct field Container.spec.containers.imagePullPolicy of type v1.PullPolicy');
    expect(message(pod({ containers: [container({ resources: { limits: ['1'] } })] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal array into Go struct field ResourceRequirements.spec.containers.resources.limits of type v1.ResourceList');
  });

  it('puts the embedded Go struct of a promoted field into the path', () => {
    expect(message(pod({ containers: [container()], volumes: [{ name: 'v', configMap: 'cfg' }] }), POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal string into Go struct field Volume.spec.volumes.VolumeSource.configMap of type v1.ConfigMapVolumeSource');
  });

  it('accepts quantities as strings or numbers and reports a bad one', () => {
    const ok = pod({ containers: [container({ resources: { requests: { cpu: 0.5, memory: '64Mi' }, limits: { cpu: 1 } } })] });
    expect(decodeStrict(ok, POD)).toEqual({ unknownFields: [], typeErrors: [] });
    expect(message(pod({ containers: [container({ resources: { limits: { memory: '1Gb' } } })] }), POD)).toBe(lead('Pod')
      + "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'");
    expect(message(pod({ containers: [container({ resources: { limits: { memory: '1mi' } } })] }), POD))
      .toBe(`${lead('Pod')}unable to parse quantity's suffix`);
  });

  it('accepts IntOrString as a number or a string, and reports anything else as int32', () => {
    const svc = (targetPort: unknown) => ({ apiVersion: 'v1', kind: 'Service', metadata: { name: 's' },
      spec: { ports: [{ port: 80, targetPort }] } });
    expect(decodeStrict(svc(8080), SERVICE).typeErrors).toEqual([]);
    expect(decodeStrict(svc('http'), SERVICE).typeErrors).toEqual([]);
    expect(message(svc(true), SERVICE)).toBe(lead('Service')
      + 'json: cannot unmarshal bool into Go struct field ServicePort.spec.ports.targetPort of type int32');
    expect(message(svc(80.5), SERVICE)).toBe(lead('Service')
      + 'json: cannot unmarshal number 80.5 into Go struct field ServicePort.spec.ports.targetPort of type int32');
  });

  it('checks Secret data is base64', () => {
    const secret = (data: unknown) => ({ apiVersion: 'v1', kind: 'Secret', metadata: { name: 's' }, data });
    expect(message(secret({ password: 'admin' }), SECRET)).toBe(`${lead('Secret')}illegal base64 data at input byte 4`);
    expect(decodeStrict(secret({ password: 'YWRtaW4=' }), SECRET).typeErrors).toEqual([]);
  });

  it('checks times with the RFC 3339 layout', () => {
    const obj = pod({ containers: [container()] }, { name: 'p', creationTimestamp: '2024-01-01' });
    expect(message(obj, POD)).toBe(
      `${lead('Pod')}parsing time "2024-01-01" as "2006-01-02T15:04:05Z07:00": cannot parse "" as "T"`);
    const num = pod({ containers: [container()] }, { name: 'p', creationTimestamp: 5 });
    expect(message(num, POD)).toBe(lead('Pod')
      + 'json: cannot unmarshal number into Go struct field ObjectMeta.metadata.creationTimestamp of type string');
  });

  it('accepts null anywhere', () => {
    expect(decodeStrict(pod({ containers: [container({ ports: null, image: null })], replicas: undefined }), POD))
      .toEqual({ unknownFields: [], typeErrors: [] });
  });

  it('reports only the first plain type error, and a type error hides unknown fields', () => {
    const obj = deploy({ replicas: '3', revisionHistoryLimit: 'x', bogus: 1 });
    expect(decodeStrict(obj, DEPLOY)).toEqual({ unknownFields: [], typeErrors: [
      'json: cannot unmarshal string into Go struct field DeploymentSpec.spec.replicas of type int32'] });
  });

  it('lets a failing custom decoder (Quantity) win over an earlier plain type error', () => {
    const obj = pod({ containers: [container({ image: 5, resources: { limits: { cpu: 'lots' } } })] });
    expect(decodeStrict(obj, POD).typeErrors).toEqual([
      "quantities must match the regular expression '^([+-]?[0-9.]+)([eEinumkKMGTP]*[-+]?[0-9]*)$'"]);
  });
});

describe('lenient field validation (Warn / Ignore)', () => {
  it('drops unknown fields without touching the input', () => {
    const obj = pod({ containers: [container({ foo: 1 })], bar: 2 });
    const snapshot = JSON.stringify(obj);
    expect(dropUnknownFields(obj, POD)).toEqual(pod({ containers: [container()] }));
    expect(JSON.stringify(obj)).toBe(snapshot);
  });

  it('returns the same object when nothing is unknown', () => {
    const obj = pod({ containers: [container()] });
    expect(dropUnknownFields(obj, POD)).toBe(obj);
  });

  it('gives one warning per unknown field, which kubectl prints as "Warning: …"', () => {
    const result = decodeStrict(pod({ containers: [container({ foo: 1 })], bar: 2 }), POD);
    expect(strictDecodingWarnings(result).map((w) => `Warning: ${w}`)).toEqual([
      'Warning: unknown field "spec.bar"',
      'Warning: unknown field "spec.containers[0].foo"',
    ]);
  });
});
