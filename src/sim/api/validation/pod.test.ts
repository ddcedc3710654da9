import { describe, expect, it } from 'vitest';
import { renderFieldError } from '../field-errors';
import { validateCreate, validateUpdate } from './index';

type Spec = Record<string, unknown>;
const pod = (spec: Spec, metadata: Spec = { name: 'web' }) => ({ apiVersion: 'v1', kind: 'Pod', metadata, spec });
const nginx = (extra: Spec = {}): Spec => ({ name: 'nginx', image: 'nginx:1.27', ...extra });
const render = (errs: Parameters<typeof renderFieldError>[0][]): string[] => errs.map(renderFieldError);

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name',  or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";

describe('Pod create', () => {
  const cases: Array<[string, ReturnType<typeof pod>, string[]]> = [
    ['a valid pod', pod({ containers: [nginx({ ports: [{ containerPort: 80, name: 'http' }] })] }), []],
    ['no name', pod({ containers: [nginx()] }, {}), ['metadata.name: Required value: name or generateName is required']],
    ['generateName with a trailing dash', pod({ containers: [nginx()] }, { generateName: 'web-', name: 'web-x7k2p' }), []],
    ['bad name', pod({ containers: [nginx()] }, { name: 'Web_1' }), [`metadata.name: Invalid value: "Web_1": ${SUBDOMAIN}`]],
    [
      'bad labels',
      pod({ containers: [nginx()] }, { name: 'web', labels: { 'my app': 'x', tier: 'front end' } }),
      [
        "metadata.labels: Invalid value: \"my app\": name part must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyName',  or 'my.name',  or '123-abc', regex used for validation is '([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]')",
        "metadata.labels: Invalid value: \"front end\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
      ],
    ],
    ['no containers', pod({ containers: [] }), ['spec.containers: Required value']],
    ['containers missing', pod({}), ['spec.containers: Required value']],
    [
      'container without name and image',
      pod({ containers: [{}] }),
      ['spec.containers[0].name: Required value', 'spec.containers[0].image: Required value'],
    ],
    ['container name not a DNS label', pod({ containers: [nginx({ name: 'Nginx' })] }), [`spec.containers[0].name: Invalid value: "Nginx": ${LABEL}`]],
    ['duplicate container names', pod({ containers: [nginx(), nginx()] }), ['spec.containers[1].name: Duplicate value: "nginx"']],
    ['image with a trailing space', pod({ containers: [nginx({ image: 'nginx ' })] }), ['spec.containers[0].image: Invalid value: "nginx ": must not have leading or trailing whitespace']],
    [
      'ports out of range and a bad protocol',
      pod({ containers: [nginx({ ports: [{ containerPort: 0 }, { containerPort: 70000, hostPort: -1, protocol: 'HTTP' }] })] }),
      [
        'spec.containers[0].ports[0].containerPort: Required value',
        'spec.containers[0].ports[1].containerPort: Invalid value: 70000: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[1].hostPort: Invalid value: -1: must be between 1 and 65535, inclusive',
        'spec.containers[0].ports[1].protocol: Unsupported value: "HTTP": supported values: "SCTP", "TCP", "UDP"',
      ],
    ],
    [
      'bad and duplicate port names',
      pod({ containers: [nginx({ ports: [{ containerPort: 80, name: 'web-http-server-1' }, { containerPort: 81, name: 'web' }, { containerPort: 82, name: 'web' }] })] }),
      [
        'spec.containers[0].ports[0].name: Invalid value: "web-http-server-1": must be no more than 15 characters',
        'spec.containers[0].ports[2].name: Duplicate value: "web"',
      ],
    ],
    [
      'host port used twice',
      pod({ containers: [nginx({ ports: [{ containerPort: 80, hostPort: 8080 }] }), { name: 'side', image: 'busybox', ports: [{ containerPort: 81, hostPort: 8080 }] }] }),
      ['spec.containers[1].ports[0].hostPort: Duplicate value: "TCP//8080"'],
    ],
    [
      'restartPolicy and dnsPolicy values',
      pod({ containers: [nginx()], restartPolicy: 'Sometimes', dnsPolicy: 'Google' }),
      [
        'spec.restartPolicy: Unsupported value: "Sometimes": supported values: "Always", "OnFailure", "Never"',
        'spec.dnsPolicy: Unsupported value: "Google": supported values: "ClusterFirstWithHostNet", "ClusterFirst", "Default", "None"',
      ],
    ],
    [
      'mount of a volume that does not exist',
      pod({ containers: [nginx({ volumeMounts: [{ name: 'data', mountPath: '/data' }] })] }),
      ['spec.containers[0].volumeMounts[0].name: Not found: "data"'],
    ],
    [
      'mount without a path, mounted twice',
      pod({
        volumes: [{ name: 'data', emptyDir: {} }],
        containers: [nginx({ volumeMounts: [{ name: 'data', mountPath: '' }, { name: 'data', mountPath: '' }] })],
      }),
      [
        'spec.containers[0].volumeMounts[0].mountPath: Required value',
        'spec.containers[0].volumeMounts[1].mountPath: Required value',
        'spec.containers[0].volumeMounts[1].mountPath: Invalid value: "": must be unique',
      ],
    ],
    [
      'volumes: duplicate name, two types, missing fields (no source means emptyDir)',
      pod({
        volumes: [
          { name: 'data', emptyDir: {} },
          { name: 'data', emptyDir: {} },
          { name: 'cfg' },
          { name: 'both', emptyDir: {}, hostPath: { path: '/tmp' } },
          { name: 'claim', persistentVolumeClaim: {} },
          { name: 'sec', secret: { defaultMode: 999 } },
          { name: 'cm', configMap: { name: 'app', items: [{ key: 'a', path: '/etc/a' }] } },
        ],
        containers: [nginx({ volumeMounts: [{ name: 'cfg', mountPath: '/cfg' }, { name: 'both', mountPath: '/both' }] })],
      }),
      [
        'spec.volumes[1].name: Duplicate value: "data"',
        'spec.volumes[3].hostPath: Forbidden: may not specify more than 1 volume type',
        'spec.volumes[4].persistentVolumeClaim.claimName: Required value',
        'spec.volumes[5].secret.secretName: Required value',
        'spec.volumes[5].secret.defaultMode: Invalid value: 999: must be a number between 0 and 0777 (octal), both inclusive',
        'spec.volumes[6].configMap.items[0].path: Invalid value: "/etc/a": must be a relative path',
        'spec.containers[0].volumeMounts[1].name: Not found: "both"',
      ],
    ],
    [
      'resources: request above limit, negative, unknown resource',
      pod({
        containers: [
          nginx({ resources: { requests: { cpu: '1', memory: '256Mi' }, limits: { cpu: '500m', memory: '-1Gi' } } }),
          { name: 'side', image: 'busybox', resources: { limits: { cpus: '1' } } },
        ],
      }),
      [
        'spec.containers[0].resources.limits[memory]: Invalid value: "-1Gi": must be greater than or equal to 0',
        'spec.containers[0].resources.requests: Invalid value: "1": must be less than or equal to cpu limit of 500m',
        'spec.containers[0].resources.requests: Invalid value: "256Mi": must be less than or equal to memory limit of -1Gi',
        'spec.containers[1].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource type or fully qualified',
        'spec.containers[1].resources.limits[cpus]: Invalid value: "cpus": must be a standard resource for containers',
      ],
    ],
    [
      'requests are canonicalised in messages',
      pod({ containers: [nginx({ resources: { requests: { memory: '2048Mi' }, limits: { memory: '1Gi' } } })] }),
      ['spec.containers[0].resources.requests: Invalid value: "2Gi": must be less than or equal to memory limit of 1Gi'],
    ],
    [
      'extended resources must not be overcommitted',
      pod({ containers: [nginx({ resources: { requests: { 'nvidia.com/gpu': '1' } } })] }),
      ['spec.containers[0].resources.limits: Required value: Limit must be set for non overcommitable resources'],
    ],
    [
      'env: missing name, "=" in name, valueFrom problems',
      pod({
        containers: [
          nginx({
            env: [
              { value: 'x' },
              { name: 'A=B', value: 'x' },
              { name: 'EMPTY', valueFrom: {} },
              { name: 'BOTH', value: 'x', valueFrom: { configMapKeyRef: { name: 'cfg', key: 'k' } } },
              { name: 'KEY', valueFrom: { secretKeyRef: { name: 'db', key: '' } } },
              { name: 'POD', valueFrom: { fieldRef: { fieldPath: 'status.phase' } } },
              { name: 'BAD', valueFrom: { fieldRef: { fieldPath: 'spec.foo' } } },
            ],
          }),
        ],
      }),
      [
        'spec.containers[0].env[0].name: Required value',
        "spec.containers[0].env[1].name: Invalid value: \"A=B\": a valid environment variable name must consist only of printable ASCII characters other than '='",
        'spec.containers[0].env[2].valueFrom: Invalid value: "": must specify one of: `fieldRef`, `resourceFieldRef`, `configMapKeyRef` or `secretKeyRef`',
        'spec.containers[0].env[3].valueFrom: Invalid value: "": may not be specified when `value` is not empty',
        'spec.containers[0].env[4].valueFrom.secretKeyRef.key: Required value',
        'spec.containers[0].env[5].valueFrom.fieldRef.fieldPath: Unsupported value: "status.phase": supported values: "metadata.name", "metadata.namespace", "metadata.uid", "spec.nodeName", "spec.serviceAccountName", "status.hostIP", "status.hostIPs", "status.podIP", "status.podIPs"',
        'spec.containers[0].env[6].valueFrom.fieldRef.fieldPath: Invalid value: "spec.foo": error converting fieldPath: field label not supported: spec.foo',
      ],
    ],
    [
      'envFrom without a source',
      pod({ containers: [nginx({ envFrom: [{ prefix: 'APP_' }] })] }),
      ['spec.containers[0].envFrom: Invalid value: "": must specify one of: `configMapRef` or `secretRef`'],
    ],
    [
      'probes: no handler, bad port, negative delay, liveness success threshold',
      pod({
        containers: [
          nginx({
            livenessProbe: { initialDelaySeconds: -5, successThreshold: 2 },
            readinessProbe: { httpGet: { path: '/healthz', port: 0 } },
            startupProbe: { tcpSocket: { port: 'web_port' } },
          }),
        ],
      }),
      [
        'spec.containers[0].livenessProbe: Required value: must specify a handler type',
        'spec.containers[0].livenessProbe.initialDelaySeconds: Invalid value: -5: must be greater than or equal to 0',
        'spec.containers[0].livenessProbe.successThreshold: Invalid value: 2: must be 1',
        'spec.containers[0].readinessProbe.httpGet.port: Invalid value: 0: must be between 1 and 65535, inclusive',
        'spec.containers[0].startupProbe.tcpSocket.port: Invalid value: "web_port": must contain only alpha-numeric characters (a-z, 0-9), and hyphens (-)',
      ],
    ],
    [
      'probe with two handlers',
      pod({ containers: [nginx({ readinessProbe: { exec: { command: ['true'] }, httpGet: { port: 80 } } })] }),
      ['spec.containers[0].readinessProbe.httpGet: Forbidden: may not specify more than 1 handler type'],
    ],
    [
      'init container with a probe and a duplicate name',
      pod({ initContainers: [{ name: 'nginx', image: 'busybox', livenessProbe: { exec: { command: ['true'] } } }], containers: [nginx()] }),
      [
        'spec.initContainers[0].name: Duplicate value: "nginx"',
        'spec.initContainers[0].livenessProbe: Forbidden: may not be set for init containers without restartPolicy=Always',
      ],
    ],
    [
      'tolerations',
      pod({
        containers: [nginx()],
        tolerations: [
          { operator: 'Equal', value: 'x' },
          { key: 'gpu', operator: 'Exists', value: 'yes' },
          { key: 'gpu', operator: 'Equal', value: 'yes', effect: 'NoSchedule', tolerationSeconds: 30 },
          { key: 'gpu', operator: 'Like', effect: 'Sometimes' },
        ],
      }),
      [
        'spec.tolerations[0].operator: Invalid value: "Equal": operator must be Exists when `key` is empty, which means "match all values and all keys"',
        "spec.tolerations[1].operator: Invalid value: \"yes\": value must be empty when `operator` is 'Exists'",
        "spec.tolerations[2].effect: Invalid value: \"NoSchedule\": effect must be 'NoExecute' when `tolerationSeconds` is set",
        'spec.tolerations[3].operator: Unsupported value: "Like": supported values: "Equal", "Exists"',
        'spec.tolerations[3].effect: Unsupported value: "Sometimes": supported values: "NoSchedule", "PreferNoSchedule", "NoExecute"',
      ],
    ],
    [
      'node selector, service account, activeDeadlineSeconds',
      pod({ containers: [nginx()], nodeSelector: { disk: 'fast ssd' }, serviceAccountName: 'My_SA', activeDeadlineSeconds: 0 }),
      [
        "spec.nodeSelector: Invalid value: \"fast ssd\": a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character (e.g. 'MyValue',  or 'my_value',  or '12345', regex used for validation is '(([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9])?')",
        `spec.serviceAccountName: Invalid value: "My_SA": ${SUBDOMAIN}`,
        'spec.activeDeadlineSeconds: Invalid value: 0: must be between 1 and 2147483647, inclusive',
      ],
    ],
    [
      'hostNetwork needs hostPort = containerPort',
      pod({ hostNetwork: true, containers: [nginx({ ports: [{ containerPort: 80, hostPort: 8080 }] })] }),
      ['spec.containers[0].ports[0].hostPort: Invalid value: 8080: must match `containerPort` when `hostNetwork` is true'],
    ],
    ['ephemeral containers on create', pod({ containers: [nginx()], ephemeralContainers: [{ name: 'debug', image: 'busybox' }] }), ['spec.ephemeralContainers: Forbidden: cannot be set on create']],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateCreate(obj))).toEqual(expected);
  });
});

