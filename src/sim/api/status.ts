import type { ResourceType } from './registry';
import { qualifiedKind, qualifiedPlural } from './registry';

/**
 * API failures are values shaped like metav1.Status, exactly what the real API server sends; kubectl
 * turns them into `Error from server (Reason): message`.
 */
export type StatusReason =
  | 'NotFound'
  | 'AlreadyExists'
  | 'Conflict'
  | 'Invalid'
  | 'BadRequest'
  | 'Forbidden'
  | 'MethodNotAllowed'
  | 'RequestEntityTooLarge'
  | 'InternalError'
  | 'Timeout'
  | 'TooManyRequests'
  | '';

export interface StatusCause {
  reason?: string;
  message?: string;
  field?: string;
}

export interface ApiStatus {
  kind: 'Status';
  apiVersion: 'v1';
  metadata: Record<string, never>;
  status: 'Failure';
  message: string;
  reason: StatusReason;
  details?: { name?: string; group?: string; kind?: string; causes?: StatusCause[] };
  code: number;
}

export type ApiResult<T> = { ok: true; object: T; warnings?: string[] } | { ok: false; status: ApiStatus };

function failure(code: number, reason: StatusReason, message: string, details?: ApiStatus['details']): ApiStatus {
  const s: ApiStatus = { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message, reason, code };
  if (details) s.details = details;
  return s;
}

function details(type: ResourceType, name: string): ApiStatus['details'] {
  return type.group ? { name, group: type.group, kind: type.plural } : { name, kind: type.plural };
}

export function notFound(type: ResourceType, name: string): ApiStatus {
  return failure(404, 'NotFound', `${qualifiedPlural(type)} "${name}" not found`, details(type, name));
}

export function alreadyExists(type: ResourceType, name: string): ApiStatus {
  return failure(409, 'AlreadyExists', `${qualifiedPlural(type)} "${name}" already exists`, details(type, name));
}

export function conflict(type: ResourceType, name: string): ApiStatus {
  return failure(
    409,
    'Conflict',
    `Operation cannot be fulfilled on ${qualifiedPlural(type)} "${name}": the object has been modified; please apply your changes to the latest version and try again`,
    details(type, name),
  );
}

export function conflictMessage(type: ResourceType, name: string, message: string): ApiStatus {
  return failure(409, 'Conflict', `Operation cannot be fulfilled on ${qualifiedPlural(type)} "${name}": ${message}`, details(type, name));
}

/** `message` is the rendered field-error list, `causes` one entry per field error. */
export function invalid(type: ResourceType, name: string, message: string, causes: StatusCause[]): ApiStatus {
  return failure(422, 'Invalid', `${qualifiedKind(type)} "${name}" is invalid: ${message}`, {
    name,
    ...(type.group ? { group: type.group } : {}),
    kind: type.kind,
    causes,
  });
}

export function forbidden(type: ResourceType, name: string, why: string): ApiStatus {
  return failure(403, 'Forbidden', `${qualifiedPlural(type)} "${name}" is forbidden: ${why}`, details(type, name));
}

export function badRequest(message: string): ApiStatus {
  return failure(400, 'BadRequest', message);
}

export function methodNotAllowed(message: string): ApiStatus {
  return failure(405, 'MethodNotAllowed', message);
}

export function tooLarge(message: string): ApiStatus {
  return failure(413, 'RequestEntityTooLarge', message);
}

export function internalError(message: string): ApiStatus {
  return failure(500, 'InternalError', message);
}

/** An error with no reason, e.g. etcd refusing an oversized value: kubectl prints `Error from server: …`. */
export function unreasoned(code: number, message: string): ApiStatus {
  return failure(code, '', message);
}
