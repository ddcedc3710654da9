import type { ClusterRoleBinding, RoleBinding, Subject } from 'kubernetes-types/rbac/v1';
import type { JsonObject } from './types';

export const RBAC_GROUP = 'rbac.authorization.k8s.io';

/** Role and ClusterRole: no defaults, but `rules` lacks `omitempty` and shows as `rules: null`. */
export function defaultRole(role: JsonObject): void {
  role['rules'] ??= null;
}

export function defaultRoleBinding(binding: RoleBinding | ClusterRoleBinding): void {
  binding.roleRef.apiGroup ||= RBAC_GROUP;
  for (const subject of binding.subjects ?? []) defaultSubject(subject);
}

/**
 * Users and groups belong to the RBAC group. Service accounts belong to the core group "",
 * which `omitempty` leaves out of the output.
 */
function defaultSubject(subject: Subject): void {
  if (!subject.apiGroup && (subject.kind === 'User' || subject.kind === 'Group')) subject.apiGroup = RBAC_GROUP;
}
