// Cell rules of the printers for states the reference captures do not show.

import { describe, expect, it } from 'vitest';
import type { KubeObject } from '../../sim/api/object';
import { typeForKey, type ResourceType } from '../../sim/api/registry';
import { buildTable, type Cell } from './index';

const NOW = Date.UTC(2026, 10, 24, 15, 0, 0);
const ago = (s: number): string => new Date(NOW - s * 1000).toISOString().replace('.000Z', 'Z');

function cells(key: string, obj: Record<string, unknown>): Cell[] {
  const type = typeForKey(key) as ResourceType;
  const object = { apiVersion: type.group ? `${type.group}/${type.version}` : type.version, kind: type.kind, ...obj } as KubeObject;
  const table = buildTable(type, [object], NOW);
  return (table.rows[0] as { cells: Cell[] }).cells;
}
const meta = (name: string, age = 60, extra: Record<string, unknown> = {}) => ({ name, namespace: 'default', creationTimestamp: ago(age), ...extra });

describe('pod STATUS, READY, RESTARTS', () => {
  const pod = (status: Record<string, unknown>, spec: Record<string, unknown> = {}, metaExtra: Record<string, unknown> = {}) =>
    cells('pods', { metadata: meta('p', 300, metaExtra), spec: { containers: [{ name: 'a' }], ...spec }, status }).slice(0, 4);

  it('shows the init container that is running, or failing', () => {
    const inits = { initContainers: [{ name: 'i1' }, { name: 'i2' }] };
    expect(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'i1', state: { terminated: { exitCode: 0 } } }, { name: 'i2', state: { running: {} } }] }, inits)).toEqual(['p', '0/1', 'Init:1/2', '0']);
    expect(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'i1', restartCount: 3, state: { waiting: { reason: 'CrashLoopBackOff' } }, lastState: { terminated: { finishedAt: ago(30) } } }] }, inits)).toEqual([
      'p', '0/1', 'Init:CrashLoopBackOff', '3 (30s ago)',
    ]);
    expect(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'i1', state: { terminated: { exitCode: 2 } } }] }, inits)).toEqual(['p', '0/1', 'Init:ExitCode:2', '0']);
    expect(pod({ phase: 'Pending', initContainerStatuses: [{ name: 'i1', state: { terminated: { exitCode: 1, signal: 9 } } }] }, inits)).toEqual(['p', '0/1', 'Init:Signal:9', '0']);
  });

  it('counts started sidecars as containers and their restarts', () => {
    const spec = { initContainers: [{ name: 'side', restartPolicy: 'Always' }] };
    const status = {
      phase: 'Running',
      conditions: [{ type: 'Initialized', status: 'True' }],
      initContainerStatuses: [{ name: 'side', started: true, ready: true, restartCount: 1, state: { running: {} }, lastState: { terminated: { finishedAt: ago(100) } } }],
      containerStatuses: [{ name: 'a', ready: true, restartCount: 0, state: { running: {} } }],
    };
    expect(pod(status, spec)).toEqual(['p', '2/2', 'Running', '1 (100s ago)']);
  });

  it('lets the first container with a problem decide, and reports exit codes without a reason', () => {
    const status = {
      phase: 'Running',
      containerStatuses: [
        { name: 'a', ready: false, state: { terminated: { exitCode: 3 } } },
        { name: 'b', ready: false, state: { waiting: { reason: 'CrashLoopBackOff' } } },
      ],
    };
    expect(pod(status, { containers: [{ name: 'a' }, { name: 'b' }] })).toEqual(['p', '0/2', 'ExitCode:3', '0']);
  });

  it('turns Completed back into Running or NotReady while a container still runs', () => {
    const containers = { containers: [{ name: 'a' }, { name: 'b' }] };
    const statuses = [
      { name: 'a', ready: true, state: { running: {} } },
      { name: 'b', ready: false, state: { terminated: { exitCode: 0, reason: 'Completed' } } },
    ];
    expect(pod({ phase: 'Running', containerStatuses: statuses, conditions: [{ type: 'Ready', status: 'False' }] }, containers)).toEqual(['p', '1/2', 'NotReady', '0']);
    expect(pod({ phase: 'Running', containerStatuses: statuses, conditions: [{ type: 'Ready', status: 'True' }] }, containers)).toEqual(['p', '1/2', 'Running', '0']);
  });

  it('shows Terminating, Unknown for lost nodes, SchedulingGated and the pod reason', () => {
    const deleting = { deletionTimestamp: ago(5) };
    expect(pod({ phase: 'Running' }, {}, deleting)).toEqual(['p', '0/1', 'Terminating', '0']);
    expect(pod({ phase: 'Succeeded' }, {}, deleting)).toEqual(['p', '0/1', 'Succeeded', '0']);
    expect(pod({ phase: 'Running', reason: 'NodeLost' }, {}, deleting)).toEqual(['p', '0/1', 'Unknown', '0']);
    expect(pod({ phase: 'Failed', reason: 'Evicted' })).toEqual(['p', '0/1', 'Evicted', '0']);
    expect(pod({ phase: 'Pending', conditions: [{ type: 'PodScheduled', status: 'False', reason: 'SchedulingGated' }] })).toEqual(['p', '0/1', 'SchedulingGated', '0']);
  });

  it('shows readiness gates and the nominated node in the wide cells', () => {
    const row = cells('pods', {
      metadata: meta('p'),
      spec: { containers: [{ name: 'a' }], readinessGates: [{ conditionType: 'x/ok' }, { conditionType: 'x/lb' }] },
      status: { phase: 'Pending', nominatedNodeName: 'node02', conditions: [{ type: 'x/ok', status: 'True' }] },
    });
    expect(row.slice(5)).toEqual(['<none>', '<none>', 'node02', '1/2']);
  });
});

