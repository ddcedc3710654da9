/**
 * ControllerRevisions: the pod-template history of StatefulSets and DaemonSets (upstream
 * pkg/controller/history). A revision stores a patch that puts the template back
 * (`{spec: {template: {..., $patch: replace}}}`), its number, and is owned by its parent.
 */
import type { ControllerRevision } from 'kubernetes-types/apps/v1';
import type { PodTemplateSpec } from 'kubernetes-types/core/v1';
import { fnv32a, safeEncodeDecimal, stableStringify } from '../../lib/hash';
import type { ParsedLabelSelector } from '../api/labels';
import { matchesLabels } from '../api/labels';
import type { KubeObject } from '../api/object';
import { clone, controllerRef, ownerReferenceTo } from '../api/object';
import type { SimContext } from '../context';
import { RESOURCE_TYPE } from './types';

export type ControllerRevisionObject = ControllerRevision & KubeObject;

/** The label a StatefulSet's revisions carry their hash in. */
export const REVISION_HASH_LABEL = 'controller.kubernetes.io/hash';
/** Pods (and a DaemonSet's revisions) name the revision they were made from with this label. */
export const CONTROLLER_REVISION_HASH = 'controller-revision-hash';
/** Revision names keep at most this much of the parent's name (253 minus a hash and a dash, with room to spare). */
const MAX_PREFIX = 223;

/** What a revision stores: a strategic merge patch that replaces the template wholesale. */
export function templatePatch(template: PodTemplateSpec | undefined): Record<string, unknown> {
  return { spec: { template: { ...clone(template ?? {}), $patch: 'replace' } } };
}

/** The pod template a revision restores. */
export function templateOfRevision(cr: ControllerRevision): PodTemplateSpec {
  const data = cr.data as { spec?: { template?: PodTemplateSpec & { $patch?: string } } } | undefined;
  const { $patch: _replace, ...template } = clone(data?.spec?.template ?? {});
  return template;
}

/**
 * A hash in Kubernetes' look: FNV-32a of `text` (plus the collision count, as the real hash
 * mixes it in), its decimal digits mapped to [4-9bcdf], lifted to ten characters like real ones.
 */
export function revisionHash(text: string, collisionCount?: number): string {
  let hash = fnv32a(collisionCount === undefined ? text : `${text}${collisionCount}`);
  if (hash < 1_000_000_000) hash += 1_000_000_000;
  return safeEncodeDecimal(hash);
}

/** `<parent>-<hash>`, the parent's name cut so the whole stays a valid object name. */
export function revisionName(parent: string, hash: string): string {
  return `${parent.slice(0, MAX_PREFIX)}-${hash}`;
}

/**
 * The canonical text of a revision's data (or any stored value). Stored objects never change, so
 * the text is kept per object: syncs compare the same revisions again and again.
 */
const canonicalTexts = new WeakMap<object, string>();
export function canonicalText(value: unknown): string {
  if (value === null || typeof value !== 'object') return stableStringify(value);
  let text = canonicalTexts.get(value);
  if (text === undefined) canonicalTexts.set(value, (text = stableStringify(value)));
  return text;
}

/** The canonical text of the patch a revision of `template` stores (see templatePatch). */
const patchTexts = new WeakMap<object, string>();
export function templatePatchText(template: PodTemplateSpec | undefined): string {
  if (!template) return stableStringify(templatePatch(template));
  let text = patchTexts.get(template);
  if (text === undefined) patchTexts.set(template, (text = stableStringify(templatePatch(template))));
  return text;
}

/** Revisions compare by their data, as upstream compares the raw patch bytes. */
export function equalRevision(a: ControllerRevision, b: ControllerRevision): boolean {
  return canonicalText(a.data) === canonicalText(b.data);
}

/** Oldest first: by revision number, then creation time, then name (history.SortControllerRevisions). */
export function sortRevisions(list: ControllerRevisionObject[]): ControllerRevisionObject[] {
  return [...list].sort(
    (a, b) =>
      a.revision - b.revision ||
      String(a.metadata.creationTimestamp ?? '').localeCompare(String(b.metadata.creationTimestamp ?? '')) ||
      (a.metadata.name ?? '').localeCompare(b.metadata.name ?? ''),
  );
}

export function nextRevisionNumber(sorted: readonly ControllerRevisionObject[]): number {
  return (sorted[sorted.length - 1]?.revision ?? 0) + 1;
}

