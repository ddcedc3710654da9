import type { FieldError } from '../field-errors';
import { duplicate, forbidden, invalid, required, unsupported } from '../field-errors';
import { validateEnv, validateEnvFrom } from './env';
import { inclusiveRangeError, isDNS1123Label, isValidPortName, isValidPortNum } from './names';
import { validateLifecycle, validateProbe } from './probes';
import { validateResourceRequirements } from './resources';
import { asArr, asNum, asObj, asStr, defaulted, isObj } from './util';
import { validateVolumeMounts } from './volumes';

/**
 * Containers of a pod spec: kubernetes `pkg/apis/core/validation/validation.go`
 * (validateContainers, validateInitContainers, validateContainerCommon, validateContainerPorts,
 * AccumulateUniqueHostPorts, ValidateSecurityContext). Fields the defaulter always sets
 * (protocol, imagePullPolicy, terminationMessagePolicy) are only checked when present.
 */

export interface SpecContext {
  volumes: Map<string, Record<string, unknown>>;
  grace: number | undefined;
}

const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const PULL_POLICIES = ['Always', 'IfNotPresent', 'Never'];
const MAX_INT32 = 2147483647;

function validatePorts(ports: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set<string>();
  asArr(ports).forEach((raw, i) => {
    const p = asObj(raw);
    const pp = `${path}[${i}]`;
    const name = asStr(p.name);
    if (name) {
      const msgs = isValidPortName(name);
      if (msgs.length > 0) errs.push(...msgs.map((m) => invalid(`${pp}.name`, name, m)));
      else if (names.has(name)) errs.push(duplicate(`${pp}.name`, name));
      else names.add(name);
    }
    const containerPort = asNum(p.containerPort) ?? 0;
    if (containerPort === 0) errs.push(required(`${pp}.containerPort`));
    else errs.push(...isValidPortNum(containerPort).map((m) => invalid(`${pp}.containerPort`, containerPort, m)));
    const hostPort = asNum(p.hostPort) ?? 0;
    if (hostPort !== 0) errs.push(...isValidPortNum(hostPort).map((m) => invalid(`${pp}.hostPort`, hostPort, m)));
    const protocol = defaulted(p.protocol, 'TCP');
    if (!PROTOCOLS.includes(asStr(protocol))) errs.push(unsupported(`${pp}.protocol`, protocol, PROTOCOLS));
  });
  return errs;
}

function validateSecurityContext(sc: unknown, path: string): FieldError[] {
  if (!isObj(sc)) return [];
  const errs: FieldError[] = [];
  for (const f of ['runAsUser', 'runAsGroup']) {
    const id = asNum(sc[f]);
    if (id !== undefined && (id < 0 || id > MAX_INT32)) errs.push(invalid(`${path}.${f}`, id, inclusiveRangeError(0, MAX_INT32)));
  }
  if (sc.allowPrivilegeEscalation === false && sc.privileged === true) {
    errs.push(invalid(path, sc, 'cannot set `allowPrivilegeEscalation` to false and `privileged` to true'));
  }
  return errs;
}

function validateContainerCommon(ctr: Record<string, unknown>, ctx: SpecContext, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asStr(ctr.name);
  if (!name) errs.push(required(`${path}.name`));
  else errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, name, m)));
  if (!asStr(ctr.image)) errs.push(required(`${path}.image`));
  const tmp = defaulted(ctr.terminationMessagePolicy, 'File');
  if (tmp !== 'File' && tmp !== 'FallbackToLogsOnError') {
    errs.push(unsupported(`${path}.terminationMessagePolicy`, tmp, ['File', 'FallbackToLogsOnError']));
  }
  errs.push(...validatePorts(ctr.ports, `${path}.ports`));
  errs.push(...validateEnv(ctr.env, `${path}.env`));
  errs.push(...validateEnvFrom(ctr.envFrom, `${path}.envFrom`));
  errs.push(...validateVolumeMounts(ctr.volumeMounts, ctx.volumes, `${path}.volumeMounts`));
  const pull = defaulted(ctr.imagePullPolicy, 'IfNotPresent');
  if (!PULL_POLICIES.includes(asStr(pull))) errs.push(unsupported(`${path}.imagePullPolicy`, pull, PULL_POLICIES));
  errs.push(...validateResourceRequirements(ctr.resources, `${path}.resources`));
  errs.push(...validateSecurityContext(ctr.securityContext, `${path}.securityContext`));
  return errs;
}

