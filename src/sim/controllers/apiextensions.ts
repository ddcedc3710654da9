// The controllers kube-apiserver runs for CustomResourceDefinitions (apiextensions-apiserver's
// naming, establishing and finalizing controllers, folded into one reconciler): a new CRD's
// names are accepted and it becomes Established, which is when its kind is served; once a CRD is
// gone, its custom objects go with it.

import { keyOf, type KubeObject } from '../api/object';
import { CRD_RESOURCE, type CRD, type CRDCondition, type CRDNames } from '../api/crd/shapes';
import type { SimContext } from '../context';
import type { Controller } from './controller';

export const APIEXTENSIONS_CONTROLLER = 'apiextensions-controllers';

function acceptedNames(names: CRDNames): CRDNames {
  const out: CRDNames = { plural: names.plural ?? '', kind: names.kind ?? '' };
  if (names.singular) out.singular = names.singular;
  if (names.listKind) out.listKind = names.listKind;
  if (names.shortNames?.length) out.shortNames = names.shortNames;
  if (names.categories?.length) out.categories = names.categories;
  return out;
}

/** The condition as it should be now, keeping its transition time when its status did not change. */
function keep(existing: CRDCondition[], want: CRDCondition, now: string): CRDCondition {
  const old = existing.find((c) => c.type === want.type);
  const lastTransitionTime = old && old.status === want.status ? old.lastTransitionTime ?? now : now;
  return { lastTransitionTime, message: want.message, reason: want.reason, status: want.status, type: want.type };
}

export function apiextensionsController(ctx: SimContext): Controller {
  return {
    name: APIEXTENSIONS_CONTROLLER,
    watches: {
      [CRD_RESOURCE]: (e) => e.object.metadata.name,
    },
    reconcile(name) {
      const crd = ctx.api.peek<CRD>(CRD_RESOURCE, undefined, name);
      if (!crd) {
        // The CRD's name is its custom objects' resource key.
        for (const obj of ctx.store.list(name)) ctx.store.remove(name, keyOf(obj));
        return;
      }
      if (crd.metadata.deletionTimestamp) return;
      const existing = crd.status?.conditions ?? [];
      const now = ctx.rt.timestamp();
      const conditions = [
        keep(existing, { type: 'NamesAccepted', status: 'True', reason: 'NoConflicts', message: 'no conflicts found' }, now),
        keep(existing, { type: 'Established', status: 'True', reason: 'InitialNamesAccepted', message: 'the initial names have been accepted' }, now),
      ];
      const status = { ...crd.status, acceptedNames: acceptedNames(crd.spec?.names ?? {}), conditions };
      ctx.api.updateStatus({ ...(crd as unknown as KubeObject), status });
    },
  };
}