describe('Pod update', () => {
  const old = pod({ containers: [nginx()], restartPolicy: 'Always', tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 60 }] });
  const FIELDS =
    'pod updates may not change fields other than `spec.containers[*].image`,`spec.initContainers[*].image`,`spec.activeDeadlineSeconds`,`spec.tolerations` (only additions to existing tolerations),`spec.terminationGracePeriodSeconds` (allow it to be set to 1 if it was previously negative)';
  const with_ = (spec: Spec) => pod({ ...old.spec, ...spec });
  const cases: Array<[string, ReturnType<typeof pod>, string[]]> = [
    ['image change is allowed', with_({ containers: [nginx({ image: 'nginx:1.28' })] }), []],
    ['label change is allowed', pod(old.spec, { name: 'web', labels: { tier: 'web' } }), []],
    [
      'toleration seconds may change, new tolerations may be added',
      with_({ tolerations: [{ key: 'a', operator: 'Exists', effect: 'NoExecute', tolerationSeconds: 10 }, { key: 'b', operator: 'Exists' }] }),
      [],
    ],
    ['toleration removed', with_({ tolerations: [] }), ['spec.tolerations: Forbidden: existing toleration can not be modified except its tolerationSeconds']],
    ['container added', with_({ containers: [nginx(), { name: 'side', image: 'busybox' }] }), ['spec.containers: Forbidden: pod updates may not add or remove containers']],
    ['image emptied', with_({ containers: [nginx({ image: '' })] }), ['spec.containers[0].image: Required value', 'spec.containers[0].image: Required value']],
    [
      'restartPolicy changed',
      with_({ restartPolicy: 'Never' }),
      [`spec: Forbidden: ${FIELDS}\n  core.PodSpec{\n  \t... // 4 identical fields\n- \tRestartPolicy: "Always",\n+ \tRestartPolicy: "Never",\n  \t... // 29 identical fields\n  }\n`],
    ],
    [
      'resources changed',
      with_({ containers: [nginx({ resources: { limits: { cpu: '1' } } })] }),
      [
        `spec: Forbidden: ${FIELDS}\n  core.PodSpec{\n  \t... // 2 identical fields\n- \tContainers: {{Name: "nginx", Image: "nginx:1.27"}},\n+ \tContainers: {{Name: "nginx", Image: "nginx:1.27", Resources: {Limits: {"cpu": "1"}}}},\n  \t... // 31 identical fields\n  }\n`,
      ],
    ],
    ['activeDeadlineSeconds may only shrink', pod({ ...old.spec, activeDeadlineSeconds: 60 }), []],
  ];
  it.each(cases)('%s', (_name, obj, expected) => {
    expect(render(validateUpdate(obj, old))).toEqual(expected);
  });

  it('rejects a longer activeDeadlineSeconds and removing it', () => {
    const limited = pod({ ...old.spec, activeDeadlineSeconds: 60 });
    expect(render(validateUpdate(pod({ ...old.spec, activeDeadlineSeconds: 120 }), limited))).toEqual([
      'spec.activeDeadlineSeconds: Invalid value: 120: must be less than or equal to previous value',
    ]);
    expect(render(validateUpdate(old, limited))).toEqual(['spec.activeDeadlineSeconds: Invalid value: null: must not update from a positive integer to nil value']);
  });
});
