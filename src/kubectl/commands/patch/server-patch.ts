// The API server's PATCH handler, played on the client side of the simulator: the simulated API
// server stores whole objects, so a patch request is read, decoded and applied here exactly as
// kube-apiserver's patch handler would (body decoding and its errors, the three patch types, name
// checks, strict-decoding errors reported against the patch), then written with an update that
// carries the resourceVersion it was applied to — the same optimistic concurrency a real PATCH has.

import type { FieldValidation } from '../../../sim/api/apiserver';
import type { KubeObject } from '../../../sim/api/object';
import { apiVersionOf, type ResourceType } from '../../../sim/api/registry';
import { badRequest, type ApiResult, type ApiStatus } from '../../../sim/api/status';
import type { Cluster } from '../../../sim/cluster';
import { goQuote, goSprint, toCompactJson } from '../../printers';
import { goJsonKind, parseGoJson } from './go-json';
import { applyJsonPatch, decodeJsonPatch } from './json-patch';
import { applyMergePatch } from './merge-patch';
import { schemaRoot } from './patch-meta';
import { applyStrategicPatch, StrategicPatchError } from './strategic-merge';
import { getWithSubresource, writeSubresource } from './subresource';
import { requestRefused, serverSide } from '../../auth/authorizing-cluster';

export type PatchType = 'strategic' | 'merge' | 'json';

export interface PatchRequest {
  readonly type: ResourceType;
  readonly namespace: string | undefined;
  readonly name: string;
  readonly patchType: PatchType;
  /** The request body (JSON text). */
  readonly body: string;
  readonly dryRun?: boolean;
  /** The fieldValidation parameter; kubectl patch/label/annotate send none, so the server's default Warn applies. */
  readonly fieldValidation?: FieldValidation;
  readonly subresource?: string;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);

function status(code: number, reason: ApiStatus['reason'], message: string, details?: ApiStatus['details']): ApiStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code, ...(details ? { details } : {}) };
}

/** NewInvalid(GroupKind{}, "", [patch: Invalid value: …]): how the handler reports a patched object it cannot decode. */
function invalidPatch(value: string, detail: string): ApiStatus {
  const cause = `Invalid value: ${goQuote(value)}: ${detail}`;
  return status(422, 'Invalid', ` "" is invalid: patch: ${cause}`, { name: '', kind: '', causes: [{ reason: 'FieldValueInvalid', message: cause, field: 'patch' }] });
}

/** NewGenericServerResponse(422): the JSON patch library's failures lose their text on the way. */
const rejected = (): ApiStatus => status(422, 'Invalid', 'the server rejected our request due to an error in our request', { name: '', kind: '' });
const internal = (message: string): ApiStatus => status(500, '', message);

type Applied = { ok: true; object: unknown; shown: string } | { ok: false; status: ApiStatus };

/** Decodes the body and applies it to `current`; `shown` is what a decode error shows as the value. */
function applyBody(req: PatchRequest, current: KubeObject): Applied {
  const parsed = parseGoJson(req.body);
  const prefix = req.patchType === 'strategic' ? '' : 'error decoding patch: ';
  if (!parsed.ok) return { ok: false, status: badRequest(`${prefix}${parsed.message}`) };
  const patch = parsed.value;
  switch (req.patchType) {
    case 'strategic': {
      if (!isObj(patch)) return { ok: false, status: badRequest(`json: cannot unmarshal ${goJsonKind(patch)} into Go value of type map[string]interface {}`) };
      try {
        const at = req.subresource === 'scale' ? undefined : schemaRoot(current.apiVersion, current.kind);
        return { ok: true, object: applyStrategicPatch(current, patch, at), shown: goSprint(patch) };
      } catch (e) {
        if (!(e instanceof StrategicPatchError)) throw e;
        if (e.kind === 'badRequest') return { ok: false, status: badRequest(e.message) };
        return { ok: false, status: e.kind === 'invalid' ? rejected() : internal(e.message) };
      }
    }
    case 'merge': {
      if (!isObj(patch)) return { ok: false, status: badRequest(`error decoding patch: json: cannot unmarshal ${goJsonKind(patch)} into Go value of type map[string]interface {}`) };
      const object = applyMergePatch(current, patch);
      return { ok: true, object, shown: toCompactJson(object) };
    }
    case 'json': {
      if (!Array.isArray(patch) && patch !== null) {
        return { ok: false, status: badRequest(`error decoding patch: json: cannot unmarshal ${goJsonKind(patch)} into Go value of type []handlers.jsonPatchOp`) };
      }
      const bad = (patch ?? []).find((op: unknown) => op !== null && !isObj(op));
      if (bad !== undefined) return { ok: false, status: badRequest(`error decoding patch: json: cannot unmarshal ${goJsonKind(bad)} into Go value of type handlers.jsonPatchOp`) };
      const decoded = decodeJsonPatch(patch);
      if (!decoded.ok) return { ok: false, status: badRequest(decoded.message) };
      const result = applyJsonPatch(current, decoded.ops);
      if (!result.ok) return { ok: false, status: rejected() };
      return { ok: true, object: result.value, shown: toCompactJson(result.value) };
    }
  }
}

