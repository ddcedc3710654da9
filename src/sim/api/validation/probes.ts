import type { FieldError } from '../field-errors';
import { forbidden, invalid, required, unsupported } from '../field-errors';
import { isHTTPHeaderName, isValidPortName, isValidPortNum } from './names';
import { asArr, asNum, asObj, asStr, defaulted, isObj } from './util';

/**
 * Probes and lifecycle hooks: kubernetes `pkg/apis/core/validation/validation.go` (validateProbe,
 * validateHandler, validateHTTPGetAction, ValidatePortNumOrName, validateSleepAction).
 * Defaulted fields (httpGet.path "/", scheme HTTP, period 10…) count as set when absent.
 */

const nonNegative = (v: unknown, path: string): FieldError[] =>
  typeof v === 'number' && v < 0 ? [invalid(path, v, 'must be greater than or equal to 0')] : [];

/** An IntOrString port: numbers must be 1-65535, names IANA_SVC_NAME. */
export function validatePortNumOrName(port: unknown, path: string): FieldError[] {
  if (typeof port === 'string') return isValidPortName(port).map((msg) => invalid(path, port, msg));
  const n = asNum(port) ?? 0;
  return isValidPortNum(n).map((msg) => invalid(path, n, msg));
}

function validateHandler(handler: Record<string, unknown>, grace: number | undefined, path: string, allowSleep: boolean): FieldError[] {
  const errs: FieldError[] = [];
  let handlers = 0;
  const kinds = allowSleep ? ['exec', 'httpGet', 'tcpSocket', 'sleep'] : ['exec', 'httpGet', 'tcpSocket', 'grpc'];
  for (const kind of kinds) {
    if (!isObj(handler[kind])) continue;
    const hp = `${path}.${kind}`;
    if (handlers > 0) {
      errs.push(forbidden(hp, 'may not specify more than 1 handler type'));
      continue;
    }
    handlers++;
    const h = handler[kind];
    if (kind === 'exec' && asArr(h.command).length === 0) errs.push(required(`${hp}.command`));
    if (kind === 'httpGet') {
      errs.push(...validatePortNumOrName(h.port, `${hp}.port`));
      const scheme = defaulted(h.scheme, 'HTTP');
      if (scheme !== 'HTTP' && scheme !== 'HTTPS') errs.push(unsupported(`${hp}.scheme`, scheme, ['HTTP', 'HTTPS']));
      for (const header of asArr(h.httpHeaders)) {
        const name = asStr(asObj(header).name);
        for (const msg of isHTTPHeaderName(name)) errs.push(invalid(`${hp}.httpHeaders`, name, msg));
      }
    }
    if (kind === 'tcpSocket') errs.push(...validatePortNumOrName(h.port, `${hp}.port`));
    if (kind === 'grpc') errs.push(...validatePortNumOrName(asNum(h.port) ?? 0, `${hp}.port`));
    if (kind === 'sleep' && grace !== undefined) {
      const s = asNum(h.seconds) ?? 0;
      if (s < 0 || s > grace) {
        errs.push(invalid(hp, s, `must be non-negative and less than terminationGracePeriodSeconds (${grace})`));
      }
    }
  }
  if (handlers === 0) errs.push(required(path, 'must specify a handler type'));
  return errs;
}

export type ProbeKind = 'livenessProbe' | 'readinessProbe' | 'startupProbe';

export function validateProbe(kind: ProbeKind, probe: unknown, grace: number | undefined, path: string): FieldError[] {
  if (!isObj(probe)) return [];
  const errs = validateHandler(probe, grace, path, false);
  for (const f of ['initialDelaySeconds', 'timeoutSeconds', 'periodSeconds', 'successThreshold', 'failureThreshold']) {
    errs.push(...nonNegative(probe[f], `${path}.${f}`));
  }
  const tgps = asNum(probe.terminationGracePeriodSeconds);
  if (tgps !== undefined && tgps <= 0) errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must be greater than 0'));
  const success = asNum(probe.successThreshold) ?? 1;
  if (kind !== 'readinessProbe' && success !== 1) errs.push(invalid(`${path}.successThreshold`, success, 'must be 1'));
  if (kind === 'readinessProbe' && tgps !== undefined) {
    errs.push(invalid(`${path}.terminationGracePeriodSeconds`, tgps, 'must not be set for readinessProbes'));
  }
  return errs;
}

export function validateLifecycle(lifecycle: unknown, grace: number | undefined, path: string): FieldError[] {
  const lc = asObj(lifecycle);
  const errs: FieldError[] = [];
  for (const hook of ['postStart', 'preStop']) {
    if (isObj(lc[hook])) errs.push(...validateHandler(lc[hook], grace, `${path}.${hook}`, true));
  }
  return errs;
}
