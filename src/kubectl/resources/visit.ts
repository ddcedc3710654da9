// Carries out a builder plan against the simulated API server: one list request per type, or one
// get per named object. Like the builder with ContinueOnError, every failure is collected and the
// rest still runs; list failures are reworded as cli-runtime's EnhanceListError does.

import type { KubeObject } from '../../sim/api/object';
import { apiVersionOf, type ResourceType } from '../../sim/api/registry';
import type { ApiStatus } from '../../sim/api/status';
import type { Cluster } from '../../sim/cluster';
import { statusError, type KubectlError } from '../cli/errors';
import type { Output } from '../context';
import { localApiServices } from './api-services';
import { componentStatuses } from './component-status';
import { notFound } from '../../sim/api/status';
import { serverWarnings } from './warnings';
import type { Plan } from './builder';
import { nameSelected, requestRefused } from '../auth/authorizing-cluster';

/** One result of a plan: a listed type (any number of objects) or one named object. */
export interface Info {
  readonly type: ResourceType;
  readonly objects: readonly KubeObject[];
  /** The object was asked for by name. */
  readonly named: boolean;
}

export interface VisitResult {
  readonly infos: Info[];
  readonly errors: KubectlError[];
}

export interface VisitOptions {
  readonly namespace: string;
  readonly allNamespaces: boolean;
  /** --ignore-not-found: drop NotFound errors. */
  readonly ignoreNotFound?: boolean;
}

/** GroupVersionResource.String(): `/v1, Resource=pods`, `apps/v1, Resource=deployments`. */
const gvrString = (t: ResourceType): string => `${t.group}/${t.version}, Resource=${t.plural}`;

function methodNotAllowed(): ApiStatus {
  return { kind: 'Status', apiVersion: 'v1', metadata: {}, status: 'Failure', message: 'the server does not allow this method on the requested resource', reason: 'MethodNotAllowed', code: 405 };
}

/** EnhanceListError: BadRequest and NotFound list failures name the resource and the selectors. */
function enhanceListError(status: ApiStatus, type: ResourceType, labelSelector: string, fieldSelector: string): ApiStatus {
  if (status.reason !== 'BadRequest' && status.reason !== 'NotFound') return status;
  const message =
    labelSelector === '' && fieldSelector === ''
      ? `Unable to list "${gvrString(type)}": ${status.message}`
      : `Unable to find "${gvrString(type)}" that match label selector "${labelSelector}", field selector "${fieldSelector}": ${status.message}`;
  return { ...status, message };
}

/** Objects as a client decodes them: apiVersion and kind always set. */
function withTypeMeta(type: ResourceType, obj: KubeObject): KubeObject {
  if (obj.apiVersion && obj.kind) return obj;
  return { ...obj, apiVersion: apiVersionOf(type), kind: type.kind };
}

/** Kinds the server computes on each request instead of storing: their objects now. */
function computed(t: ResourceType, cluster: Cluster): KubeObject[] | undefined {
  if (t.group === '' && t.plural === 'componentstatuses') return componentStatuses(cluster);
  if (t.group === 'apiregistration.k8s.io' && t.plural === 'apiservices') return localApiServices(cluster);
  return undefined;
}

export function visitPlan(plan: Plan, cluster: Cluster, opts: VisitOptions, out: Output): VisitResult {
  const infos: Info[] = [];
  const errors: KubectlError[] = [];
  const fail = (status: ApiStatus): void => {
    if (opts.ignoreNotFound && status.reason === 'NotFound') return;
    errors.push(statusError(status));
  };
  if (plan.kind === 'list') {
    for (const type of plan.types) {
      const namespace = type.namespaced && !opts.allNamespaces ? opts.namespace : undefined;
      // Authorization comes first: a refused request reaches no handler (no warnings, no 405).
      const refused = requestRefused(cluster, 'list', type, namespace, nameSelected(plan.fieldSelector));
      if (refused) {
        fail(refused.status);
        continue;
      }
      for (const w of serverWarnings(type)) out.warning(w);
      if (!type.verbs.includes('list')) {
        fail(methodNotAllowed());
        continue;
      }
      const objects = computed(type, cluster);
      if (objects) {
        infos.push({ type, objects, named: false });
        continue;
      }
      const res = cluster.api.list(type, {
        ...(namespace !== undefined ? { namespace } : {}),
        ...(plan.labelSelector ? { labelSelector: plan.labelSelector } : {}),
        ...(plan.fieldSelector ? { fieldSelector: plan.fieldSelector } : {}),
      });
      if (!res.ok) {
        fail(enhanceListError(res.status, type, plan.labelSelector, plan.fieldSelector));
        continue;
      }
      infos.push({ type, objects: res.object.map((o) => withTypeMeta(type, o)), named: false });
    }
    return { infos, errors };
  }
  for (const item of plan.items) {
    const refused = requestRefused(cluster, 'get', item.type, opts.namespace, item.name);
    if (refused) {
      fail(refused.status);
      continue;
    }
    for (const w of serverWarnings(item.type)) out.warning(w);
    if (!item.type.verbs.includes('get')) {
      fail(methodNotAllowed());
      continue;
    }
    const objects = computed(item.type, cluster);
    if (objects) {
      const found = objects.find((o) => o.metadata.name === item.name);
      if (found) infos.push({ type: item.type, objects: [found], named: true });
      else fail(notFound(item.type, item.name));
      continue;
    }
    const res = cluster.api.get(item.type, item.type.namespaced ? opts.namespace : undefined, item.name);
    if (!res.ok) {
      fail(res.status);
      continue;
    }
    infos.push({ type: item.type, objects: [withTypeMeta(item.type, res.object)], named: true });
  }
  return { infos, errors };
}
