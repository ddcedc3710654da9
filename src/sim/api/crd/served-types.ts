// The live set of resource types: the built-in ones plus one per established
// CustomResourceDefinition. Everything that turns a kind, a resource name or a store key into a
// type asks here (through ApiServer.types), so a CRD's kind appears and disappears in one place.

import { RESOURCE_TYPES, apiVersionOf, resourceKey, type ResourceType } from '../registry';
import type { ObjectStore } from '../../store/store';
import { CRD_RESOURCE, isEstablished, type CRD, type CRDVersion } from './shapes';
import { compareKubeVersions } from './version-priority';

const CUSTOM_VERBS = ['delete', 'deletecollection', 'get', 'list', 'patch', 'create', 'update', 'watch'];

interface Index {
  /** Discovery order: built-ins, then custom types by group and plural. */
  all: readonly ResourceType[];
  byKind: Map<string, ResourceType>;
  byKey: Map<string, ResourceType>;
  /** Every served version of every custom type (`stable.example.com/v1`), for api-versions and APIServices. */
  customVersions: readonly ResourceType[];
}

/** The served versions of a CRD, preferred first. */
export function servedVersions(crd: CRD): CRDVersion[] {
  return (crd.spec?.versions ?? []).filter((v) => v.served && v.name).sort((a, b) => compareKubeVersions(a.name ?? '', b.name ?? ''));
}

function customType(crd: CRD, version: CRDVersion): ResourceType {
  const spec = crd.spec ?? {};
  const names = spec.names ?? {};
  return {
    group: spec.group ?? '',
    version: version.name ?? '',
    kind: names.kind ?? '',
    plural: names.plural ?? '',
    singular: names.singular || (names.kind ?? '').toLowerCase(),
    shortNames: names.shortNames ?? [],
    namespaced: spec.scope === 'Namespaced',
    categories: names.categories ?? [],
    verbs: CUSTOM_VERBS,
    custom: {
      crd: crd.metadata.name ?? '',
      schema: version.schema?.openAPIV3Schema,
      columns: version.additionalPrinterColumns ?? [],
      statusSubresource: version.subresources?.status !== undefined,
      storageVersion: spec.versions?.find((v) => v.storage)?.name ?? version.name ?? '',
    },
  };
}

const BUILT_IN: Index = (() => {
  const byKind = new Map<string, ResourceType>();
  const byKey = new Map<string, ResourceType>();
  for (const t of RESOURCE_TYPES) {
    byKind.set(`${apiVersionOf(t)}|${t.kind}`, t);
    if (!byKey.has(resourceKey(t))) byKey.set(resourceKey(t), t);
  }
  return { all: RESOURCE_TYPES, byKind, byKey, customVersions: [] };
})();

/** Older API versions the server still accepts for a built-in kind (e.g. autoscaling/v1 HPAs). */
const EXTRA_VERSIONS: Record<string, string> = {
  'autoscaling/v1|HorizontalPodAutoscaler': 'autoscaling/v2|HorizontalPodAutoscaler',
};

export class ServedTypes {
  private index: Index | undefined;

  constructor(private readonly store: ObjectStore) {
    store.watch((e) => {
      if (e.resource === CRD_RESOURCE) this.index = undefined;
    });
  }

  /** Every served type in discovery order (a CRD by its preferred version). */
  all(): readonly ResourceType[] {
    return this.current().all;
  }

  forKind(apiVersion: string, kind: string): ResourceType | undefined {
    const key = `${apiVersion}|${kind}`;
    const byKind = this.current().byKind;
    return byKind.get(key) ?? byKind.get(EXTRA_VERSIONS[key] ?? '');
  }

  /** Every served version of every custom type, in no particular order. */
  customVersions(): readonly ResourceType[] {
    return this.current().customVersions;
  }

  /** By store key (`pods`, `crontabs.stable.example.com`). */
  forKey(key: string): ResourceType | undefined {
    return this.current().byKey.get(key);
  }

  /** The CRD object behind a custom type, as stored. */
  definition(type: ResourceType): CRD | undefined {
    return type.custom ? (this.store.get(CRD_RESOURCE, type.custom.crd) as unknown as CRD | undefined) : undefined;
  }

  private current(): Index {
    if (this.index) return this.index;
    const crds = this.store.list(CRD_RESOURCE) as unknown as CRD[];
    if (crds.length === 0) return (this.index = BUILT_IN);
    const byKind = new Map(BUILT_IN.byKind);
    const byKey = new Map(BUILT_IN.byKey);
    const custom: ResourceType[] = [];
    const customVersions: ResourceType[] = [];
    for (const crd of crds) {
      if (!isEstablished(crd) || crd.metadata.deletionTimestamp) continue;
      const versions = servedVersions(crd);
      versions.forEach((v, i) => {
        const t = customType(crd, v);
        byKind.set(`${apiVersionOf(t)}|${t.kind}`, t);
        customVersions.push(t);
        if (i === 0) {
          custom.push(t);
          byKey.set(resourceKey(t), t);
        }
      });
    }
    custom.sort((a, b) => (a.group === b.group ? cmp(a.plural, b.plural) : cmp(a.group, b.group)));
    return (this.index = { all: [...RESOURCE_TYPES, ...custom], byKind, byKey, customVersions });
  }
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
