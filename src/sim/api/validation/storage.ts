import type { FieldError } from '../field-errors';
import { forbidden, goMap, invalid, required, unsupported } from '../field-errors';
import { FIELD_IMMUTABLE, validateObjectMeta, validateObjectMetaUpdate } from './meta';
import { nameIsDNSSubdomain } from './names';
import { goStructDiff } from './pod-diff';
import { toValue } from '../../../lib/quantity';
import { cmpQty, formatQty, isNegativeQty, isPositiveQty, parseQty } from './quantity';
import { validateLabelSelector } from './selector';
import { asArr, asObj, asStr, isObj, semanticEqual } from './util';
import { validatePathNoBacksteps } from './volumes';

/**
 * PersistentVolumeClaims and PersistentVolumes: kubernetes `pkg/apis/core/validation/validation.go`
 * (ValidatePersistentVolumeClaimSpec, ValidatePersistentVolumeClaimUpdate,
 * ValidatePersistentVolumeSpec, ValidatePersistentVolumeUpdate).
 */

const ACCESS_MODES = ['ReadOnlyMany', 'ReadWriteMany', 'ReadWriteOnce', 'ReadWriteOncePod'];
const VOLUME_MODES = ['Block', 'Filesystem'];
const PV_SOURCES = [
  'hostPath', 'gcePersistentDisk', 'awsElasticBlockStore', 'glusterfs', 'flocker', 'nfs', 'rbd', 'quobyte', 'cephfs',
  'iscsi', 'cinder', 'fc', 'flexVolume', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume',
  'azureDisk', 'scaleIO', 'local', 'storageos', 'csi',
];

function validateAccessModes(modes: unknown, requiredDetail: string): FieldError[] {
  const list = asArr(modes).map(asStr);
  const errs: FieldError[] = list.length === 0 ? [required('spec.accessModes', requiredDetail)] : [];
  return [...errs, ...accessModeValues(list)];
}

function accessModeValues(list: string[]): FieldError[] {
  const errs: FieldError[] = [];
  for (const mode of list) if (!ACCESS_MODES.includes(mode)) errs.push(unsupported('spec.accessModes', mode, ACCESS_MODES));
  const rwop = list.includes('ReadWriteOncePod');
  if (rwop && list.some((m) => m !== 'ReadWriteOncePod' && ACCESS_MODES.includes(m))) {
    errs.push(forbidden('spec.accessModes', 'may not use ReadWriteOncePod with other access modes'));
  }
  return errs;
}

const classNameErrs = (v: unknown, path: string): FieldError[] =>
  typeof v === 'string' && v ? nameIsDNSSubdomain(v, false).map((m) => invalid(path, v, m)) : [];

function validateVolumeMode(v: unknown): FieldError[] {
  return v !== undefined && v !== null && !VOLUME_MODES.includes(asStr(v)) ? [unsupported('spec.volumeMode', v, VOLUME_MODES)] : [];
}

function validatePVCSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const list = asArr(spec.accessModes).map(asStr);
  const errs: FieldError[] = list.length === 0 ? [required('spec.accessModes', 'at least 1 access mode is required')] : [];
  errs.push(...validateLabelSelector(spec.selector, 'spec.selector'), ...accessModeValues(list));
  const storage = asObj(asObj(spec.resources).requests).storage;
  const q = parseQty(storage);
  if (storage === undefined || !q) errs.push(required('spec.resources[storage]'));
  else if (!isPositiveQty(q)) errs.push(invalid('spec.resources[storage]', formatQty(q), 'must be greater than zero'));
  errs.push(...classNameErrs(spec.storageClassName, 'spec.storageClassName'), ...validateVolumeMode(spec.volumeMode));
  return errs;
}

export function validatePVCCreate(pvc: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(pvc.metadata, nameIsDNSSubdomain), ...validatePVCSpec(pvc.spec)];
}

const PVC_SPEC_FIELDS: Array<[string, string[]]> = [
  ['AccessModes', ['accessModes']], ['Selector', ['selector']], ['Resources', ['resources']], ['VolumeName', ['volumeName']],
  ['StorageClassName', ['storageClassName']], ['VolumeMode', ['volumeMode']], ['DataSource', ['dataSource']],
  ['DataSourceRef', ['dataSourceRef']], ['VolumeAttributesClassName', ['volumeAttributesClassName']],
];

export function validatePVCUpdate(pvc: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const spec = asObj(pvc.spec);
  const prev = asObj(old.spec);
  const errs = [...validateObjectMetaUpdate(pvc.metadata, old.metadata), ...validatePVCCreate(pvc)];
  const bound = asObj(pvc.status).phase === 'Bound';
  const munged: Record<string, unknown> = { ...spec };
  if (!asStr(prev.volumeName)) munged.volumeName = prev.volumeName;
  if (prev.storageClassName === undefined && spec.storageClassName !== undefined) munged.storageClassName = undefined;
  if (bound) {
    const requests = { ...asObj(asObj(spec.resources).requests), storage: asObj(asObj(prev.resources).requests).storage };
    munged.resources = { ...asObj(spec.resources), requests };
    munged.volumeAttributesClassName = prev.volumeAttributesClassName;
  }
  if (!semanticEqual(munged, prev)) {
    const diff = goStructDiff('core.PersistentVolumeClaimSpec', PVC_SPEC_FIELDS, prev, munged);
    errs.push(forbidden('spec', `spec is immutable after creation except resources.requests and volumeAttributesClassName for bound claims\n${diff}`));
  }
  const newSize = parseQty(asObj(asObj(spec.resources).requests).storage);
  const oldSize = parseQty(asObj(asObj(prev.resources).requests).storage);
  const statusSize = parseQty(asObj(asObj(old.status).capacity).storage);
  if (newSize && oldSize && cmpQty(newSize, oldSize) < 0 && (!statusSize || cmpQty(newSize, statusSize) <= 0)) {
    errs.push(forbidden('spec.resources.requests.storage', 'field can not be less than status.capacity'));
  }
  if (!semanticEqual(spec.volumeMode, prev.volumeMode)) errs.push(invalid('volumeMode', spec.volumeMode ?? null, FIELD_IMMUTABLE));
  return errs;
}

