import { controllerRef } from '../api/object';
import type { ObjectStore } from './store';

/** Pods by the uid of their controlling owner. */
export const POD_BY_CONTROLLER = 'controller';
/** Pods by `spec.nodeName`. */
export const POD_BY_NODE = 'node';
/** Any object by the uids of all its owners (the garbage collector's view). */
export const BY_OWNER = 'owner';

/** The indexes several components share; safe to call more than once. */
export function ensureCommonIndexes(store: ObjectStore): void {
  store.addIndex('pods', POD_BY_CONTROLLER, (p) => {
    const ref = controllerRef(p);
    return ref ? [ref.uid] : [];
  });
  store.addIndex('pods', POD_BY_NODE, (p) => {
    const node = (p['spec'] as { nodeName?: string } | undefined)?.nodeName;
    return node ? [node] : [];
  });
}
