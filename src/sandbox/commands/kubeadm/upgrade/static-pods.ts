/**
 * The control-plane phase of `kubeadm upgrade`: for etcd, kube-apiserver, kube-controller-manager
 * and kube-scheduler in turn, the manifest kubeadm would write for the target version; when it
 * differs from the running one, the component's certificates renewed, the old manifest backed up,
 * the new one moved into /etc/kubernetes/manifests, and the kubelet's answer awaited: it stops the
 * old static pod and starts the new one, whose mirror pod (a new uid, a new config hash) appears
 * in the API as soon as the kubelet syncs.
 */
import type { Node, Pod } from 'kubernetes-types/core/v1';
import { fnv32a } from '../../../../lib/hash';
import { typeForKey, type KubeObject } from '../../../../sim';
import { mirrorPod, staticPodManifests } from '../../../../sim/bootstrap/static-pods';
import { staticPodFiles } from '../../../files/manifests';
import { CERTIFICATES } from '../certs';
import { contactApiServer, readFile, writeFile, type KubeadmContext } from '../context';
import { renewOne } from '../renew';
import { backupStamp, tempSuffix } from './klog';
import { addonsOf } from './versions';

const CERTS: Record<string, string[]> = {
  etcd: ['etcd-server', 'etcd-peer', 'etcd-healthcheck-client'],
  'kube-apiserver': ['apiserver', 'apiserver-kubelet-client', 'front-proxy-client', 'apiserver-etcd-client'],
  'kube-controller-manager': ['controller-manager.conf'],
  'kube-scheduler': ['scheduler.conf'],
};

/** kubeadm waits up to five minutes for each component (UpgradeManifests timeout). */
const TIMEOUT_MS = 5 * 60_000;

export interface ControlPlaneOptions {
  version: string;
  /** The kubeadm binary's version: its etcd is the one it deploys. */
  kubeadm: string;
  etcdUpgrade: boolean;
  renewCerts: boolean;
}

const running = (pod: Pod | undefined): boolean => pod?.status?.phase === 'Running' && pod.status.containerStatuses?.every((c) => c.ready) === true;

function sameContainer(a: Pod | undefined, image: string, command: string[]): boolean {
  const c = a?.spec?.containers?.[0];
  return c?.image === image && JSON.stringify(c.command ?? []) === JSON.stringify(command);
}

/** Returns false after printing the error when a component did not come back. */
export function upgradeControlPlane(ctx: KubeadmContext, opts: ControlPlaneOptions): boolean {
  const { cluster } = ctx.svc;
  const node = cluster.config.nodes.find((n) => n.controlPlane);
  const nodeObj = node ? cluster.api.peek<Node & KubeObject>('nodes', undefined, node.name) : undefined;
  if (!node || !nodeObj) return true;
  const out = (s: string) => ctx.out.out(s);
  out(`[upgrade/staticpods] Writing new Static Pod manifests to "/etc/kubernetes/tmp/kubeadm-upgraded-manifests${tempSuffix(ctx.now, 'upgraded')}"\n`);
  const backup = `/etc/kubernetes/tmp/kubeadm-backup-manifests-${backupStamp(ctx.now)}`;
  const etcdImage = `registry.k8s.io/etcd:${addonsOf(opts.kubeadm).etcd}`;
  for (const m of staticPodManifests(opts.version, node.internalIP).map((s) => (s.component === 'etcd' ? { ...s, image: etcdImage } : s))) {
    if (m.component === 'etcd' && !opts.etcdUpgrade) continue;
    const name = `${m.component}-${node.name}`;
    const old = cluster.api.peek<Pod & KubeObject>('pods', 'kube-system', name);
    out(`[upgrade/staticpods] Preparing for "${m.component}" upgrade\n`);
    if (sameContainer(old, m.image, m.command)) {
      out(`[upgrade/staticpods] Current and new manifests of ${m.component} are equal, skipping upgrade\n`);
      continue;
    }
    if (opts.renewCerts) {
      for (const cert of CERTS[m.component] ?? []) {
        const h = CERTIFICATES.find((c) => c.name === cert);
        out(`[upgrade/staticpods] Renewing ${cert} certificate\n`);
        if (h && !renewOne(ctx, h, true)) return false;
      }
    }
    const path = `/etc/kubernetes/manifests/${m.component}.yaml`;
    out(`[upgrade/staticpods] Moving new manifest to "${path}" and backing up old manifest to "${backup}/${m.component}.yaml"\n`);
    const previous = readFile(ctx, path);
    ctx.io.fs.mkdir(backup, { parents: true });
    if ('text' in previous) writeFile(ctx, `${backup}/${m.component}.yaml`, previous.text, 0o600);
    // The kubelet sees the new file: it stops the old pod and posts the new one's mirror.
    const pods = typeForKey('pods');
    if (old && pods) cluster.api.delete(pods, 'kube-system', name, { gracePeriodSeconds: 0 });
    const now = new Date(ctx.svc.clock.now()).toISOString().replace(/\.\d+Z$/, '');
    const hash = (fnv32a(`${m.image}:${ctx.now}`) >>> 0).toString(16).padStart(8, '0').repeat(4);
    cluster.api.create(mirrorPod(m, { name: node.name, uid: nodeObj.metadata.uid ?? '' }, hash, `${now}.${String(fnv32a(hash) % 1e9).padStart(9, '0')}Z`));
    const text = staticPodFiles(cluster, node.name)[`${m.component}.yaml`];
    if (text !== undefined) writeFile(ctx, path, text, 0o600);
    out('[upgrade/staticpods] Waiting for the kubelet to restart the component\n[upgrade/staticpods] This can take up to 5m0s\n');
    const deadline = ctx.svc.clock.now() + TIMEOUT_MS;
    while (!running(cluster.api.peek<Pod>('pods', 'kube-system', name)) && ctx.svc.clock.now() < deadline) ctx.svc.clock.sleep(1000);
    if (!running(cluster.api.peek<Pod>('pods', 'kube-system', name))) {
      ctx.out.fail(`error execution phase control-plane: couldn't complete the static pod upgrade: couldn't upgrade control plane. kubeadm has tried to recover everything into the earlier state. Errors faced: static Pod hash for component ${m.component} on Node ${node.name} did not change after 5m0s: timed out waiting for the condition\nTo see the stack trace of this error execute with --v=5 or higher`);
      return false;
    }
    contactApiServer(ctx);
    out(`[apiclient] Found 1 Pods for label selector component=${m.component}\n[upgrade/staticpods] Component "${m.component}" upgraded successfully!\n`);
    if (m.component === 'etcd') out('[upgrade/etcd] Waiting for etcd to become available\n');
  }
  return true;
}