/**
 * The parent's revisions, sorted oldest first. Orphaned revisions that match the selector are
 * adopted (a parent deleted with `--cascade=orphan` and created again gets its history back).
 */
export function claimRevisions(ctx: SimContext, parent: KubeObject, selector: ParsedLabelSelector): ControllerRevisionObject[] {
  const uid = parent.metadata.uid ?? '';
  const out: ControllerRevisionObject[] = [];
  for (const cr of ctx.store.list('controllerrevisions.apps', parent.metadata.namespace) as ControllerRevisionObject[]) {
    const ref = controllerRef(cr);
    if (ref) {
      if (ref.uid === uid) out.push(cr);
      continue;
    }
    if (parent.metadata.deletionTimestamp || cr.metadata.deletionTimestamp || !matchesLabels(selector, cr.metadata.labels)) continue;
    const owners = [...(cr.metadata.ownerReferences ?? []), ownerReferenceTo(parent)];
    const res = ctx.api.update<ControllerRevisionObject>({ ...cr, metadata: { ...cr.metadata, ownerReferences: owners } });
    if (res.ok) out.push(res.object);
  }
  return sortRevisions(out);
}

/** A revision not yet stored: its name comes from `hash(collisionCount)`. */
export interface RevisionDraft {
  labels: Record<string, string>;
  annotations?: Record<string, string>;
  data: Record<string, unknown>;
  revision: number;
  /** The hash for a collision count; the revision is named `<parent>-<hash>` and labelled with it. */
  hash(collisionCount: number): string;
  /** The label the hash goes into. */
  hashLabel: string;
}

export type CreateRevisionResult =
  | { ok: true; revision: ControllerRevisionObject; collisionCount: number }
  | { ok: false; message: string; collisionCount: number };

/**
 * history.CreateControllerRevision: stores the draft under `<parent>-<hash>`. A stored revision
 * of that name with the same data is the answer; one with other data is a hash collision, so the
 * count goes up and the name changes.
 */
export function createRevision(ctx: SimContext, parent: KubeObject, draft: RevisionDraft, collisionCount: number): CreateRevisionResult {
  let count = collisionCount;
  for (let attempt = 0; attempt < 100; attempt++) {
    const hash = draft.hash(count);
    const cr: KubeObject = {
      apiVersion: 'apps/v1',
      kind: 'ControllerRevision',
      metadata: {
        name: revisionName(parent.metadata.name ?? '', hash),
        namespace: parent.metadata.namespace ?? 'default',
        labels: { ...draft.labels, [draft.hashLabel]: hash },
        ...(draft.annotations && Object.keys(draft.annotations).length > 0 ? { annotations: { ...draft.annotations } } : {}),
        ownerReferences: [ownerReferenceTo(parent)],
      },
      data: clone(draft.data),
      revision: draft.revision,
    };
    const res = ctx.api.create<ControllerRevisionObject>(cr);
    if (res.ok) return { ok: true, revision: res.object, collisionCount: count };
    if (res.status.reason !== 'AlreadyExists') return { ok: false, message: res.status.message, collisionCount: count };
    const existing = ctx.api.peek<ControllerRevisionObject>('controllerrevisions.apps', cr.metadata.namespace, cr.metadata.name ?? '');
    if (existing && equalRevision(existing, cr as unknown as ControllerRevision)) return { ok: true, revision: existing, collisionCount: count };
    count++;
  }
  return { ok: false, message: 'too many revision name collisions', collisionCount: count };
}

/** Gives an existing revision a new number (a rollback to an older template makes it the newest). */
export function renumberRevision(ctx: SimContext, cr: ControllerRevisionObject, revision: number): ControllerRevisionObject {
  if (cr.revision === revision) return cr;
  const res = ctx.api.update<ControllerRevisionObject>({ ...cr, revision });
  return res.ok ? res.object : cr;
}

/**
 * Keeps at most `limit` revisions that are not live (live = named in `live`), deleting the
 * oldest first. `sorted` must be oldest first.
 */
export function truncateHistory(ctx: SimContext, sorted: readonly ControllerRevisionObject[], live: ReadonlySet<string>, limit: number): void {
  const history = sorted.filter((cr) => !live.has(cr.metadata.name ?? ''));
  const excess = history.length - Math.max(0, limit);
  for (const cr of history.slice(0, Math.max(0, excess))) {
    ctx.api.delete(RESOURCE_TYPE.controllerrevisions, cr.metadata.namespace, cr.metadata.name ?? '');
  }
}