function validatePVSource(spec: Record<string, unknown>): FieldError[] {
  const errs: FieldError[] = [];
  let count = 0;
  for (const kind of PV_SOURCES) {
    if (!isObj(spec[kind])) continue;
    if (count > 0 && kind !== 'flexVolume') {
      errs.push(forbidden(`spec.${kind}`, 'may not specify more than 1 volume type'));
      continue;
    }
    count++;
    const src = spec[kind];
    if (kind === 'hostPath' || kind === 'local') {
      const p = asStr(src.path);
      if (!p) errs.push(required(`spec.${kind}.path`));
      else errs.push(...validatePathNoBacksteps(p, `spec.${kind}.path`));
      if (kind === 'local' && !isObj(spec.nodeAffinity)) errs.push(required('spec.nodeAffinity', 'Local volume requires node affinity'));
    }
    if (kind === 'nfs') {
      if (!asStr(src.server)) errs.push(required('spec.nfs.server'));
      if (!asStr(src.path)) errs.push(required('spec.nfs.path'));
      if (!asStr(src.path).startsWith('/')) errs.push(invalid('spec.nfs.path', asStr(src.path), 'must be an absolute path'));
    }
  }
  if (count === 0) errs.push(required('spec', 'must specify a volume type'));
  return errs;
}

function validatePVSpec(specValue: unknown): FieldError[] {
  const spec = asObj(specValue);
  const errs = validateAccessModes(spec.accessModes, '');
  const capacity = asObj(spec.capacity);
  const names = Object.keys(capacity);
  if (names.length === 0) errs.push(required('spec.capacity'));
  if (!names.includes('storage') || names.length > 1) errs.push(unsupported('spec.capacity', goMap(capacity), ['storage']));
  for (const [name, raw] of Object.entries(capacity)) {
    const q = parseQty(raw);
    if (!q) continue;
    if (isNegativeQty(q)) errs.push(invalid(`spec.capacity[${name}]`, toValue(q), 'must be a valid resource quantity'));
    if (!isPositiveQty(q)) errs.push(invalid(`spec.capacity[${name}]`, formatQty(q), 'must be greater than zero'));
  }
  const reclaim = spec.persistentVolumeReclaimPolicy;
  if (typeof reclaim === 'string' && reclaim && !['Delete', 'Recycle', 'Retain'].includes(reclaim)) {
    errs.push(unsupported('spec.persistentVolumeReclaimPolicy', reclaim, ['Delete', 'Recycle', 'Retain']));
  }
  errs.push(...validatePVSource(spec));
  const hostPath = asStr(asObj(spec.hostPath).path).replace(/\/+$/, '');
  if (isObj(spec.hostPath) && hostPath === '' && asStr(asObj(spec.hostPath).path).startsWith('/') && reclaim === 'Recycle') {
    errs.push(forbidden('spec.persistentVolumeReclaimPolicy', "may not be 'recycle' for a hostPath mount of '/'"));
  }
  errs.push(...classNameErrs(spec.storageClassName, 'spec.storageClassName'), ...validateVolumeMode(spec.volumeMode));
  return errs;
}

export function validatePVCreate(pv: Record<string, unknown>): FieldError[] {
  return [...validateObjectMeta(pv.metadata, nameIsDNSSubdomain), ...validatePVSpec(pv.spec)];
}

const PV_SOURCE_FIELDS: Array<[string, string[]]> = PV_SOURCES.map((s) => [s === 'cephfs' ? 'CephFS' : s.charAt(0).toUpperCase() + s.slice(1), [s]]);

export function validatePVUpdate(pv: Record<string, unknown>, old: Record<string, unknown>): FieldError[] {
  const spec = asObj(pv.spec);
  const prev = asObj(old.spec);
  const errs = [...validateObjectMetaUpdate(pv.metadata, old.metadata), ...validatePVCreate(pv)];
  if (PV_SOURCES.some((s) => !semanticEqual(spec[s], prev[s]))) {
    const diff = goStructDiff('core.PersistentVolumeSource', PV_SOURCE_FIELDS, prev, spec);
    errs.push(forbidden('spec.persistentvolumesource', `spec.persistentvolumesource is immutable after creation\n${diff}`));
  }
  if (!semanticEqual(spec.volumeMode, prev.volumeMode)) errs.push(invalid('volumeMode', spec.volumeMode ?? null, FIELD_IMMUTABLE));
  return errs;
}
