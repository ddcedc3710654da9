// The API server's answer to a request its authorizer denies (responsewriters.Forbidden):
// `pods "web" is forbidden: User "jane" cannot get resource "pods" in API group "" in the
// namespace "default"`, with the RBAC authorizer's reason after a colon when it has one.

import type { AccessRequest } from '../../sim/auth/rbac';
import type { ApiStatus } from '../../sim/api/status';

/** forbiddenMessage: what the user cannot do. */
function deniedAction(user: string, req: AccessRequest): string {
  if (req.kind === 'nonResource') return `User "${user}" cannot ${req.verb} path "${req.path}"`;
  const resource = req.subresource ? `${req.resource}/${req.subresource}` : req.resource;
  const where = req.namespace ? `in the namespace "${req.namespace}"` : 'at the cluster scope';
  return `User "${user}" cannot ${req.verb} resource "${resource}" in API group "${req.group}" ${where}`;
}

/** apierrors.NewForbidden for the request's group and resource (without its subresource) and name. */
export function forbiddenStatus(user: string, req: AccessRequest, reason: string): ApiStatus {
  return forbiddenBecause(req, reason ? `${deniedAction(user, req)}: ${reason}` : deniedAction(user, req));
}

/** The same Forbidden status with the whole explanation given (an admission plugin's refusal). */
export function forbiddenBecause(req: AccessRequest, why: string): ApiStatus {
  const status: ApiStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: `forbidden: ${why}`, reason: 'Forbidden', code: 403 };
  if (req.kind === 'nonResource') return { ...status, details: {} };
  const qualified = req.group ? `${req.resource}.${req.group}` : req.resource;
  const message = req.name ? `${qualified} "${req.name}" is forbidden: ${why}` : `${qualified} is forbidden: ${why}`;
  return { ...status, message, details: { ...(req.name ? { name: req.name } : {}), ...(req.group ? { group: req.group } : {}), kind: req.resource } };
}
