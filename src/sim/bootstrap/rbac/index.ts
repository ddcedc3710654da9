import type { KubeObject } from '../../api/object';
import { bootstrapClusterRoleBindings, bootstrapRoleBindings, bootstrapRoles, controllerClusterRoleBindings } from './bindings';
import { bootstrapClusterRoles } from './cluster-roles';
import { controllerClusterRoles } from './controller-roles';
import { kubeadmClusterObjects, kubeadmNamespacedObjects } from './kubeadm';

/**
 * What the API server's RBAC post-start hook stores when it first starts: ClusterRoles (its own,
 * then the controllers'), their bindings, then the Roles and RoleBindings of kube-system and
 * kube-public. Fresh objects on every call: the API server may default them in place.
 */
export function bootstrapPolicyObjects(): KubeObject[] {
  return [
    ...bootstrapClusterRoles(),
    ...controllerClusterRoles(),
    ...bootstrapClusterRoleBindings(),
    ...controllerClusterRoleBindings(),
    ...bootstrapRoles(),
    ...bootstrapRoleBindings(),
  ];
}

/** What `kubeadm init` adds once the control plane answers (and the add-ons it installs). */
export function kubeadmRbacObjects(): KubeObject[] {
  return [...kubeadmClusterObjects(), ...kubeadmNamespacedObjects()];
}
