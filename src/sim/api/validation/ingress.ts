import type { FieldError } from '../field-errors';
import { invalid, required, unsupported } from '../field-errors';
import { validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isDNS1123Subdomain, isValidPathSegmentName, isValidPortName, isValidPortNum, isWildcardDNS1123Subdomain, nameIsDNS1035Label, nameIsDNSSubdomain } from './names';
import { asArr, asNum, asObj, asStr, isObj } from './util';

/**
 * Ingresses (networking.k8s.io/v1): kubernetes `pkg/apis/networking/validation/validation.go`
 * (ValidateIngressCreate, ValidateIngressSpec, validateIngressRules, validateHTTPIngressPath,
 * validateIngressBackend, validateIngressTLS).
 */

const PATH_TYPES = ['Exact', 'ImplementationSpecific', 'Prefix'];
const INVALID_SEQUENCES = ['//', '/./', '/../', '%2f', '%2F'];
const INVALID_SUFFIXES = ['/..', '/.'];
const isIPAddress = (s: string): boolean => /^\d{1,3}(\.\d{1,3}){3}$/.test(s) || (s.includes(':') && /^[0-9a-fA-F:.]+$/.test(s));

function validateBackend(backendValue: unknown, path: string): FieldError[] {
  const backend = asObj(backendValue);
  const hasResource = isObj(backend.resource);
  const hasService = isObj(backend.service);
  if (hasResource && hasService) return [invalid(path, '', 'cannot set both resource and service backends')];
  if (hasResource) {
    const res = asObj(backend.resource);
    const errs: FieldError[] = [];
    if (!asStr(res.kind)) errs.push(required(`${path}.resource.kind`, 'kind is required'));
    else errs.push(...isValidPathSegmentName(asStr(res.kind)).map((m) => invalid(`${path}.resource.kind`, res.kind, m)));
    if (!asStr(res.name)) errs.push(required(`${path}.resource.name`, 'name is required'));
    else errs.push(...isValidPathSegmentName(asStr(res.name)).map((m) => invalid(`${path}.resource.name`, res.name, m)));
    return errs;
  }
  if (!hasService) return [invalid(path, '', 'resource or service backend is required')];
  const svc = asObj(backend.service);
  const errs: FieldError[] = [];
  const name = asStr(svc.name);
  if (!name) errs.push(required(`${path}.service.name`));
  else errs.push(...nameIsDNS1035Label(name, false).map((m) => invalid(`${path}.service.name`, name, m)));
  const port = asObj(svc.port);
  const portName = asStr(port.name);
  const portNumber = asNum(port.number) ?? 0;
  if (portName && portNumber !== 0) errs.push(invalid(path, '', 'cannot set both port name & port number'));
  else if (portName) errs.push(...isValidPortName(portName).map((m) => invalid(`${path}.service.port.name`, portName, m)));
  else if (portNumber !== 0) errs.push(...isValidPortNum(portNumber).map((m) => invalid(`${path}.service.port.number`, portNumber, m)));
  else errs.push(required(path, 'port name or number is required'));
  return errs;
}

function validateHTTPPath(p: Record<string, unknown>, path: string): FieldError[] {
  if (p.pathType === undefined || p.pathType === null) return [required(`${path}.pathType`, 'pathType must be specified')];
  const errs: FieldError[] = [];
  const value = asStr(p.path);
  const type = asStr(p.pathType);
  if (type === 'Exact' || type === 'Prefix') {
    if (!value.startsWith('/')) errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
    if (value) {
      for (const seq of INVALID_SEQUENCES) if (value.includes(seq)) errs.push(invalid(`${path}.path`, value, `must not contain '${seq}'`));
      for (const suf of INVALID_SUFFIXES) if (value.endsWith(suf)) errs.push(invalid(`${path}.path`, value, `cannot end with '${suf}'`));
    }
  } else if (type === 'ImplementationSpecific') {
    if (value && !value.startsWith('/')) errs.push(invalid(`${path}.path`, value, 'must be an absolute path'));
  } else errs.push(unsupported(`${path}.pathType`, type, PATH_TYPES));
  return [...errs, ...validateBackend(p.backend, `${path}.backend`)];
}

function validateRules(rules: unknown[], path: string): FieldError[] {
  const errs: FieldError[] = [];
  rules.map(asObj).forEach((rule, i) => {
    const host = asStr(rule.host);
    if (host) {
      if (isIPAddress(host)) errs.push(invalid(`${path}[${i}].host`, host, 'must be a DNS name, not an IP address'));
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      errs.push(...msgs.map((m) => invalid(`${path}[${i}].host`, host, m)));
    }
    if (isObj(rule.http)) {
      const paths = asArr(rule.http.paths).map(asObj);
      if (paths.length === 0) errs.push(required(`${path}[${i}].http.paths`));
      paths.forEach((p, j) => errs.push(...validateHTTPPath(p, `${path}[${i}].http.paths[${j}]`)));
    }
  });
  return errs;
}

function validateIngressSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const rules = asArr(spec.rules);
  const errs: FieldError[] = [];
  if (rules.length === 0 && !isObj(spec.defaultBackend)) {
    errs.push(invalid('spec', spec.rules ?? null, 'either `defaultBackend` or `rules` must be specified'));
  }
  if (isObj(spec.defaultBackend)) errs.push(...validateBackend(spec.defaultBackend, 'spec.defaultBackend'));
  if (rules.length > 0) errs.push(...validateRules(rules, 'spec.rules'));
  asArr(spec.tls).map(asObj).forEach((tls, i) => {
    asArr(tls.hosts).map(asStr).forEach((host, j) => {
      const msgs = host.includes('*') ? isWildcardDNS1123Subdomain(host) : isDNS1123Subdomain(host);
      errs.push(...msgs.map((m) => invalid(`spec.tls[${i}].hosts[${j}]`, host, m)));
    });
    const secret = asStr(tls.secretName);
    if (secret) errs.push(...nameIsDNSSubdomain(secret, false).map((m) => invalid(`spec.tls[${i}].secretName`, secret, m)));
  });
  if (typeof spec.ingressClassName === 'string') {
    const cls = spec.ingressClassName;
    errs.push(...nameIsDNSSubdomain(cls, false).map((m) => invalid('spec.ingressClassName', cls, m)));
  }
  return errs;
}

export function validateIngressCreate(ing: Record<string, unknown>): FieldError[] {
  const errs = [...validateObjectMeta(ing.metadata, nameIsDNSSubdomain), ...validateIngressSpec(ing.spec)];
  const annotation = asObj(asObj(ing.metadata).annotations)['kubernetes.io/ingress.class'];
  const className = asObj(ing.spec).ingressClassName;
  if (typeof annotation === 'string' && typeof className === 'string' && annotation !== className) {
    errs.push(invalid('annotations.kubernetes.io/ingress.class', annotation, 'must match `ingressClassName` when both are specified'));
  }
  return errs;
}

export function validateIngressUpdate(ing: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  return [...validateObjectMetaUpdate(ing.metadata, old.metadata), ...validateObjectMeta(ing.metadata, nameIsDNSSubdomain), ...validateIngressSpec(ing.spec)];
}
