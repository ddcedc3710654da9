import { Random } from '../../lib/random';
import type { Cluster } from '../cluster';
import type { KubeObject } from '../api/object';
import { ingressObjects } from '../network/ingress-objects';
import { kubeadmConfigObjects } from './kubeadm-config';
import { nodeObject } from './nodes';
import { bootstrapPolicyObjects, kubeadmRbacObjects } from './rbac';
import { mirrorPod, staticPodManifests } from './static-pods';
import { coreServices, corednsObjects, flannelObjects, kubeProxyObjects, priorityClasses, storageObjects } from './system';
import { lacksRbacPolicy } from './restore-needs';

/**
 * The ~150 RBAC objects take their uids from a stream of their own (derived from the seed), so that
 * adding them left every other name, uid and address a seed gives as it was.
 */
const RBAC_STREAM = 0x72626163;

/**
 * Creates what `kubeadm init` + `kubeadm join` + a CNI manifest leave behind. Runs at the cluster's
 * birth time; `Cluster.create` then lets it settle and skips ahead to the start time.
 */
export function bootstrapDefaultCluster(cluster: Cluster): void {
  const { api, config, random, rt } = cluster;
  const must = (obj: KubeObject): KubeObject => {
    const res = api.create(obj);
    if (!res.ok) throw new Error(`bootstrap: ${obj.kind} ${obj.metadata.name}: ${res.status.message}`);
    return res.object;
  };
  for (const ns of ['default', 'kube-node-lease', 'kube-public', 'kube-system']) {
    must({ apiVersion: 'v1', kind: 'Namespace', metadata: { name: ns } });
  }
  cluster.settle();
  priorityClasses().forEach(must);
  const rbacRandom = new Random((config.seed ^ RBAC_STREAM) >>> 0);
  const onSideStream = (objects: KubeObject[]): void => {
    const main = random.state;
    random.setState(rbacRandom.state);
    objects.forEach(must);
    rbacRandom.setState(random.state);
    random.setState(main);
  };
  onSideStream(bootstrapPolicyObjects());
  const nodes = config.nodes.map((n) => must(nodeObject(n, config.version, random, rt.timestamp())));
  for (const node of nodes) {
    must({
      apiVersion: 'coordination.k8s.io/v1',
      kind: 'Lease',
      metadata: { name: node.metadata.name ?? '', namespace: 'kube-node-lease', ownerReferences: [{ apiVersion: 'v1', kind: 'Node', name: node.metadata.name ?? '', uid: node.metadata.uid ?? '' }] },
      spec: { holderIdentity: node.metadata.name ?? '', leaseDurationSeconds: 40, renewTime: rt.timestamp().replace('Z', '.000000Z') },
    });
  }
  coreServices().forEach(must);
  const apiserverIP = config.nodes.find((n) => n.controlPlane)?.internalIP ?? '192.168.1.10';
  must({
    apiVersion: 'v1', kind: 'Endpoints',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'endpointslice.kubernetes.io/skip-mirror': 'true' } },
    subsets: [{ addresses: [{ ip: apiserverIP }], ports: [{ name: 'https', port: 6443, protocol: 'TCP' }] }],
  });
  must({
    apiVersion: 'discovery.k8s.io/v1', kind: 'EndpointSlice',
    metadata: { name: 'kubernetes', namespace: 'default', labels: { 'kubernetes.io/service-name': 'kubernetes' } },
    addressType: 'IPv4',
    endpoints: [{ addresses: [apiserverIP], conditions: { ready: true } }],
    ports: [{ name: 'https', port: 6443, protocol: 'TCP' }],
  });
  const cp = config.nodes.find((n) => n.controlPlane) ?? config.nodes[0];
  const cpNode = nodes.find((n) => n.metadata.name === cp?.name);
  if (cp && cpNode) {
    for (const m of staticPodManifests(config.version, cp.internalIP)) {
      must(mirrorPod(m, { name: cp.name, uid: cpNode.metadata.uid ?? '' }, random.hex(32), `${rt.timestamp().replace('Z', '')}.${random.int(1e9).toString().padStart(9, '0')}Z`));
    }
  }
  onSideStream(kubeadmRbacObjects());
  [...corednsObjects(config.version), ...kubeProxyObjects(config.version), ...flannelObjects(), ...storageObjects(), ...ingressObjects()].forEach(must);
  // Last, and on the side stream, so that every name, uid and address before them is as it was.
  onSideStream(kubeadmConfigObjects(config));
}

/**
 * A cluster saved before the simulator stored the RBAC bootstrap policy has no ClusterRoles: the
 * API server's post-start hook would create them on its next start, and so does this, as of the
 * restore (an object the learner made under one of their names is left as it is).
 */
export function upgradeDefaultCluster(cluster: Cluster): void {
  const { api, config, random, store } = cluster;
  if (!lacksRbacPolicy((resource) => store.count(resource))) return;
  const main = random.state;
  random.setState(new Random((config.seed ^ RBAC_STREAM) >>> 0).state);
  for (const obj of [...bootstrapPolicyObjects(), ...kubeadmRbacObjects()]) api.create(obj);
  random.setState(main);
}
