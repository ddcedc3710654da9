/**
 * A StatefulSet's current and update revisions (getStatefulSetRevisions): the update revision is
 * the stored revision equal to today's template — made the newest if it was an older one (a
 * rollback), created if there is none; the current revision is the one `status.currentRevision` names.
 */
import type { SimContext } from '../../context';
import {
  canonicalText, createRevision, nextRevisionNumber, renumberRevision, REVISION_HASH_LABEL, revisionHash, templatePatch, templatePatchText,
  type ControllerRevisionObject,
} from '../revisions';
import type { StatefulSetObject } from './identity';

export interface StatefulSetRevisions {
  current: ControllerRevisionObject;
  update: ControllerRevisionObject;
  collisionCount: number;
}

/** `revisions` sorted oldest first; undefined (with a message) when the revision cannot be stored. */
export function statefulSetRevisions(
  ctx: SimContext,
  set: StatefulSetObject,
  revisions: readonly ControllerRevisionObject[],
): StatefulSetRevisions | { error: string } {
  let collisionCount = set.status?.collisionCount ?? 0;
  const text = templatePatchText(set.spec?.template);
  const next = nextRevisionNumber(revisions);
  const equal = revisions.filter((r) => canonicalText(r.data) === text);
  const last = revisions[revisions.length - 1];
  const lastEqual = equal[equal.length - 1];
  let update: ControllerRevisionObject;
  if (lastEqual && last && lastEqual.metadata.name === last.metadata.name) {
    update = last;
  } else if (lastEqual) {
    update = renumberRevision(ctx, lastEqual, next);
  } else {
    const res = createRevision(
      ctx,
      set,
      {
        labels: { ...(set.spec?.template?.metadata?.labels ?? {}) },
        annotations: { ...(set.metadata.annotations ?? {}) },
        data: templatePatch(set.spec?.template),
        revision: next,
        hash: (count) => revisionHash(text, count),
        hashLabel: REVISION_HASH_LABEL,
      },
      collisionCount,
    );
    collisionCount = res.collisionCount;
    if (!res.ok) return { error: res.message };
    update = res.revision;
  }
  const current = revisions.find((r) => r.metadata.name === set.status?.currentRevision) ?? update;
  return { current, update, collisionCount };
}
