/**
 * kube-controller-manager's tokencleaner (pkg/controller/bootstrap, enabled by kubeadm): a
 * bootstrap token Secret in kube-system whose `expiration` has passed is deleted. A token not yet
 * expired is looked at again when it does expire; one without an expiration stays for good.
 */
import { decodeBase64 } from '../../lib/base64';
import type { KubeObject } from '../api/object';
import { keyOf, splitKey } from '../api/object';
import type { SimContext } from '../context';
import type { Controller } from './controller';
import { RESOURCE_TYPE } from './types';

export const TOKEN_CLEANER_CONTROLLER = 'tokencleaner';
export const BOOTSTRAP_TOKEN_SECRET_TYPE = 'bootstrap.kubernetes.io/token';

interface SecretObject extends KubeObject {
  type?: string;
  data?: Record<string, string>;
}

/** When a bootstrap token Secret expires (ms), or undefined when it never does or cannot be read. */
export function bootstrapTokenExpiry(secret: SecretObject): number | undefined {
  const raw = secret.data?.['expiration'];
  if (raw === undefined) return undefined;
  const at = Date.parse(decodeBase64(raw));
  return Number.isNaN(at) ? undefined : at;
}

export function bootstrapTokenCleaner(ctx: SimContext): Controller {
  const reconcile = (key: string): void => {
    const { namespace, name } = splitKey(key);
    const secret = ctx.api.peek<SecretObject>('secrets', namespace, name);
    if (!secret || secret.type !== BOOTSTRAP_TOKEN_SECRET_TYPE || secret.metadata.deletionTimestamp) return;
    const expiry = bootstrapTokenExpiry(secret);
    if (expiry === undefined) return;
    const now = ctx.rt.clock.now();
    if (now >= expiry) ctx.api.delete(RESOURCE_TYPE.secrets, namespace, name);
    else ctx.manager.requeueAfter(TOKEN_CLEANER_CONTROLLER, key, expiry - now, true);
  };
  const onSecret = (e: { type: string; object: KubeObject }): string | undefined => {
    const s = e.object as SecretObject;
    if (e.type === 'DELETED' || s.metadata.namespace !== 'kube-system' || s.type !== BOOTSTRAP_TOKEN_SECRET_TYPE) return undefined;
    return keyOf(s);
  };
  return {
    name: TOKEN_CLEANER_CONTROLLER,
    watches: { secrets: onSecret },
    reconcile,
  };
}
