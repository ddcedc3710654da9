// What only booting a cluster and reading older snapshots need (boot-source.ts loads it): kubeadm's
// and the add-ons' objects, the RBAC bootstrap policy, and its objects as templates.
export { bootstrapDefaultCluster, upgradeDefaultCluster } from './index';
export { bootTemplate } from './rbac/templates';
