import { describe, expect, it } from 'vitest';
import { typeForKey, type ResourceType } from '../../sim/api/registry';
import { invalid, notFound, unreasoned } from '../../sim/api/status';
import { aggregate, messageError, rawError, renderError, statusError, usageError } from './errors';

const deployments = typeForKey('deployments.apps') as ResourceType;
const pods = typeForKey('pods') as ResourceType;

describe('renderError (cmdutil.CheckErr)', () => {
  it('prefixes API errors with their reason', () => {
    expect(renderError(statusError(notFound(pods, 'x')))).toBe('Error from server (NotFound): pods "x" not found\n');
    expect(renderError(statusError(unreasoned(500, 'etcdserver: request is too large')))).toBe('Error from server: etcdserver: request is too large\n');
  });

  it('prints one Invalid cause on the header line', () => {
    const msg = 'metadata.name: Invalid value: "Web_2": a lowercase RFC 1123 subdomain must consist of …';
    const err = statusError(invalid(deployments, 'Web_2', msg, [{ reason: 'FieldValueInvalid', field: 'metadata.name', message: 'Invalid value: "Web_2": a lowercase RFC 1123 subdomain must consist of …' }]));
    expect(renderError(err)).toBe(`The Deployment "Web_2" is invalid: ${msg}\n`);
  });

  it('lists several Invalid causes under a header that keeps its trailing space', () => {
    const err = statusError(
      invalid(deployments, 'web', '[a, b]', [
        { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
        { field: 'spec.template.spec.containers[0].image', message: 'Required value' },
        { field: 'spec.replicas', message: 'Invalid value: -1: must be greater than or equal to 0' },
      ]),
    );
    expect(renderError(err)).toBe(
      'The Deployment "web" is invalid: \n' +
        '* spec.replicas: Invalid value: -1: must be greater than or equal to 0\n' +
        '* spec.template.spec.containers[0].image: Required value\n',
    );
  });

  it('prefixes client errors once', () => {
    expect(renderError(messageError('boom'))).toBe('error: boom\n');
    expect(renderError(messageError('error: boom'))).toBe('error: boom\n');
    expect(renderError(usageError('kubectl get', 'Required resource not specified.'))).toBe(
      "error: Required resource not specified.\nSee 'kubectl get -h' for help and examples\n",
    );
    expect(renderError(rawError('Error in configuration: x\n'))).toBe('Error in configuration: x\n');
  });

  it('prints aggregates one line per error, without adding error: prefixes', () => {
    const err = aggregate([statusError(notFound(pods, 'a')), messageError('plain'), statusError(notFound(pods, 'b'))]);
    expect(err && renderError(err)).toBe('Error from server (NotFound): pods "a" not found\nplain\nError from server (NotFound): pods "b" not found\n');
    const single = aggregate([messageError('only')]);
    expect(single && renderError(single)).toBe('error: only\n');
    expect(aggregate([])).toBeUndefined();
  });
});
