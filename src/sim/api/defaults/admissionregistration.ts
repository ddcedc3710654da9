import type { KubeObject } from './types';

/**
 * admissionregistration/v1 defaulting of webhook configurations: each webhook fails closed
 * (failurePolicy Fail) with matchPolicy Equivalent, empty (match-everything) selectors and a 10 s
 * timeout; a mutating one is not reinvoked; rules cover every scope; a service is reached on 443.
 */
export function defaultWebhookConfiguration(obj: KubeObject): void {
  const mutating = obj.kind === 'MutatingWebhookConfiguration';
  const webhooks = obj['webhooks'];
  if (!Array.isArray(webhooks)) return;
  for (const w of webhooks as Record<string, unknown>[]) {
    if (typeof w !== 'object' || w === null) continue;
    w['failurePolicy'] ??= 'Fail';
    w['matchPolicy'] ??= 'Equivalent';
    w['namespaceSelector'] ??= {};
    w['objectSelector'] ??= {};
    w['timeoutSeconds'] ??= 10;
    if (mutating) w['reinvocationPolicy'] ??= 'Never';
    for (const rule of Array.isArray(w['rules']) ? (w['rules'] as Record<string, unknown>[]) : []) {
      if (typeof rule === 'object' && rule !== null) rule['scope'] ??= '*';
    }
    const service = (w['clientConfig'] as { service?: Record<string, unknown> } | undefined)?.service;
    if (typeof service === 'object' && service !== null) service['port'] ??= 443;
  }
}