describe('other kinds', () => {
  it('jobs: running, parallel, suspended, failed', () => {
    const job = (spec: Record<string, unknown>, status: Record<string, unknown>) => cells('jobs.batch', { metadata: meta('j', 600), spec: { template: {}, ...spec }, status }).slice(0, 5);
    expect(job({ parallelism: 2 }, { succeeded: 1, startTime: ago(90) })).toEqual(['j', 'Running', '1/1 of 2', '90s', '10m']);
    expect(job({ completions: 5, suspend: true }, { conditions: [{ type: 'Suspended', status: 'True' }] })).toEqual(['j', 'Suspended', '0/5', '', '10m']);
    expect(job({ completions: 1 }, { conditions: [{ type: 'Failed', status: 'True' }], startTime: ago(600), completionTime: ago(300) })).toEqual(['j', 'Failed', '0/1', '5m', '10m']);
  });

  it('cronjobs: time zone, suspension, never scheduled', () => {
    expect(cells('cronjobs.batch', { metadata: meta('c'), spec: { schedule: '0 * * * *', timeZone: 'Etc/UTC', suspend: true, jobTemplate: { spec: { template: {} } } }, status: {} })).toEqual([
      'c', '0 * * * *', 'Etc/UTC', 'True', 0, '<none>', '60s', '', '', '<none>',
    ]);
  });

  it('services: ExternalName, headless, load balancer with addresses and external IPs', () => {
    const svc = (spec: Record<string, unknown>, status: Record<string, unknown> = {}) => cells('services', { metadata: meta('s'), spec, status }).slice(1, 5);
    expect(svc({ type: 'ExternalName', externalName: 'db.example.com' })).toEqual(['ExternalName', '<none>', 'db.example.com', '<none>']);
    expect(svc({ type: 'ClusterIP', clusterIP: 'None', clusterIPs: ['None'], ports: [{ port: 80, protocol: 'TCP' }] })).toEqual(['ClusterIP', 'None', '<none>', '80/TCP']);
    expect(
      svc(
        { type: 'LoadBalancer', clusterIPs: ['10.96.0.50'], externalIPs: ['1.2.3.4'], ports: [{ port: 443, nodePort: 30443, protocol: 'TCP' }] },
        { loadBalancer: { ingress: [{ ip: '203.0.113.9' }, { hostname: 'a-very-long-hostname.elb.example.com' }, { ip: '203.0.113.9' }] } },
      ),
    ).toEqual(['LoadBalancer', '10.96.0.50', '203.0.113.9,a-very-long-hostname.elb.example.com,1.2.3.4', '443:30443/TCP']);
  });

  it('endpoints and slices: at most three, then "+ N more..."', () => {
    const addresses = ['10.0.0.1', '10.0.0.2', '10.0.0.3', 'fd00::4'].map((ip) => ({ ip }));
    expect(cells('endpoints', { metadata: meta('e'), subsets: [{ addresses, ports: [{ port: 80 }, { port: 443 }] }] })[1]).toBe(
      '10.0.0.1:80,10.0.0.2:80,10.0.0.3:80 + 5 more...',
    );
    expect(cells('endpoints', { metadata: meta('e'), subsets: [{ addresses: [{ ip: 'fd00::1' }], ports: [{ port: 80 }] }] })[1]).toBe('[fd00::1]:80');
    expect(cells('endpoints', { metadata: meta('e') })[1]).toBe('<none>');
    expect(cells('endpointslices.discovery.k8s.io', { metadata: meta('s'), addressType: 'IPv4', ports: [{ name: 'http' }, {}], endpoints: [] }).slice(1, 4)).toEqual([
      'IPv4', 'http,*', '<unset>',
    ]);
  });

  it('ingresses: TLS ports, hosts beyond three, no host', () => {
    const rules = ['a.com', '', 'b.com', 'c.com', 'd.com'].map((host) => (host ? { host } : {}));
    expect(cells('ingresses.networking.k8s.io', { metadata: meta('i'), spec: { rules, tls: [{}] } }).slice(1, 5)).toEqual([
      '<none>', 'a.com,b.com,c.com + 2 more...', '', '80, 443',
    ]);
    expect(cells('ingresses.networking.k8s.io', { metadata: meta('i'), spec: {} })[2]).toBe('*');
  });

  it('rbac bindings, quotas, PDBs, network policies, ingress classes, priority classes, storage classes', () => {
    expect(
      cells('rolebindings.rbac.authorization.k8s.io', {
        metadata: meta('rb'),
        roleRef: { kind: 'ClusterRole', name: 'view' },
        subjects: [{ kind: 'User', name: 'jane' }, { kind: 'Group', name: 'devs' }, { kind: 'ServiceAccount', name: 'ci', namespace: 'tools' }, { kind: 'User', name: 'bob' }],
      }),
    ).toEqual(['rb', 'ClusterRole/view', '60s', 'jane, bob', 'devs', 'tools/ci']);
    expect(
      cells('resourcequotas', { metadata: meta('q'), status: { hard: { pods: '10', 'limits.cpu': '2', 'requests.memory': '1Gi' }, used: { pods: '3', 'requests.memory': '512Mi' } } }),
    ).toEqual(['q', 'pods: 3/10, requests.memory: 512Mi/1Gi', 'limits.cpu: 0/2', '60s']);
    expect(cells('poddisruptionbudgets.policy', { metadata: meta('pdb'), spec: { maxUnavailable: '25%' }, status: { disruptionsAllowed: 1 } })).toEqual([
      'pdb', 'N/A', '25%', 1, '60s',
    ]);
    expect(cells('networkpolicies.networking.k8s.io', { metadata: meta('np'), spec: { podSelector: {} } })).toEqual(['np', '<none>', '60s']);
    expect(cells('ingressclasses.networking.k8s.io', { metadata: meta('nginx'), spec: { controller: 'k8s.io/ingress-nginx', parameters: { apiGroup: 'k8s.example.com', kind: 'Params', name: 'p' } } })).toEqual([
      'nginx', 'k8s.io/ingress-nginx', 'Params.k8s.example.com/p', '60s',
    ]);
    expect(cells('priorityclasses.scheduling.k8s.io', { metadata: meta('high'), value: 1000, preemptionPolicy: 'Never' })).toEqual(['high', 1000, false, '60s', 'Never']);
    expect(cells('storageclasses.storage.k8s.io', { metadata: meta('fast'), provisioner: 'x' })).toEqual(['fast', 'x', 'Delete', 'Immediate', false, '60s']);
  });

  it('nodes: roles from both label styles, unknown status, cordoned', () => {
    const node = cells('nodes', {
      metadata: { name: 'n', creationTimestamp: ago(60), labels: { 'kubernetes.io/role': 'edge', 'node-role.kubernetes.io/worker': '', 'node-role.kubernetes.io/': '' } },
      spec: { unschedulable: true },
      status: {},
    });
    expect(node).toEqual(['n', 'Unknown,SchedulingDisabled', 'edge,worker', '60s', '', '<none>', '<none>', '<unknown>', '<unknown>', '<unknown>']);
  });

  it('events: series, missing first timestamp, no count', () => {
    const row = cells('events', {
      metadata: meta('e.1'),
      involvedObject: { kind: 'Pod', name: 'p' },
      type: 'Normal',
      reason: 'R',
      message: '  padded message  ',
      eventTime: `${ago(120).replace('Z', '')}.000000Z`,
      series: { count: 4, lastObservedTime: `${ago(10).replace('Z', '')}.000000Z` },
      reportingComponent: 'kubelet',
      reportingInstance: 'node01',
    });
    expect(row).toEqual(['10s', 'Normal', 'R', 'pod/p', '', 'kubelet, node01', 'padded message', '2m', 4, 'e.1']);
  });
});
