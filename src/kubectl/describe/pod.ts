// describe pod: identity, node, status (or `Terminating (lasts …)`), IPs, owner, containers,
// conditions (with kubectl's trailing spaces), volumes, QoS class, node selectors, tolerations, events.

import type { Container, Pod } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { parseQuantity, compareQuantity } from '../../lib/quantity';
import type { DescribeContext } from './context';
import { describeContainers, podEnvResolver } from './containers';
import { queryFor, searchEvents, writeEvents } from './events';
import { controlledBy, printAnnotations, printLabels, printTolerations, since, timeString } from './format';
import { describeVolumes } from './volumes';
import { LEVEL_0, LEVEL_1, tabbed } from './writer';

const QOS_RESOURCES = ['cpu', 'memory'];

/** GetPodQOS, for pods whose status does not say. */
export function podQos(pod: Pod): string {
  const containers: Container[] = [...(pod.spec?.initContainers ?? []), ...(pod.spec?.containers ?? [])];
  let any = false;
  let guaranteed = true;
  const seen = new Set<string>();
  for (const c of containers) {
    const req = (c.resources?.requests ?? {}) as Record<string, string>;
    const lim = (c.resources?.limits ?? {}) as Record<string, string>;
    for (const r of QOS_RESOURCES) {
      const q = req[r] ?? lim[r];
      if (q !== undefined && parseQuantity(String(q))?.nanos !== 0n) any = true;
    }
    for (const r of QOS_RESOURCES) {
      const l = lim[r];
      const q = req[r] ?? l;
      if (l === undefined) {
        guaranteed = false;
        continue;
      }
      seen.add(r);
      const lq = parseQuantity(String(l));
      const rq = parseQuantity(String(q));
      if (!lq || !rq || compareQuantity(lq, rq) !== 0) guaranteed = false;
    }
  }
  if (!any) return 'BestEffort';
  return guaranteed && seen.size === QOS_RESOURCES.length ? 'Guaranteed' : 'Burstable';
}

export function describePod(obj: KubeObject, ctx: DescribeContext): string {
  const pod = obj as unknown as Pod;
  const meta = pod.metadata ?? {};
  const spec = pod.spec;
  const status = pod.status ?? {};
  // The pod describer searches without the kind; a mirror pod's events are about its static pod.
  const mirror = meta.annotations?.['kubernetes.io/config.mirror'];
  const events = searchEvents(ctx, { ...queryFor(obj, ''), ...(mirror ? { uid: mirror } : {}) });
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', meta.name ?? '');
    w.line(LEVEL_0, 'Namespace', meta.namespace ?? '');
    if (spec?.priority !== undefined) w.line(LEVEL_0, 'Priority', spec.priority);
    if (spec?.priorityClassName) w.line(LEVEL_0, 'Priority Class Name', spec.priorityClassName);
    if (spec?.runtimeClassName) w.line(LEVEL_0, 'Runtime Class Name', spec.runtimeClassName);
    if (spec?.serviceAccountName) w.line(LEVEL_0, 'Service Account', spec.serviceAccountName);
    w.line(LEVEL_0, 'Node', spec?.nodeName ? `${spec.nodeName}/${status.hostIP ?? ''}` : '<none>');
    if (status.startTime) w.line(LEVEL_0, 'Start Time', timeString(status.startTime));
    printLabels(w, 'Labels', meta.labels);
    printAnnotations(w, 'Annotations', meta.annotations);
    if (meta.deletionTimestamp && status.phase !== 'Failed' && status.phase !== 'Succeeded') {
      w.line(LEVEL_0, 'Status', `Terminating (lasts ${since(meta.deletionTimestamp, ctx.now)})`);
      w.line(LEVEL_0, 'Termination Grace Period', `${meta.deletionGracePeriodSeconds ?? 0}s`);
    } else {
      w.line(LEVEL_0, 'Status', status.phase ?? '');
    }
    if (status.reason) w.line(LEVEL_0, 'Reason', status.reason);
    if (status.message) w.line(LEVEL_0, 'Message', status.message);
    const seccomp = spec?.securityContext?.seccompProfile;
    if (seccomp) {
      w.line(LEVEL_0, 'SeccompProfile', seccomp.type);
      if (seccomp.type === 'Localhost') w.line(LEVEL_0, 'LocalhostProfile', seccomp.localhostProfile ?? '');
    }
    w.line(LEVEL_0, 'IP', status.podIP ?? '');
    if ((status.podIPs ?? []).length === 0) w.write(LEVEL_0, 'IPs:\t<none>\n');
    else {
      w.write(LEVEL_0, 'IPs:\n');
      for (const ip of status.podIPs ?? []) w.write(LEVEL_1, `IP:\t${ip.ip}\n`);
    }
    const owner = controlledBy(meta as never);
    if (owner) w.line(LEVEL_0, 'Controlled By', owner);
    if (status.nominatedNodeName) w.line(LEVEL_0, 'NominatedNodeName', status.nominatedNodeName);
    const resolve = podEnvResolver(pod);
    if ((spec?.initContainers ?? []).length > 0) describeContainers(w, 'Init Containers', spec?.initContainers, status.initContainerStatuses, resolve, '');
    describeContainers(w, 'Containers', spec?.containers, status.containerStatuses, resolve, '');
    if ((spec?.readinessGates ?? []).length > 0) {
      w.write(LEVEL_0, 'Readiness Gates:\n  Type\tStatus\n');
      for (const g of spec?.readinessGates ?? []) {
        const c = (status.conditions ?? []).find((x) => x.type === g.conditionType);
        w.write(LEVEL_1, `${g.conditionType} \t${c?.status ?? '<none>'} \n`);
      }
    }
    if ((status.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n  Type\tStatus\n');
      for (const c of status.conditions ?? []) w.write(LEVEL_1, `${c.type} \t${c.status} \n`);
    }
    describeVolumes(w, spec?.volumes, '');
    w.line(LEVEL_0, 'QoS Class', status.qosClass || podQos(pod));
    printLabels(w, 'Node-Selectors', spec?.nodeSelector);
    printTolerations(w, 'Tolerations', spec?.tolerations);
    writeEvents(w, events, ctx.now);
  });
}
