// describe persistentvolume, persistentvolumeclaim (with the pods using it) and storageclass.

import type { PersistentVolume, PersistentVolumeClaim, Pod, VolumeNodeAffinity } from 'kubernetes-types/core/v1';
import type { StorageClass } from 'kubernetes-types/storage/v1';
import type { KubeObject } from '../../sim/api/object';
import { accessModes, byteCompare, formatLabels, quantityString } from '../tables/format';
import { listStored, type DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printAnnotations, printLabels, since } from './format';
import { describeVolumeSource } from './volumes';
import { LEVEL_0, LEVEL_1, LEVEL_2, tabbed, type DescribeWriter } from './writer';

const goSlice = (list: readonly string[] | undefined): string => `[${(list ?? []).join(' ')}]`;

function nodeAffinity(w: DescribeWriter, na: VolumeNodeAffinity | undefined): void {
  w.write(LEVEL_0, 'Node Affinity:\t');
  if (!na?.required) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  w.write(LEVEL_1, 'Required Terms:\t');
  const terms = na.required.nodeSelectorTerms ?? [];
  if (terms.length === 0) {
    w.writeLine('<none>');
    return;
  }
  w.writeLine('');
  terms.forEach((term, i) => {
    w.write(LEVEL_2, `Term ${i}:\t`);
    const reqs = term.matchExpressions ?? [];
    if (reqs.length === 0) w.writeLine('<none>');
    reqs.forEach((r, j) => {
      if (j !== 0) w.write(LEVEL_2, '\t');
      const values = (r.values ?? []).length > 0 ? ` [${(r.values ?? []).join(', ')}]` : '';
      w.write(LEVEL_0, `${r.key} ${r.operator.toLowerCase()}${values}\n`);
    });
  });
}

export function describePersistentVolume(obj: KubeObject, ctx: DescribeContext): string {
  const pv = obj as unknown as PersistentVolume;
  const spec = pv.spec ?? {};
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', pv.metadata?.name ?? '');
    printLabels(w, 'Labels', pv.metadata?.labels);
    printAnnotations(w, 'Annotations', pv.metadata?.annotations);
    w.line(LEVEL_0, 'Finalizers', goSlice(pv.metadata?.finalizers));
    w.line(LEVEL_0, 'StorageClass', spec.storageClassName ?? pv.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '');
    w.line(LEVEL_0, 'Status', pv.metadata?.deletionTimestamp ? `Terminating (lasts ${since(pv.metadata.deletionTimestamp, ctx.now)})` : pv.status?.phase ?? '');
    w.line(LEVEL_0, 'Claim', spec.claimRef ? `${spec.claimRef.namespace ?? ''}/${spec.claimRef.name ?? ''}` : '');
    w.line(LEVEL_0, 'Reclaim Policy', spec.persistentVolumeReclaimPolicy ?? '');
    w.line(LEVEL_0, 'Access Modes', accessModes(spec.accessModes));
    if (spec.volumeMode) w.line(LEVEL_0, 'VolumeMode', spec.volumeMode);
    w.line(LEVEL_0, 'Capacity', quantityString(spec.capacity?.['storage'] as string | undefined));
    nodeAffinity(w, spec.nodeAffinity);
    w.line(LEVEL_0, 'Message', pv.status?.message ?? '');
    w.write(LEVEL_0, 'Source:\n');
    describeVolumeSource(w, spec);
    writeEvents(w, events, ctx.now);
  });
}

