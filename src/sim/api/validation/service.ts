import type { FieldError } from '../field-errors';
import { duplicate, forbidden, goJson, invalid, raw, required, unsupported } from '../field-errors';
import { validateLabels, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { isDNS1123Label, isDNS1123Subdomain, isQualifiedName, isValidPortNum, nameIsDNS1035Label } from './names';
import { validatePortNumOrName } from './probes';
import { asArr, asNum, asObj, asStr, asStrMap, defaulted, isObj } from './util';

/**
 * Services: kubernetes `pkg/apis/core/validation/validation.go` (ValidateService,
 * validateServicePort, validateServiceExternalTrafficPolicy, validateUpgradeDowngradeClusterIPs)
 * and the node-port allocator's range check (`pkg/registry/core/service/portallocator`), which
 * runs before validation and fails on its own. Absent defaulted fields (type, protocol,
 * targetPort, sessionAffinity, traffic policies) count as their defaults.
 */

export const NODE_PORT_RANGE = { min: 30000, max: 32767 };
const TYPES = ['ClusterIP', 'ExternalName', 'LoadBalancer', 'NodePort'];
const PROTOCOLS = ['SCTP', 'TCP', 'UDP'];
const IP_MSG = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';

const typeOf = (spec: Record<string, unknown>): string => asStr(defaulted(spec.type, 'ClusterIP'));
const clusterIPsOf = (spec: Record<string, unknown>): string[] => {
  const ips = asArr(spec.clusterIPs).map(asStr);
  return ips.length > 0 ? ips : asStr(spec.clusterIP) ? [asStr(spec.clusterIP)] : [];
};
const isHeadless = (spec: Record<string, unknown>): boolean => clusterIPsOf(spec)[0] === 'None';
const isIPv4 = (s: string): boolean => /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)(\.(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)){3}$/.test(s);
const isIP = (s: string): boolean => isIPv4(s) || (/^[0-9a-fA-F:.]+$/.test(s) && s.includes(':'));

function validateServicePort(port: Record<string, unknown>, requireName: boolean, names: Set<string>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const name = asStr(port.name);
  if (requireName && !name) errs.push(required(`${path}.name`));
  else if (name) {
    errs.push(...isDNS1123Label(name).map((m) => invalid(`${path}.name`, name, m)));
    if (names.has(name)) errs.push(duplicate(`${path}.name`, name));
    else names.add(name);
  }
  const num = asNum(port.port) ?? 0;
  errs.push(...isValidPortNum(num).map((m) => invalid(`${path}.port`, num, m)));
  const protocol = defaulted(port.protocol, 'TCP');
  if (!PROTOCOLS.includes(asStr(protocol))) errs.push(unsupported(`${path}.protocol`, protocol, PROTOCOLS));
  const target = port.targetPort === undefined || port.targetPort === 0 || port.targetPort === '' ? num : port.targetPort;
  errs.push(...validatePortNumOrName(target, `${path}.targetPort`));
  if (typeof port.appProtocol === 'string') errs.push(...isQualifiedName(port.appProtocol).map((m) => invalid(`${path}.appProtocol`, port.appProtocol, m)));
  return errs;
}

/** The internal core.ServicePort the duplicate check prints (no JSON tags upstream). */
const servicePortKey = (protocol: string, port: number): unknown =>
  raw(`{"Name":"","Protocol":${goJson(protocol)},"AppProtocol":null,"Port":${port},"TargetPort":0,"NodePort":0}`);

function validateTypeSpecific(spec: Record<string, unknown>, type: string): FieldError[] {
  const errs: FieldError[] = [];
  if ((type === 'LoadBalancer' || type === 'NodePort') && isHeadless(spec)) {
    errs.push(invalid('spec.clusterIPs[0]', 'None', `may not be set to 'None' for ${type} services`));
  }
  if (type === 'ExternalName') {
    if (clusterIPsOf(spec).length > 0) errs.push(forbidden('spec.clusterIPs', 'may not be set for ExternalName services'));
    if (asArr(spec.ipFamilies).length > 0) errs.push(forbidden('spec.ipFamilies', 'may not be set for ExternalName services'));
    if (spec.ipFamilyPolicy !== undefined && spec.ipFamilyPolicy !== null) errs.push(forbidden('spec.ipFamilyPolicy', 'may not be set for ExternalName services'));
    const cname = asStr(spec.externalName).replace(/\.$/, '');
    if (cname) errs.push(...isDNS1123Subdomain(cname).map((m) => invalid('spec.externalName', cname, m)));
    else errs.push(required('spec.externalName'));
  }
  return errs;
}

