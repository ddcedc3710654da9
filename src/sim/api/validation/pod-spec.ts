import type { FieldError } from '../field-errors';
import { forbidden, invalid, required, unsupported } from '../field-errors';
import { validateContainers, validateInitContainers } from './containers';
import { validateAnnotations, validateLabels } from './meta';
import { inclusiveRangeError, isDNS1123Label, isLabelValue, isQualifiedName, nameIsDNSSubdomain } from './names';
import { asArr, asNum, asObj, asStr, asStrMap, defaulted, isObj } from './util';
import { validateVolumes } from './volumes';

/**
 * PodSpec and pod templates: kubernetes `pkg/apis/core/validation/validation.go` (ValidatePodSpec,
 * validateRestartPolicy, validateDNSPolicy, ValidateTolerations, validatePodHostNetworkDeps,
 * ValidatePodTemplateSpec), in the order the server reports them.
 */

const MAX_INT32 = 2147483647;
const RESTART_POLICIES = ['Always', 'OnFailure', 'Never'];
const DNS_POLICIES = ['ClusterFirstWithHostNet', 'ClusterFirst', 'Default', 'None'];
const TAINT_EFFECTS = ['NoSchedule', 'PreferNoSchedule', 'NoExecute'];

export function validateTolerations(list: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArr(list).forEach((raw, i) => {
    const t = asObj(raw);
    const tp = `${path}[${i}]`;
    const key = asStr(t.key);
    const operator = asStr(t.operator);
    const effect = asStr(t.effect);
    const value = asStr(t.value);
    if (key) errs.push(...isQualifiedName(key).map((m) => invalid(`${tp}.key`, key, m)));
    if (!key && operator !== 'Exists') {
      errs.push(invalid(`${tp}.operator`, operator, 'operator must be Exists when `key` is empty, which means "match all values and all keys"'));
    }
    if (t.tolerationSeconds !== undefined && t.tolerationSeconds !== null && effect !== 'NoExecute') {
      errs.push(invalid(`${tp}.effect`, effect, "effect must be 'NoExecute' when `tolerationSeconds` is set"));
    }
    if (operator === 'Equal' || operator === '') {
      const msgs = isLabelValue(value);
      if (msgs.length > 0) errs.push(invalid(`${tp}.operator`, value, msgs.join(';')));
    } else if (operator === 'Exists') {
      if (value) errs.push(invalid(`${tp}.operator`, value, "value must be empty when `operator` is 'Exists'"));
    } else errs.push(unsupported(`${tp}.operator`, operator, ['Equal', 'Exists']));
    if (effect && !TAINT_EFFECTS.includes(effect)) errs.push(unsupported(`${tp}.effect`, effect, TAINT_EFFECTS));
  });
  return errs;
}

function validateHostNetworkPorts(spec: Record<string, unknown>, path: string, isPod: boolean): FieldError[] {
  if (spec.hostNetwork !== true) return [];
  const errs: FieldError[] = [];
  asArr(spec.containers).forEach((c, i) => {
    asArr(asObj(c).ports).forEach((raw, j) => {
      const p = asObj(raw);
      const hp = asNum(p.hostPort) ?? 0;
      const cp = asNum(p.containerPort) ?? 0;
      if ((isPod || hp !== 0) && hp !== cp && !(isPod && hp === 0)) {
        errs.push(invalid(`${path}.containers[${i}].ports[${j}].hostPort`, hp, 'must match `containerPort` when `hostNetwork` is true'));
      }
    });
  });
  return errs;
}

function nameField(spec: Record<string, unknown>, field: string, path: string, check: (v: string) => string[]): FieldError[] {
  const v = asStr(spec[field]);
  return v ? check(v).map((m) => invalid(`${path}.${field}`, v, m)) : [];
}

/** `isPod` is ValidationOptions.ResourceIsPod: a Pod rather than a template inside a workload. */
export function validatePodSpec(specValue: unknown, path: string, isPod: boolean): FieldError[] {
  const spec = asObj(specValue);
  const errs: FieldError[] = [];
  const grace = asNum(spec.terminationGracePeriodSeconds) ?? 30;
  const { errs: volErrs, valid } = validateVolumes(spec.volumes, `${path}.volumes`);
  errs.push(...volErrs);
  const ctx = { volumes: valid, grace };
  errs.push(...validateContainers(spec.containers, ctx, `${path}.containers`));
  errs.push(...validateInitContainers(spec.initContainers, spec.containers, ctx, `${path}.initContainers`));
  errs.push(...validateHostNetworkPorts(spec, path, isPod));
  const restart = defaulted(spec.restartPolicy, 'Always');
  if (!RESTART_POLICIES.includes(asStr(restart))) errs.push(unsupported(`${path}.restartPolicy`, restart, RESTART_POLICIES));
  const dns = defaulted(spec.dnsPolicy, 'ClusterFirst');
  if (!DNS_POLICIES.includes(asStr(dns))) errs.push(unsupported(`${path}.dnsPolicy`, dns, DNS_POLICIES));
  errs.push(...validateLabels(asStrMap(spec.nodeSelector), `${path}.nodeSelector`));
  errs.push(...validatePodSecurityContext(spec.securityContext, `${path}.securityContext`));
  if (dns === 'None' && !isObj(spec.dnsConfig)) errs.push(required(`${path}.dnsConfig`, 'must provide `dnsConfig` when `dnsPolicy` is None'));
  errs.push(...nameField(spec, 'serviceAccountName', path, (v) => nameIsDNSSubdomain(v, false)));
  errs.push(...nameField(spec, 'nodeName', path, (v) => nameIsDNSSubdomain(v, false)));
  const ads = asNum(spec.activeDeadlineSeconds);
  if (ads !== undefined && (ads < 1 || ads > MAX_INT32)) errs.push(invalid(`${path}.activeDeadlineSeconds`, ads, inclusiveRangeError(1, MAX_INT32)));
  errs.push(...nameField(spec, 'hostname', path, isDNS1123Label));
  errs.push(...nameField(spec, 'subdomain', path, isDNS1123Label));
  errs.push(...validateTolerations(spec.tolerations, `${path}.tolerations`));
  errs.push(...nameField(spec, 'priorityClassName', path, (v) => nameIsDNSSubdomain(v, false)));
  return errs;
}

function validatePodSecurityContext(sc: unknown, path: string): FieldError[] {
  if (!isObj(sc)) return [];
  const errs: FieldError[] = [];
  for (const f of ['fsGroup', 'runAsUser', 'runAsGroup']) {
    const id = asNum(sc[f]);
    if (id !== undefined && (id < 0 || id > MAX_INT32)) errs.push(invalid(`${path}.${f}`, id, inclusiveRangeError(0, MAX_INT32)));
  }
  return errs;
}

/** ValidatePodTemplateSpec: labels and annotations of the template, then its spec. */
export function validatePodTemplateSpec(templateValue: unknown, path: string): FieldError[] {
  const template = asObj(templateValue);
  const meta = asObj(template.metadata);
  const spec = asObj(template.spec);
  const errs = [
    ...validateLabels(asStrMap(meta.labels), `${path}.labels`),
    ...validateAnnotations(asStrMap(meta.annotations), `${path}.annotations`),
    ...validatePodSpec(spec, `${path}.spec`, false),
  ];
  if (asArr(spec.ephemeralContainers).length > 0) {
    errs.push(forbidden(`${path}.spec.ephemeralContainers`, 'ephemeral containers not allowed in pod template'));
  }
  return errs;
}
