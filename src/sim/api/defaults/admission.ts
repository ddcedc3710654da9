import type { Toleration, Volume, VolumeMount } from 'kubernetes-types/core/v1';
import { DEFAULT_VOLUME_MODE } from './volumes';

/** How long pods stay on a node that stopped reporting (DefaultTolerationSeconds admission). */
export const DEFAULT_TOLERATION_SECONDS = 300;

/**
 * The tolerations the DefaultTolerationSeconds admission adds to a pod that does not already
 * tolerate these taints, in the order a real pod shows them.
 */
export function defaultTolerationSecondsTolerations(): Toleration[] {
  return ['node.kubernetes.io/not-ready', 'node.kubernetes.io/unreachable'].map((key) => ({
    effect: 'NoExecute',
    key,
    operator: 'Exists',
    tolerationSeconds: DEFAULT_TOLERATION_SECONDS,
  }));
}

export const SERVICE_ACCOUNT_MOUNT_PATH = '/var/run/secrets/kubernetes.io/serviceaccount';

/**
 * The projected token volume the ServiceAccount admission adds (`kube-api-access-<suffix>`, the
 * suffix being five random name characters) and the read-only mount it adds to each container.
 */
export function serviceAccountTokenVolume(suffix: string): { volume: Volume; mount: VolumeMount } {
  const name = `kube-api-access-${suffix}`;
  const volume: Volume = {
    name,
    projected: {
      defaultMode: DEFAULT_VOLUME_MODE,
      sources: [
        // 3607, not 3600: the API server recognises this exact lifetime as admission-made and extends it.
        { serviceAccountToken: { expirationSeconds: 3607, path: 'token' } },
        { configMap: { items: [{ key: 'ca.crt', path: 'ca.crt' }], name: 'kube-root-ca.crt' } },
        { downwardAPI: { items: [{ fieldRef: { apiVersion: 'v1', fieldPath: 'metadata.namespace' }, path: 'namespace' }] } },
      ],
    },
  };
  return { volume, mount: { mountPath: SERVICE_ACCOUNT_MOUNT_PATH, name, readOnly: true } };
}
