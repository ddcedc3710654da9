import type { SimContext } from '../context';
import { aggregateRules, sameRules, type ClusterRoleObject } from '../auth/aggregation';
import type { Controller } from './controller';

export const CLUSTERROLE_AGGREGATION_CONTROLLER = 'clusterrole-aggregation-controller';
const CLUSTER_ROLES = 'clusterroles.rbac.authorization.k8s.io';

/**
 * kube-controller-manager's clusterrole-aggregation controller: a ClusterRole with an
 * aggregationRule holds the union of the rules of the ClusterRoles its selectors match. Any change
 * to any ClusterRole (a label added, rules edited, a role deleted) queues every aggregated one.
 */
export function clusterRoleAggregationController(ctx: SimContext): Controller {
  const aggregatedNames = (): string[] =>
    ctx.store.list(CLUSTER_ROLES).filter((r) => (r as ClusterRoleObject).aggregationRule).map((r) => r.metadata.name ?? '');
  return {
    name: CLUSTERROLE_AGGREGATION_CONTROLLER,
    watches: { [CLUSTER_ROLES]: () => aggregatedNames() },
    reconcile(name) {
      const role = ctx.api.peek<ClusterRoleObject>(CLUSTER_ROLES, undefined, name);
      if (!role?.aggregationRule || role.metadata.deletionTimestamp) return;
      const rules = aggregateRules(role, ctx.store.list(CLUSTER_ROLES) as ClusterRoleObject[]);
      if (sameRules(rules, role.rules)) return;
      ctx.api.update({ ...role, rules });
    },
  };
}