function validateTrafficPolicies(spec: Record<string, unknown>, type: string): FieldError[] {
  const errs: FieldError[] = [];
  const external = type === 'NodePort' || type === 'LoadBalancer' || asArr(spec.externalIPs).length > 0;
  const etp = spec.externalTrafficPolicy;
  if (!external && etp !== undefined && etp !== '') {
    errs.push(invalid('spec.externalTrafficPolicy', etp, 'may only be set for externally-accessible services'));
  } else if (external && etp !== undefined && etp !== '' && etp !== 'Cluster' && etp !== 'Local') {
    errs.push(unsupported('spec.externalTrafficPolicy', etp, ['Cluster', 'Local']));
  }
  const itp = spec.internalTrafficPolicy;
  if (itp !== undefined && itp !== null && itp !== 'Cluster' && itp !== 'Local') errs.push(unsupported('spec.internalTrafficPolicy', itp, ['Cluster', 'Local']));
  return errs;
}

function validateServiceSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const type = typeOf(spec);
  const ports = asArr(spec.ports).map(asObj);
  const errs: FieldError[] = [];
  if (ports.length === 0 && !isHeadless(spec) && type !== 'ExternalName') errs.push(required('spec.ports'));
  errs.push(...validateTypeSpecific(spec, type));
  const names = new Set<string>();
  ports.forEach((p, i) => errs.push(...validateServicePort(p, ports.length > 1, names, `spec.ports[${i}]`)));
  if (isObj(spec.selector)) errs.push(...validateLabels(asStrMap(spec.selector), 'spec.selector'));
  const affinity = defaulted(spec.sessionAffinity, 'None');
  if (affinity !== 'ClientIP' && affinity !== 'None') errs.push(unsupported('spec.sessionAffinity', affinity, ['ClientIP', 'None']));
  clusterIPsOf(spec).forEach((ip, i) => {
    if (!(i === 0 && ip === 'None') && !isIP(ip)) errs.push(invalid(`spec.clusterIPs[${i}]`, ip, IP_MSG));
  });
  asArr(spec.externalIPs).map(asStr).forEach((ip, i) => {
    if (!isIP(ip)) errs.push(invalid(`spec.externalIPs[${i}]`, ip, IP_MSG));
  });
  if (!TYPES.includes(type)) errs.push(unsupported('spec.type', type, TYPES));
  if (type === 'ClusterIP') {
    ports.forEach((p, i) => {
      if ((asNum(p.nodePort) ?? 0) !== 0) errs.push(forbidden(`spec.ports[${i}].nodePort`, "may not be used when `type` is 'ClusterIP'"));
    });
  }
  const nodePorts = new Set<string>();
  const keys = new Set<string>();
  ports.forEach((p, i) => {
    const protocol = asStr(defaulted(p.protocol, 'TCP'));
    const nodePort = asNum(p.nodePort) ?? 0;
    if (nodePort !== 0) {
      if (nodePorts.has(`${protocol}/${nodePort}`)) errs.push(duplicate(`spec.ports[${i}].nodePort`, nodePort));
      nodePorts.add(`${protocol}/${nodePort}`);
    }
  });
  ports.forEach((p, i) => {
    const protocol = asStr(defaulted(p.protocol, 'TCP'));
    const port = asNum(p.port) ?? 0;
    if (keys.has(`${protocol}/${port}`)) errs.push(duplicate(`spec.ports[${i}]`, servicePortKey(protocol, port)));
    keys.add(`${protocol}/${port}`);
  });
  errs.push(...validateTrafficPolicies(spec, type));
  return errs;
}

/** The node-port allocator's check; its error is returned alone, before validation runs. */
export function validateServiceAllocation(svc: Record<string, unknown>): FieldError[] {
  const spec = asObj(svc.spec);
  const type = typeOf(spec);
  if (type !== 'NodePort' && type !== 'LoadBalancer') return [];
  const { min, max } = NODE_PORT_RANGE;
  return asArr(spec.ports).map(asObj).flatMap((p, i) => {
    const nodePort = asNum(p.nodePort) ?? 0;
    return nodePort !== 0 && (nodePort < min || nodePort > max)
      ? [invalid(`spec.ports[${i}].nodePort`, nodePort, `provided port is not in the valid range. The range of valid ports is ${min}-${max}`)]
      : [];
  });
}

/** For the caller's allocator: a node port another Service already holds. */
export const nodePortAllocated = (portIndex: number, nodePort: number): FieldError =>
  invalid(`spec.ports[${portIndex}].nodePort`, nodePort, 'provided port is already allocated');

export function validateServiceCreate(svc: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(svc.metadata, nameIsDNS1035Label), ...validateServiceSpec(svc.spec)];
}

export function validateServiceUpdate(svc: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const spec = asObj(svc.spec);
  const prev = asObj(old.spec);
  const errs = validateObjectMetaUpdate(svc.metadata, old.metadata);
  const external = typeOf(spec) === 'ExternalName' || typeOf(prev) === 'ExternalName';
  const oldIPs = clusterIPsOf(prev);
  const newIPs = clusterIPsOf(spec).length > 0 ? clusterIPsOf(spec) : oldIPs;
  if (!external && !(isHeadless(prev) && isHeadless(spec)) && oldIPs.length === newIPs.length) {
    oldIPs.forEach((ip, i) => {
      if (ip !== newIPs[i]) errs.push(invalid('spec.clusterIPs[0]', newIPs, 'may not change once set'));
    });
  }
  return [...errs, ...validateServiceSpec(spec)];
}
