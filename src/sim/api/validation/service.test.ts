import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Obj = Record<string, unknown>;
const svc = (spec: Obj, name = 'web') => ({ apiVersion: 'v1', kind: 'Service', metadata: { name }, spec: { selector: { app: 'web' }, ports: [{ port: 80 }], ...spec } });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name',  or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

describe('Service create', () => {
  const cases: Array<[string, ReturnType<typeof svc>, string[]]> = [
    ['a valid ClusterIP service', svc({ ports: [{ port: 80, targetPort: 8080 }] }), []],
    ['a named target port', svc({ ports: [{ port: 80, targetPort: 'http' }] }), []],
    ['name must be a DNS-1035 label', svc({}, '1web'), [`metadata.name: Invalid value: "1web": ${DNS1035}`]],
    ['no ports', svc({ ports: [] }), ['spec.ports: Required value']],
    ['a headless service needs no ports', svc({ ports: [], clusterIP: 'None' }), []],
    [
      'several ports need names, and distinct ones',
      svc({ ports: [{ port: 80 }, { name: 'https', port: 443 }, { name: 'https', port: 8443 }] }),
      ['spec.ports[0].name: Required value', 'spec.ports[2].name: Duplicate value: "https"'],
    ],
    [
      'port number, protocol and target port',
      svc({ ports: [{ port: 0, protocol: 'HTTP', targetPort: 70000 }] }),
      [
        'spec.ports[0].port: Invalid value: 0: must be between 1 and 65535, inclusive',
        'spec.ports[0].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
        'spec.ports[0].targetPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
      ],
    ],
    [
      'the same port twice',
      svc({ ports: [{ name: 'a', port: 80 }, { name: 'b', port: 80 }] }),
      ['spec.ports[1]: Duplicate value: {"Name":"","Protocol":"TCP","AppProtocol":null,"Port":80,"TargetPort":0,"NodePort":0}'],
    ],
    ['an unknown type', svc({ type: 'Public' }), ['spec.type: Unsupported value: "Public": supported values: "ClusterIP", "ExternalName", "LoadBalancer", "NodePort"']],
    ['nodePort on a ClusterIP service', svc({ ports: [{ port: 80, nodePort: 30080 }] }), ["spec.ports[0].nodePort: Forbidden: may not be used when `type` is 'ClusterIP'"]],
    [
      'nodePort out of range (reported alone, before validation)',
      svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 8080 }] }, 'Bad_Name'),
      ['spec.ports[0].nodePort: Invalid value: 8080: provided port is not in the valid range. The range of valid ports is 30000-32767'],
    ],
    ['a NodePort service in range', svc({ type: 'NodePort', ports: [{ port: 80, nodePort: 30080 }] }), []],
    ['headless NodePort', svc({ type: 'NodePort', clusterIP: 'None' }), ["spec.clusterIPs[0]: Invalid value: \"None\": may not be set to 'None' for NodePort services"]],
    ['ExternalName without a name', svc({ type: 'ExternalName', ports: [] }), ['spec.externalName: Required value']],
    [
      'ExternalName with a bad name',
      svc({ type: 'ExternalName', externalName: 'db_host.example.com' }),
      [
        "spec.externalName: Invalid value: \"db_host.example.com\": a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
      ],
    ],
    [
      'selector label value and session affinity',
      svc({ selector: { app: 'web server' }, sessionAffinity: 'Sticky' }),
      [
        "spec.selector: Invalid value: \"web server\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        'spec.sessionAffinity: Unsupported value: "Sticky": supported values: "ClientIP", "None"',
      ],
    ],
    ['a malformed clusterIP', svc({ clusterIP: '10.96.0.300' }), ['spec.clusterIPs[0]: Invalid value: "10.96.0.300": must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)']],
    ['externalTrafficPolicy on ClusterIP', svc({ externalTrafficPolicy: 'Local' }), ['spec.externalTrafficPolicy: Invalid value: "Local": may only be set for externally-accessible services']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('Service update', () => {
  const old = svc({ clusterIP: '10.96.12.7', clusterIPs: ['10.96.12.7'] });
  it('keeps an allocated clusterIP when the update leaves it out', () => {
    expect(render(validateUpdate(svc({ ports: [{ port: 8080 }] }), old))).toEqual([]);
  });

  it('refuses a different clusterIP', () => {
    expect(render(validateUpdate(svc({ clusterIP: 'None' }), old))).toEqual(['spec.clusterIPs[0]: Invalid value: ["None"]: may not change once set']);
  });
});
