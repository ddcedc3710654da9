/**
 * A DaemonSet's ControllerRevisions (constructHistory / cleanupHistory upstream): the revision
 * matching today's template is the current one — made the newest if it was an older one (a
 * rollback), created otherwise, named `<ds>-<pod-template hash>`; its hash labels new pods.
 */
import type { ParsedLabelSelector } from '../../api/labels';
import type { SimContext } from '../../context';
import { podTemplateHash } from '../deployment/template-hash';
import {
  canonicalText, claimRevisions, CONTROLLER_REVISION_HASH, createRevision, renumberRevision, sortRevisions, templatePatch, templatePatchText,
  type ControllerRevisionObject,
} from '../revisions';
import { RESOURCE_TYPE } from '../types';
import type { DaemonSetObject, PodObject } from './types';

export interface DaemonSetHistory {
  current: ControllerRevisionObject;
  old: ControllerRevisionObject[];
  /** The hash new pods are labelled with. */
  hash: string;
  collisionCount: number | undefined;
}

export function constructHistory(ctx: SimContext, ds: DaemonSetObject, selector: ParsedLabelSelector): DaemonSetHistory | { error: string } {
  const text = templatePatchText(ds.spec?.template);
  const all = claimRevisions(ctx, ds, selector);
  const matching = all.filter((cr) => canonicalText(cr.data) === text);
  const old = all.filter((cr) => canonicalText(cr.data) !== text);
  const next = Math.max(0, ...old.map((cr) => cr.revision)) + 1;
  let collisionCount = ds.status?.collisionCount;
  let current: ControllerRevisionObject;
  if (matching.length === 0) {
    const res = createRevision(
      ctx,
      ds,
      {
        labels: { ...(ds.spec?.template?.metadata?.labels ?? {}) },
        annotations: { ...(ds.metadata.annotations ?? {}) },
        data: templatePatch(ds.spec?.template),
        revision: next,
        // ComputeHash mixes the collision count in only once there has been a collision.
        hash: (count) => podTemplateHash(ds.spec?.template ?? {}, count === 0 && collisionCount === undefined ? undefined : count),
        hashLabel: CONTROLLER_REVISION_HASH,
      },
      collisionCount ?? 0,
    );
    if (!res.ok) return { error: res.message };
    if (res.collisionCount !== (collisionCount ?? 0)) collisionCount = res.collisionCount;
    current = res.revision;
  } else {
    // Duplicates (dedupCurHistories): the newest one stays.
    const sorted = sortRevisions(matching);
    current = sorted[sorted.length - 1] as ControllerRevisionObject;
    if (current.revision < next) current = renumberRevision(ctx, current, next);
  }
  const hash = current.metadata.labels?.[CONTROLLER_REVISION_HASH] ?? '';
  return { current, old, hash, collisionCount };
}

/** Old revisions beyond revisionHistoryLimit go, oldest first, unless a pod still runs one. */
export function cleanupHistory(ctx: SimContext, ds: DaemonSetObject, old: ControllerRevisionObject[], pods: PodObject[]): void {
  const limit = ds.spec?.revisionHistoryLimit ?? 10;
  if (old.length <= limit) return;
  const liveHashes = new Set(pods.map((p) => p.metadata.labels?.[CONTROLLER_REVISION_HASH]).filter((h): h is string => !!h));
  let toKill = old.length - limit;
  for (const cr of sortRevisions(old)) {
    if (toKill <= 0) break;
    if (liveHashes.has(cr.metadata.labels?.[CONTROLLER_REVISION_HASH] ?? '')) continue;
    ctx.api.delete(RESOURCE_TYPE.controllerrevisions, cr.metadata.namespace, cr.metadata.name ?? '');
    toKill--;
  }
}