/** The typed round trip drops empty omitempty metadata: `labels: {}` left by removing the last label goes. */
function dropEmptyMetadata(obj: KubeObject): void {
  const m = obj.metadata as Record<string, unknown>;
  for (const field of ['labels', 'annotations', 'finalizers', 'ownerReferences']) {
    const v = m[field];
    if ((Array.isArray(v) && v.length === 0) || (isObj(v) && Object.keys(v).length === 0) || v === null) delete m[field];
  }
}

/** The API server's decode failure (`X in version "v" cannot be handled as a X: detail`) → its detail. */
function decodeDetail(message: string): string | undefined {
  const m = /^.* cannot be handled as a [^:]*: (.*)$/s.exec(message);
  return m?.[1];
}

/** PATCH /…/<name>[/<subresource>]: the object after the patch (not stored with dryRun). */
export function serverPatch(client: Cluster, req: PatchRequest): ApiResult<KubeObject> {
  const sub = req.subresource ?? '';
  const refused = requestRefused(client, 'patch', req.type, req.namespace, req.name, sub);
  if (refused) return refused;
  // Authorized: what follows happens inside the API server.
  const cluster = serverSide(client);
  const got = getWithSubresource(cluster, req.type, req.namespace, req.name, sub);
  if (!got.ok) return got;
  const current = got.object;
  const applied = applyBody(req, current);
  if (!applied.ok) return applied;
  if (!isObj(applied.object)) return { ok: false, status: invalidPatch(applied.shown, `json: cannot unmarshal ${goJsonKind(applied.object)} into Go value of type map[string]interface {}`) };
  const patched = applied.object as KubeObject;
  // The typed object keeps the kind it was read as.
  patched.apiVersion = current.apiVersion;
  patched.kind = current.kind;
  if (!isObj(patched.metadata)) patched.metadata = {};
  const name = patched.metadata.name ?? '';
  if (name !== req.name) return { ok: false, status: badRequest(`the name of the object (${name}) does not match the name on the URL (${req.name})`) };
  if (req.type.namespaced) {
    // An emptied namespace is filled from the request; another one is refused.
    if (!patched.metadata.namespace) patched.metadata.namespace = req.namespace;
    else if (patched.metadata.namespace !== req.namespace) return { ok: false, status: badRequest('the namespace of the provided object does not match the namespace sent on the request') };
  }
  if (sub === 'status' || sub === 'scale') {
    const live = cluster.api.get(req.type, req.namespace, req.name);
    if (!live.ok) return live;
    return writeSubresource(cluster, sub, live.object, patched, req.dryRun === true);
  }
  if (patched.apiVersion !== apiVersionOf(req.type)) patched.apiVersion = apiVersionOf(req.type);
  dropEmptyMetadata(patched);
  const res = cluster.api.update(patched, {
    dryRun: req.dryRun === true,
    fieldValidation: req.fieldValidation ?? 'Warn',
    ...(req.namespace !== undefined ? { namespace: req.namespace } : {}),
  });
  if (!res.ok && res.status.reason === 'BadRequest') {
    const detail = decodeDetail(res.status.message);
    if (detail !== undefined) return { ok: false, status: invalidPatch(applied.shown, detail) };
  }
  return res;
}
