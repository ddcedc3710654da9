// --as, --as-group, --as-uid and --as-user-extra: who kubectl's requests are made as. kubectl is
// always the admin (kubeadm's admin.conf); with --as it sends the Impersonate-* headers on every
// request, the API server checks that the admin may impersonate each of them and then authorizes
// the request as the user its impersonation filter builds (sim/auth/rbac.ts impersonatedUser).

import { impersonatedUser, serviceAccountOf, type AccessRequest, type UserInfo } from '../../sim/auth/rbac';
import { messageError, type KubectlError } from '../cli/errors';
import type { FlagValues } from '../cli/flags';
import { ADMIN_USER } from './admin-user';

/** A user as the API server knows it: name, groups, and what impersonation may add. */
export interface RequestUser extends UserInfo {
  uid?: string;
  /** Extra attributes by key (--as-user-extra key=value), in the order given. */
  extra?: Record<string, string[]>;
}

export interface Impersonation {
  /** Who the requests are made as. */
  readonly user: RequestUser;
  /** What the admin must be allowed to impersonate, in the order the API server checks it. */
  readonly checks: readonly Extract<AccessRequest, { kind: 'resource' }>[];
}

export const IMPERSONATION_FLAGS = ['as', 'as-group', 'as-uid', 'as-user-extra'] as const;

const AUTHENTICATION = 'authentication.k8s.io';

/** The admin kubectl is: every request without --as is made as this user. */
export const adminUser = (): RequestUser => ({ name: ADMIN_USER.name, groups: [...ADMIN_USER.groups] });

/**
 * --as-user-extra values as kubectl reads them: `key=value`; a value without `=` is dropped. The
 * key travels in an HTTP header name, so the server sees it in lower case.
 */
function extraOf(values: readonly string[]): Record<string, string[]> | undefined {
  const extra: Record<string, string[]> = {};
  for (const v of values) {
    const eq = v.indexOf('=');
    if (eq < 0) continue;
    (extra[v.slice(0, eq).toLowerCase()] ??= []).push(v.slice(eq + 1));
  }
  return Object.keys(extra).length > 0 ? extra : undefined;
}

const check = (resource: string, name: string, group = '', namespace = '', subresource = ''): Extract<AccessRequest, { kind: 'resource' }> => ({
  kind: 'resource', verb: 'impersonate', namespace, group, resource, subresource, name,
});

/**
 * The impersonation the flags ask for: undefined without --as (the admin), or the error the
 * client's configuration check gives for groups, a uid or extras without a user.
 * `userEntry`: the kubeconfig user kubectl would otherwise authenticate as (named in that error).
 */
export function impersonationFrom(flags: FlagValues, userEntry: string): Impersonation | KubectlError | undefined {
  const as = flags.string('as');
  const groups = flags.strings('as-group');
  const uid = flags.string('as-uid');
  const extra = extraOf(flags.strings('as-user-extra'));
  if (as === '') {
    if (groups.length > 0 || uid !== '' || extra) return messageError(`requesting uid, groups or user-extra for ${userEntry} without impersonating a user`);
    return undefined;
  }
  const sa = serviceAccountOf(as);
  const checks = [sa ? check('serviceaccounts', sa.name, '', sa.namespace) : check('users', as)];
  for (const g of groups) checks.push(check('groups', g));
  for (const [key, values] of Object.entries(extra ?? {})) for (const v of values) checks.push(check('userextras', v, AUTHENTICATION, '', key));
  if (uid !== '') checks.push(check('uids', uid, AUTHENTICATION));
  const user: RequestUser = { ...impersonatedUser(as, groups), ...(uid !== '' ? { uid } : {}), ...(extra ? { extra } : {}) };
  return { user, checks };
}

export const isImpersonation = (v: Impersonation | KubectlError | undefined): v is Impersonation => v !== undefined && 'checks' in v;
