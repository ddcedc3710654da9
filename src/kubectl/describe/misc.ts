// describe horizontalpodautoscaler (autoscaling/v2) and priorityclass.

import type { HorizontalPodAutoscaler, HPAScalingRules } from 'kubernetes-types/autoscaling/v2';
import type { PriorityClass } from 'kubernetes-types/scheduling/v1';
import type { KubeObject } from '../../sim/api/object';
import { formatLabels, quantityString } from '../tables/format';
import type { DescribeContext } from './context';
import { queryFor, searchEvents, writeEvents } from './events';
import { printNameNamespaceLabels, timeString } from './format';
import { LEVEL_0, LEVEL_1, LEVEL_2, LEVEL_3, tabbed, type DescribeWriter } from './writer';

const qv = (v: unknown): string => quantityString(v as string | undefined);

function directionBehavior(w: DescribeWriter, title: string, rules: HPAScalingRules | undefined): void {
  if (!rules) return;
  w.write(LEVEL_1, `${title}:\n`);
  if (rules.stabilizationWindowSeconds !== undefined) w.write(LEVEL_2, `Stabilization Window: ${rules.stabilizationWindowSeconds} seconds\n`);
  if ((rules.policies ?? []).length > 0) {
    w.write(LEVEL_2, `Select Policy: ${rules.selectPolicy ?? 'Max'}\n`);
    w.write(LEVEL_2, 'Policies:\n');
    for (const p of rules.policies ?? []) w.write(LEVEL_3, `- Type: ${p.type}\tValue: ${p.value}\tPeriod: ${p.periodSeconds} seconds\n`);
  }
}

export function describeHpa(obj: KubeObject, ctx: DescribeContext): string {
  const hpa = obj as unknown as HorizontalPodAutoscaler;
  const spec = hpa.spec;
  const current = hpa.status?.currentMetrics ?? [];
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    printNameNamespaceLabels(w, hpa.metadata);
    w.line(LEVEL_0, 'CreationTimestamp', timeString(hpa.metadata?.creationTimestamp));
    w.line(LEVEL_0, 'Reference', `${spec?.scaleTargetRef.kind ?? ''}/${spec?.scaleTargetRef.name ?? ''}`);
    w.line(LEVEL_0, 'Metrics', '( current / target )');
    (spec?.metrics ?? []).forEach((m, i) => {
      const cur = current[i];
      if (m.type === 'Resource' || m.type === 'ContainerResource') {
        const src = m.type === 'Resource' ? m.resource : m.containerResource;
        const curSrc = m.type === 'Resource' ? cur?.resource : cur?.containerResource;
        const head = m.type === 'Resource' ? `resource ${src?.name ?? ''} on pods` : `resource ${src?.name ?? ''} of container "${m.containerResource?.container ?? ''}" on pods`;
        w.write(LEVEL_1, head);
        if (src?.target.averageValue !== undefined) {
          w.write(LEVEL_0, `:\t${curSrc ? qv(curSrc.current.averageValue) : '<unknown>'} / ${qv(src.target.averageValue)}\n`);
        } else {
          const c = curSrc?.current.averageUtilization !== undefined ? `${curSrc.current.averageUtilization}% (${qv(curSrc.current.averageValue)})` : '<unknown>';
          const t = src?.target.averageUtilization !== undefined ? `${src.target.averageUtilization}%` : '<auto>';
          w.write(LEVEL_1, `(as a percentage of request):\t${c} / ${t}\n`);
        }
      } else if (m.type === 'Pods') {
        w.write(LEVEL_1, `${JSON.stringify(m.pods?.metric.name ?? '')} on pods:\t${cur?.pods ? qv(cur.pods.current.averageValue) : '<unknown>'} / ${qv(m.pods?.target.averageValue)}\n`);
      } else if (m.type === 'Object') {
        const o = m.object;
        const c = cur?.object;
        const target = o?.target.value !== undefined ? qv(o.target.value) : `${qv(o?.target.averageValue)} (avg)`;
        const cv = c ? (o?.target.value !== undefined ? qv(c.current.value) : `${qv(c.current.averageValue)} (avg)`) : '<unknown>';
        w.write(LEVEL_1, `${JSON.stringify(o?.metric.name ?? '')} on ${o?.describedObject.kind ?? ''}/${o?.describedObject.name ?? ''}:\t${cv} / ${target}\n`);
      } else if (m.type === 'External') {
        const e = m.external;
        const c = cur?.external;
        const avg = e?.target.averageValue !== undefined;
        const target = avg ? `${qv(e?.target.averageValue)} (avg)` : qv(e?.target.value);
        const cv = c ? (avg ? `${qv(c.current.averageValue)} (avg)` : qv(c.current.value)) : '<unknown>';
        w.write(LEVEL_1, `${JSON.stringify(e?.metric.name ?? '')} (target ${avg ? 'average ' : ''}value):\t${cv} / ${target}\n`);
      } else {
        w.write(LEVEL_1, `<unknown metric type ${JSON.stringify(m.type)}>\n`);
      }
    });
    w.line(LEVEL_0, 'Min replicas', spec?.minReplicas !== undefined ? String(spec.minReplicas) : '<unset>');
    w.line(LEVEL_0, 'Max replicas', spec?.maxReplicas ?? 0);
    if (spec?.behavior) {
      w.write(LEVEL_0, 'Behavior:\n');
      directionBehavior(w, 'Scale Up', spec.behavior.scaleUp);
      directionBehavior(w, 'Scale Down', spec.behavior.scaleDown);
    }
    w.write(LEVEL_0, `${spec?.scaleTargetRef.kind ?? ''} pods:\t${hpa.status?.currentReplicas ?? 0} current / ${hpa.status?.desiredReplicas ?? 0} desired\n`);
    if ((hpa.status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------\t-------\n');
      for (const c of hpa.status?.conditions ?? []) w.write(LEVEL_1, `${c.type}\t${c.status}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    writeEvents(w, events, ctx.now);
  });
}

export function describePriorityClass(obj: KubeObject, ctx: DescribeContext): string {
  const pc = obj as unknown as PriorityClass;
  const events = searchEvents(ctx, queryFor(obj));
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', pc.metadata?.name ?? '');
    w.line(LEVEL_0, 'Value', pc.value);
    w.line(LEVEL_0, 'GlobalDefault', String(pc.globalDefault === true));
    w.line(LEVEL_0, 'PreemptionPolicy', pc.preemptionPolicy ?? '');
    w.line(LEVEL_0, 'Description', pc.description ?? '');
    w.line(LEVEL_0, 'Annotations', formatLabels(pc.metadata?.annotations));
    writeEvents(w, events, ctx.now);
  });
}