/** Host ports must be unique per protocol/hostIP across the given containers. */
/** (Init containers are checked one at a time, so their index in the path is always 0, as upstream.) */
function checkHostPortConflicts(containers: Record<string, unknown>[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  containers.forEach((ctr, ci) => {
    asArr(ctr.ports).forEach((raw, pi) => {
      const p = asObj(raw);
      const hostPort = asNum(p.hostPort) ?? 0;
      if (hostPort === 0) return;
      const key = `${asStr(p.protocol) || 'TCP'}/${asStr(p.hostIP)}/${hostPort}`;
      if (seen.has(key)) errs.push(duplicate(`${path}[${ci}].ports[${pi}].hostPort`, key));
      else seen.add(key);
    });
  });
  return errs;
}

export function validateContainers(list: unknown, ctx: SpecContext, path: string): FieldError[] {
  const containers = asArr(list).map(asObj);
  if (containers.length === 0) return [required(path)];
  const errs: FieldError[] = [];
  const names = new Set<string>();
  containers.forEach((ctr, i) => {
    const cp = `${path}[${i}]`;
    errs.push(...validateContainerCommon(ctr, ctx, cp));
    const name = asStr(ctr.name);
    if (names.has(name)) errs.push(duplicate(`${cp}.name`, name));
    else names.add(name);
    if (isObj(ctr.lifecycle)) errs.push(...validateLifecycle(ctr.lifecycle, ctx.grace, `${cp}.lifecycle`));
    for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
      errs.push(...validateProbe(kind, ctr[kind], ctx.grace, `${cp}.${kind}`));
    }
    if (ctr.restartPolicy !== undefined) errs.push(forbidden(`${cp}.restartPolicy`, 'may not be set for non-init containers'));
  });
  return [...errs, ...checkHostPortConflicts(containers, path)];
}

export function validateInitContainers(list: unknown, regular: unknown, ctx: SpecContext, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const names = new Set(asArr(regular).map((c) => asStr(asObj(c).name)));
  asArr(list).map(asObj).forEach((ctr, i) => {
    const cp = `${path}[${i}]`;
    errs.push(...validateContainerCommon(ctr, ctx, cp));
    const restartAlways = ctr.restartPolicy === 'Always';
    if (ctr.restartPolicy !== undefined && !restartAlways) errs.push(unsupported(`${cp}.restartPolicy`, ctr.restartPolicy, ['Always']));
    const name = asStr(ctr.name);
    if (names.has(name)) errs.push(duplicate(`${cp}.name`, name));
    else if (name) names.add(name);
    errs.push(...checkHostPortConflicts([ctr], path));
    if (restartAlways) {
      if (isObj(ctr.lifecycle)) errs.push(...validateLifecycle(ctr.lifecycle, ctx.grace, `${cp}.lifecycle`));
      for (const kind of ['livenessProbe', 'readinessProbe', 'startupProbe'] as const) {
        errs.push(...validateProbe(kind, ctr[kind], ctx.grace, `${cp}.${kind}`));
      }
    } else {
      for (const f of ['lifecycle', 'livenessProbe', 'readinessProbe', 'startupProbe']) {
        if (ctr[f] !== undefined && ctr[f] !== null) errs.push(forbidden(`${cp}.${f}`, 'may not be set for init containers without restartPolicy=Always'));
      }
    }
  });
  return errs;
}

/** Pods only (not templates): the image may not carry surrounding whitespace. */
export function validateImagesWhitespace(list: unknown, path: string): FieldError[] {
  return asArr(list).flatMap((raw, i) => {
    const image = asStr(asObj(raw).image);
    return image !== image.trim() ? [invalid(`${path}[${i}].image`, image, 'must not have leading or trailing whitespace')] : [];
  });
}
