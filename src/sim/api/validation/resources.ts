import type { FieldError } from '../field-errors';
import { invalid, required } from '../field-errors';
import { isQualifiedName } from './names';
import type { Qty } from './quantity';
import { cmpQty, formatQty, isIntegerQty, isNegativeQty, parseQty } from './quantity';
import { asObj } from './util';

/**
 * Container resource requests and limits: kubernetes `pkg/apis/core/validation/validation.go`
 * (validateResourceRequirements, validateContainerResourceName, ValidateResourceQuantityValue)
 * and the resource-name predicates of `pkg/apis/core/helper/helpers.go`.
 */

const STANDARD_CONTAINER = new Set(['cpu', 'memory', 'ephemeral-storage']);
const STANDARD_RESOURCES = new Set([
  'cpu', 'memory', 'ephemeral-storage', 'requests.cpu', 'requests.memory', 'requests.ephemeral-storage',
  'limits.cpu', 'limits.memory', 'limits.ephemeral-storage', 'pods', 'services', 'replicationcontrollers',
  'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims', 'storage', 'requests.storage',
  'services.nodeports', 'services.loadbalancers',
]);
const INTEGER_RESOURCES = new Set([
  'pods', 'services', 'replicationcontrollers', 'resourcequotas', 'secrets', 'configmaps', 'persistentvolumeclaims',
  'services.nodeports', 'services.loadbalancers',
]);

const isHugePages = (name: string): boolean => name.startsWith('hugepages-');
const isNative = (name: string): boolean => !name.includes('/') || name.startsWith('kubernetes.io/');
const isExtended = (name: string): boolean =>
  !isNative(name) && !name.startsWith('requests.') && isQualifiedName(`requests.${name}`).length === 0;
/** Native resources except hugepages may be overcommitted (requests below limits). */
const overcommitAllowed = (name: string): boolean => isNative(name) && !isHugePages(name);
const isIntegerResource = (name: string): boolean => INTEGER_RESOURCES.has(name) || isExtended(name);

function validateContainerResourceName(name: string, path: string): FieldError[] {
  const errs = isQualifiedName(name).map((msg) => invalid(path, name, msg));
  if (errs.length > 0) return errs;
  const unprefixed = !name.includes('/');
  if (unprefixed && !STANDARD_RESOURCES.has(name) && !isHugePages(name)) {
    errs.push(invalid(path, name, 'must be a standard resource type or fully qualified'));
  }
  if (unprefixed) {
    if (!STANDARD_CONTAINER.has(name) && !isHugePages(name)) errs.push(invalid(path, name, 'must be a standard resource for containers'));
  } else if (!isNative(name) && !isExtended(name)) {
    errs.push(invalid(path, name, "doesn't follow extended resource name standard"));
  }
  return errs;
}

/** ValidateResourceQuantityValue: not negative, whole numbers for countable resources. */
export function validateQuantityValue(name: string, q: Qty, path: string): FieldError[] {
  const errs: FieldError[] = [];
  if (isNegativeQty(q)) errs.push(invalid(path, formatQty(q), 'must be greater than or equal to 0'));
  if (isIntegerResource(name) && !isIntegerQty(q)) errs.push(invalid(path, formatQty(q), 'must be an integer'));
  return errs;
}

function parsedList(v: unknown): Array<{ name: string; q: Qty }> {
  return Object.entries(asObj(v)).flatMap(([name, raw]) => {
    const q = parseQty(raw);
    return q ? [{ name, q }] : [];
  });
}

export function validateResourceRequirements(resources: unknown, path: string): FieldError[] {
  const res = asObj(resources);
  const errs: FieldError[] = [];
  const limPath = `${path}.limits`;
  const reqPath = `${path}.requests`;
  const limits = parsedList(res.limits);
  const requests = parsedList(res.requests);
  let limCpuMem = false;
  let reqCpuMem = false;
  let hugePages = false;
  for (const { name, q } of limits) {
    const p = `${limPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p));
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') limCpuMem = true;
  }
  for (const { name, q } of requests) {
    const p = `${reqPath}[${name}]`;
    errs.push(...validateContainerResourceName(name, p), ...validateQuantityValue(name, q, p));
    const limit = limits.find((l) => l.name === name);
    if (limit) {
      const c = cmpQty(q, limit.q);
      if (c !== 0 && !overcommitAllowed(name)) {
        errs.push(invalid(reqPath, formatQty(q), `must be equal to ${name} limit of ${formatQty(limit.q)}`));
      } else if (c > 0) {
        errs.push(invalid(reqPath, formatQty(q), `must be less than or equal to ${name} limit of ${formatQty(limit.q)}`));
      }
    } else if (!overcommitAllowed(name)) {
      errs.push(required(limPath, 'Limit must be set for non overcommitable resources'));
    }
    if (isHugePages(name)) hugePages = true;
    if (name === 'cpu' || name === 'memory') reqCpuMem = true;
  }
  if (!limCpuMem && !reqCpuMem && hugePages) errs.push({ type: 'Forbidden', field: path, detail: 'HugePages require cpu or memory' });
  return errs;
}