export function describePersistentVolumeClaim(obj: KubeObject, ctx: DescribeContext): string {
  const pvc = obj as unknown as PersistentVolumeClaim;
  const spec = pvc.spec ?? {};
  const name = pvc.metadata?.name ?? '';
  const events = searchEvents(ctx, queryFor(obj));
  const users = listStored<Pod>(ctx, 'pods', pvc.metadata?.namespace)
    .filter((p) => (p.spec?.volumes ?? []).some((v) => v.persistentVolumeClaim?.claimName === name || (v.ephemeral && `${p.metadata?.name}-${v.name}` === name)))
    .map((p) => p.metadata?.name ?? '')
    .sort(byteCompare);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', name);
    w.line(LEVEL_0, 'Namespace', pvc.metadata?.namespace ?? '');
    w.line(LEVEL_0, 'StorageClass', spec.storageClassName ?? pvc.metadata?.annotations?.['volume.beta.kubernetes.io/storage-class'] ?? '');
    w.line(LEVEL_0, 'Status', pvc.metadata?.deletionTimestamp ? `Terminating (lasts ${since(pvc.metadata.deletionTimestamp, ctx.now)})` : pvc.status?.phase ?? '');
    w.line(LEVEL_0, 'Volume', spec.volumeName ?? '');
    printLabels(w, 'Labels', pvc.metadata?.labels);
    printAnnotations(w, 'Annotations', pvc.metadata?.annotations);
    w.line(LEVEL_0, 'Finalizers', goSlice(pvc.metadata?.finalizers));
    const bound = (spec.volumeName ?? '') !== '';
    w.line(LEVEL_0, 'Capacity', bound ? quantityString(pvc.status?.capacity?.['storage'] as string | undefined) : '');
    w.line(LEVEL_0, 'Access Modes', bound ? accessModes(pvc.status?.accessModes) : '');
    if (spec.volumeMode) w.line(LEVEL_0, 'VolumeMode', spec.volumeMode);
    if (spec.dataSource) {
      w.write(LEVEL_0, 'DataSource:\n');
      if (spec.dataSource.apiGroup) w.line(LEVEL_1, 'APIGroup', spec.dataSource.apiGroup);
      w.line(LEVEL_1, 'Kind', spec.dataSource.kind);
      w.line(LEVEL_1, 'Name', spec.dataSource.name);
    }
    w.write(LEVEL_0, 'Used By:\t');
    if (users.length === 0) w.writeLine('<none>');
    users.forEach((u, i) => w.write(LEVEL_0, `${i === 0 ? '' : '\t'}${u}\n`));
    if ((pvc.status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastProbeTime\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t-----------------\t------------------\t------\t-------\n');
      for (const c of pvc.status?.conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status} \t${c.lastProbeTime ?? ''} \t${c.lastTransitionTime ?? ''} \t${c.reason ?? ''} \t${c.message ?? ''}\n`);
    }
    writeEvents(w, events, ctx.now);
  });
}

export function describeStorageClass(obj: KubeObject, ctx: DescribeContext): string {
  const sc = obj as unknown as StorageClass;
  const ann = sc.metadata?.annotations ?? {};
  const isDefault = ann['storageclass.kubernetes.io/is-default-class'] === 'true' || ann['storageclass.beta.kubernetes.io/is-default-class'] === 'true';
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', sc.metadata?.name ?? '');
    w.line(LEVEL_0, 'IsDefaultClass', isDefault ? 'Yes' : 'No');
    w.line(LEVEL_0, 'Annotations', formatLabels(ann));
    w.line(LEVEL_0, 'Provisioner', sc.provisioner);
    w.line(LEVEL_0, 'Parameters', formatLabels(sc.parameters));
    w.line(LEVEL_0, 'AllowVolumeExpansion', sc.allowVolumeExpansion === undefined ? '<unset>' : sc.allowVolumeExpansion ? 'True' : 'False');
    if ((sc.mountOptions ?? []).length === 0) w.write(LEVEL_0, 'MountOptions:\t<none>\n');
    else {
      w.write(LEVEL_0, 'MountOptions:\n');
      for (const o of sc.mountOptions ?? []) w.write(LEVEL_1, `${o}\n`);
    }
    if (sc.reclaimPolicy) w.line(LEVEL_0, 'ReclaimPolicy', sc.reclaimPolicy);
    if (sc.volumeBindingMode) w.line(LEVEL_0, 'VolumeBindingMode', sc.volumeBindingMode);
    if (sc.allowedTopologies) {
      w.write(LEVEL_0, 'AllowedTopologies:\t');
      if (sc.allowedTopologies.length === 0) w.writeLine('<none>');
      else {
        w.writeLine('');
        sc.allowedTopologies.forEach((t, i) => {
          w.write(LEVEL_1, `Term ${i}:\t`);
          (t.matchLabelExpressions ?? []).forEach((e, j) => {
            if (j !== 0) w.write(LEVEL_1, '\t');
            w.write(LEVEL_0, `${e.key} in [${e.values.join(', ')}]\n`);
          });
        });
      }
    }
    writeEvents(w, events, ctx.now);
  });
}
