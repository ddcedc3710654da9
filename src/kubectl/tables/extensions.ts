// Tables of the API-extension kinds: APIServices (kube-aggregator's printer) and admission
// webhook configurations. CRDs have no printer of their own: the default NAME, CREATED AT.

import type { KubeObject } from '../../sim/api/object';
import { since } from './format';
import { AGE, col, NAME, type TableDef } from './types';

interface APIServiceLike {
  spec?: { service?: { namespace?: string; name?: string } | null };
  status?: { conditions?: { type: string; status: string; reason?: string }[] };
}

/** `Local` for a group kube-apiserver serves itself, else the backing Service. */
function serviceCell(s: APIServiceLike): string {
  const svc = s.spec?.service;
  return svc ? `${svc.namespace ?? ''}/${svc.name ?? ''}` : 'Local';
}

/** The Available condition's status, with its reason when it is not True. */
function availableCell(s: APIServiceLike): string {
  const c = s.status?.conditions?.find((x) => x.type === 'Available');
  if (!c) return 'Unknown';
  return c.status === 'True' || !c.reason ? c.status : `${c.status} (${c.reason})`;
}

export const apiServiceTable: TableDef = {
  columns: [NAME, col('Service'), col('Available'), AGE],
  row: (o, { now }) => {
    const s = o as unknown as APIServiceLike;
    return [o.metadata.name ?? '', serviceCell(s), availableCell(s), since(o.metadata.creationTimestamp, now)];
  },
};

export const webhookConfigurationTable: TableDef = {
  columns: [NAME, col('Webhooks'), AGE],
  row: (o: KubeObject, { now }) => [o.metadata.name ?? '', Array.isArray(o['webhooks']) ? o['webhooks'].length : 0, since(o.metadata.creationTimestamp, now)],
};
