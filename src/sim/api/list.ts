import type { KubeObject } from './object';
import type { ResourceType } from './registry';
import { resourceKey } from './registry';
import type { ApiResult } from './status';
import { badRequest } from './status';
import type { ObjectStore } from '../store/store';
import { matchesLabels, parseLabelSelector } from './labels';
import { matchesFields, parseFieldSelector } from './fields';

export interface ListOptions {
  /** Omitted: every namespace. */
  namespace?: string;
  labelSelector?: string;
  fieldSelector?: string;
}

export function listObjects(store: ObjectStore, type: ResourceType, opts: ListOptions): ApiResult<KubeObject[]> {
  const resource = resourceKey(type);
  let items = store.list(resource, type.namespaced ? opts.namespace : undefined);
  if (opts.labelSelector) {
    const parsed = parseLabelSelector(opts.labelSelector);
    if (!parsed.ok) return { ok: false, status: badRequest(parsed.message) };
    items = items.filter((o) => matchesLabels(parsed.selector, o.metadata.labels));
  }
  if (opts.fieldSelector) {
    const parsed = parseFieldSelector(opts.fieldSelector, resource);
    if (!parsed.ok) return { ok: false, status: badRequest(parsed.message) };
    items = items.filter((o) => matchesFields(parsed.selector, o, resource));
  }
  return { ok: true, object: items };
}

/** Whether one object passes the selectors of `opts` (both already known to parse). */
export function listMatches(obj: KubeObject, resource: string, opts: ListOptions): boolean {
  if (opts.labelSelector) {
    const parsed = parseLabelSelector(opts.labelSelector);
    if (!parsed.ok || !matchesLabels(parsed.selector, obj.metadata.labels)) return false;
  }
  if (opts.fieldSelector) {
    const parsed = parseFieldSelector(opts.fieldSelector, resource);
    if (!parsed.ok || !matchesFields(parsed.selector, obj, resource)) return false;
  }
  return true;
}
