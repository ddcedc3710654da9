// The boot-time RBAC objects as boot stores them, by resource and key, for reading snapshots written
// when those objects were saved as references to them (`BootRef`, rbac/snapshot.ts). Built once, on
// the first such snapshot: what `bootstrapPolicyObjects` and `kubeadmRbacObjects` give, with the
// aggregated ClusterRoles (admin, edit, view...) filled as the aggregation controller fills them.

import type { KubeObject } from '../../api/object';
import { keyOf } from '../../api/object';
import { aggregateRules, type ClusterRoleObject } from '../../auth/aggregation';
import { bootstrapPolicyObjects, kubeadmRbacObjects } from './index';

const RESOURCE_OF_KIND: Record<string, string> = {
  ClusterRole: 'clusterroles.rbac.authorization.k8s.io',
  ClusterRoleBinding: 'clusterrolebindings.rbac.authorization.k8s.io',
  Role: 'roles.rbac.authorization.k8s.io',
  RoleBinding: 'rolebindings.rbac.authorization.k8s.io',
};

let templates: Map<string, KubeObject> | undefined;

/** The boot-time object a reference names: `resource` and its key (`name` or `namespace/name`). */
export function bootTemplate(resource: string, key: string): KubeObject | undefined {
  return bootTemplates().get(`${resource}|${key}`);
}

function bootTemplates(): Map<string, KubeObject> {
  if (templates) return templates;
  const all = [...bootstrapPolicyObjects(), ...kubeadmRbacObjects()];
  const roles = all.filter((o) => o.kind === 'ClusterRole').sort((a, b) => ((a.metadata.name ?? '') < (b.metadata.name ?? '') ? -1 : 1)) as ClusterRoleObject[];
  // Aggregated roles can feed each other (edit into admin): repeat until nothing changes.
  for (let changed = true; changed; ) {
    changed = false;
    for (const role of roles) {
      if (!role.aggregationRule) continue;
      const rules = aggregateRules(role, roles);
      if (JSON.stringify(rules) !== JSON.stringify(role.rules)) {
        role.rules = rules;
        changed = true;
      }
    }
  }
  templates = new Map(all.map((o) => [`${RESOURCE_OF_KIND[o.kind] ?? ''}|${keyOf(o)}`, o]));
  return templates;
}
