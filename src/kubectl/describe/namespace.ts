// describe namespace (with its ResourceQuotas and LimitRanges), resourcequota and limitrange.

import type { LimitRange, LimitRangeSpec, Namespace, ResourceQuota } from 'kubernetes-types/core/v1';
import type { KubeObject } from '../../sim/api/object';
import { byteCompare, quantityString } from '../tables/format';
import { listStored, type DescribeContext } from './context';
import { printAnnotations, printLabels, timeOrZero } from './format';
import { LEVEL_0, LEVEL_1, tabbed, type DescribeWriter } from './writer';

const SCOPE_HELP: Record<string, string> = {
  Terminating: 'Matches all pods that have an active deadline. These pods have a limited lifespan on a node before being actively terminated by the system.',
  NotTerminating: 'Matches all pods that do not have an active deadline. These pods usually include long running pods whose container command is not expected to terminate.',
  BestEffort: 'Matches all pods that do not have resource requirements set. These pods have a best effort quality of service.',
  NotBestEffort: 'Matches all pods that have at least one resource requirement set. These pods have a burstable or guaranteed quality of service.',
};

const sortedKeys = (m: Record<string, unknown> | undefined): string[] => Object.keys(m ?? {}).sort(byteCompare);
const qs = (v: unknown): string => quantityString(v as string | undefined);

function limitRangeRows(w: DescribeWriter, spec: LimitRangeSpec | undefined, prefix: string): void {
  for (const item of spec?.limits ?? []) {
    const names = new Set([item.max, item.min, item.default, item.defaultRequest, item.maxLimitRequestRatio].flatMap((m) => Object.keys(m ?? {})));
    for (const k of [...names].sort(byteCompare)) {
      const cell = (m: Record<string, unknown> | undefined): string => (m && k in m ? qs(m[k]) : '-');
      w.write(LEVEL_0, `${prefix}${item.type}\t${k}\t${cell(item.min)}\t${cell(item.max)}\t${cell(item.defaultRequest)}\t${cell(item.default)}\t${cell(item.maxLimitRequestRatio)}\n`);
    }
  }
}

export function describeNamespace(obj: KubeObject, ctx: DescribeContext): string {
  const ns = obj as unknown as Namespace;
  const name = ns.metadata?.name ?? '';
  const quotas = listStored<ResourceQuota>(ctx, 'resourcequotas', name).sort((a, b) => byteCompare(a.metadata?.name ?? '', b.metadata?.name ?? ''));
  const limits = listStored<LimitRange>(ctx, 'limitranges', name);
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', name);
    printLabels(w, 'Labels', ns.metadata?.labels);
    printAnnotations(w, 'Annotations', ns.metadata?.annotations);
    w.line(LEVEL_0, 'Status', ns.status?.phase ?? '');
    if ((ns.status?.conditions ?? []).length > 0) {
      w.write(LEVEL_0, 'Conditions:\n');
      w.write(LEVEL_1, 'Type\tStatus\tLastTransitionTime\tReason\tMessage\n');
      w.write(LEVEL_1, '----\t------\t------------------\t------\t-------\n');
      for (const c of ns.status?.conditions ?? []) w.write(LEVEL_1, `${c.type}\t${c.status}\t${timeOrZero(c.lastTransitionTime)}\t${c.reason ?? ''}\t${c.message ?? ''}\n`);
    }
    w.write(LEVEL_0, '\n');
    if (quotas.length === 0) w.write(LEVEL_0, 'No resource quota.\n');
    else {
      w.write(LEVEL_0, 'Resource Quotas\n');
      for (const q of quotas) {
        w.line(LEVEL_1, 'Name', q.metadata?.name ?? '');
        const scopes = [...(q.spec?.scopes ?? [])].sort(byteCompare);
        if (scopes.length > 0) {
          w.line(LEVEL_1, 'Scopes', scopes.join(', '));
          for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_1, `* ${SCOPE_HELP[s]}\n`);
        }
        w.write(LEVEL_1, 'Resource\tUsed\tHard\n');
        w.write(LEVEL_1, '--------\t---\t---\n');
        for (const r of sortedKeys(q.status?.hard)) w.write(LEVEL_1, `${r}\t${qs(q.status?.used?.[r])}\t${qs(q.status?.hard?.[r])}\n`);
      }
    }
    w.write(LEVEL_0, '\n');
    if (limits.length === 0) w.write(LEVEL_0, 'No LimitRange resource.\n');
    else {
      w.write(LEVEL_0, 'Resource Limits\n Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
      w.write(LEVEL_0, ' ----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
      for (const l of limits) limitRangeRows(w, l.spec, ' ');
    }
  });
}

export function describeResourceQuota(obj: KubeObject): string {
  const q = obj as unknown as ResourceQuota;
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', q.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', q.metadata?.namespace ?? '');
    const scopes = [...(q.spec?.scopes ?? [])].sort(byteCompare);
    if (scopes.length > 0) {
      w.line(LEVEL_0, 'Scopes', scopes.join(', '));
      for (const s of scopes) if (SCOPE_HELP[s]) w.write(LEVEL_0, ` * ${SCOPE_HELP[s]}\n`);
    }
    w.write(LEVEL_0, 'Resource\tUsed\tHard\n');
    w.write(LEVEL_0, '--------\t----\t----\n');
    for (const r of sortedKeys(q.status?.hard)) w.write(LEVEL_0, `${r}\t${qs(q.status?.used?.[r] ?? '0')}\t${qs(q.status?.hard?.[r])}\n`);
  });
}

export function describeLimitRange(obj: KubeObject): string {
  const l = obj as unknown as LimitRange;
  return tabbed((w) => {
    w.line(LEVEL_0, 'Name', l.metadata?.name ?? '');
    w.line(LEVEL_0, 'Namespace', l.metadata?.namespace ?? '');
    w.write(LEVEL_0, 'Type\tResource\tMin\tMax\tDefault Request\tDefault Limit\tMax Limit/Request Ratio\n');
    w.write(LEVEL_0, '----\t--------\t---\t---\t---------------\t-------------\t-----------------------\n');
    limitRangeRows(w, l.spec, '');
  });
}
