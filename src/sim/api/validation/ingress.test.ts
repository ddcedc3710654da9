import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate } from './index';

type Obj = Record<string, unknown>;
const backend = (name = 'web', port: Obj = { number: 80 }): Obj => ({ service: { name, port } });
const rule = (paths: Obj[], host?: string): Obj => ({ ...(host ? { host } : {}), http: { paths } });
const ing = (spec: Obj, metadata: Obj = { name: 'web' }) => ({ apiVersion: 'networking.k8s.io/v1', kind: 'Ingress', metadata, spec });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

describe('Ingress', () => {
  const cases: Array<[string, ReturnType<typeof ing>, string[]]> = [
    ['a valid ingress', ing({ ingressClassName: 'nginx', rules: [rule([{ path: '/', pathType: 'Prefix', backend: backend() }], 'shop.example.com')] }), []],
    ['no rules and no default backend', ing({}), ['spec: Invalid value: null: either `defaultBackend` or `rules` must be specified']],
    ['a default backend alone', ing({ defaultBackend: backend('web', { name: 'http' }) }), []],
    ['pathType missing', ing({ rules: [rule([{ path: '/', backend: backend() }])] }), ['spec.rules[0].http.paths[0].pathType: Required value: pathType must be specified']],
    [
      'pathType unknown',
      ing({ rules: [rule([{ path: '/', pathType: 'Regex', backend: backend() }])] }),
      ['spec.rules[0].http.paths[0].pathType: Unsupported value: "Regex": supported values: "Exact", "ImplementationSpecific", "Prefix"'],
    ],
    [
      'relative and unsafe paths',
      ing({ rules: [rule([{ path: 'api', pathType: 'Prefix', backend: backend() }, { path: '/a//b/..', pathType: 'Exact', backend: backend() }])] }),
      [
        'spec.rules[0].http.paths[0].path: Invalid value: "api": must be an absolute path',
        "spec.rules[0].http.paths[1].path: Invalid value: \"/a//b/..\": must not contain '//'",
        "spec.rules[0].http.paths[1].path: Invalid value: \"/a//b/..\": cannot end with '/..'",
      ],
    ],
    [
      'backend problems',
      ing({
        rules: [
          rule([
            { path: '/a', pathType: 'Prefix', backend: backend('web', {}) },
            { path: '/b', pathType: 'Prefix', backend: backend('web', { name: 'http', number: 80 }) },
            { path: '/c', pathType: 'Prefix', backend: backend('Web', { number: 0 }) },
            { path: '/d', pathType: 'Prefix', backend: {} },
          ]),
        ],
      }),
      [
        'spec.rules[0].http.paths[0].backend: Required value: port name or number is required',
        'spec.rules[0].http.paths[1].backend: Invalid value: "": cannot set both port name & port number',
        "spec.rules[0].http.paths[2].backend.service.name: Invalid value: \"Web\": a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')",
        'spec.rules[0].http.paths[2].backend: Required value: port name or number is required',
        'spec.rules[0].http.paths[3].backend: Invalid value: "": resource or service backend is required',
      ],
    ],
    [
      'host is an IP address',
      ing({ rules: [rule([{ path: '/', pathType: 'Prefix', backend: backend() }], '10.0.0.1')] }),
      ['spec.rules[0].host: Invalid value: "10.0.0.1": must be a DNS name, not an IP address'],
    ],
    ['a rule without paths', ing({ rules: [rule([])] }), ['spec.rules[0].http.paths: Required value']],
    [
      'class annotation disagrees with the field',
      ing({ ingressClassName: 'nginx', defaultBackend: backend() }, { name: 'web', annotations: { 'kubernetes.io/ingress.class': 'traefik' } }),
      ['annotations.kubernetes.io/ingress.class: Invalid value: "traefik": must match `ingressClassName` when both are specified'],
    ],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});
