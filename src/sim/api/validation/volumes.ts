import type { FieldError } from '../field-errors';
import { duplicate, forbidden, invalid, notFound, required, unsupported } from '../field-errors';
import { isDNS1123Label } from './names';
import { isNegativeQty, parseQty } from './quantity';
import { asArr, asNum, asObj, asStr, isObj } from './util';

/**
 * Pod volumes and container volume mounts: kubernetes `pkg/apis/core/validation/validation.go`
 * (ValidateVolumes, validateVolumeSource and the per-source checks students meet,
 * ValidateVolumeMounts, validateLocalDescendingPath).
 */

/** Volume source fields in the order validateVolumeSource looks at them. */
const SOURCES = [
  'emptyDir', 'hostPath', 'gitRepo', 'gcePersistentDisk', 'awsElasticBlockStore', 'secret', 'nfs', 'iscsi', 'glusterfs',
  'flocker', 'persistentVolumeClaim', 'rbd', 'cinder', 'cephfs', 'quobyte', 'downwardAPI', 'fc', 'flexVolume',
  'configMap', 'azureFile', 'vsphereVolume', 'photonPersistentDisk', 'portworxVolume', 'azureDisk', 'storageos',
  'projected', 'scaleIO', 'csi', 'ephemeral', 'image',
];
const HOST_PATH_TYPES = ['', 'BlockDevice', 'CharDevice', 'Directory', 'DirectoryOrCreate', 'File', 'FileOrCreate', 'Socket'];
const FILE_MODE_MSG = 'must be a number between 0 and 0777 (octal), both inclusive';

export function validatePathNoBacksteps(p: string, path: string): FieldError[] {
  return p.split('/').includes('..') ? [invalid(path, p, "must not contain '..'")] : [];
}

export function validateLocalDescendingPath(p: string, path: string): FieldError[] {
  const errs = p.startsWith('/') ? [invalid(path, p, 'must be a relative path')] : [];
  return [...errs, ...validatePathNoBacksteps(p, path)];
}

function validateMode(mode: unknown, path: string): FieldError[] {
  const m = asNum(mode);
  return m !== undefined && (m > 0o777 || m < 0) ? [invalid(path, m, FILE_MODE_MSG)] : [];
}

function validateKeyToPaths(items: unknown, path: string): FieldError[] {
  const errs: FieldError[] = [];
  asArr(items).forEach((raw, i) => {
    const item = asObj(raw);
    const ip = `${path}.items[${i}]`;
    const p = asStr(item.path);
    if (!asStr(item.key)) errs.push(required(`${ip}.key`));
    if (!p) errs.push(required(`${ip}.path`));
    errs.push(...validateLocalDescendingPath(p, `${ip}.path`));
    if (p.startsWith('..') && !p.startsWith('../')) errs.push(invalid(`${ip}.path`, p, "must not start with '..'"));
    errs.push(...validateMode(item.mode, `${ip}.mode`));
  });
  return errs;
}

function validateSource(kind: string, src: Record<string, unknown>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  switch (kind) {
    case 'emptyDir': {
      const q = src.sizeLimit === undefined ? null : parseQty(src.sizeLimit);
      if (q && isNegativeQty(q)) errs.push(forbidden(`${path}.sizeLimit`, 'SizeLimit field must be a valid resource quantity'));
      break;
    }
    case 'hostPath': {
      const p = asStr(src.path);
      if (!p) return [required(`${path}.path`)];
      errs.push(...validatePathNoBacksteps(p, `${path}.path`));
      if (src.type !== undefined && !HOST_PATH_TYPES.includes(asStr(src.type))) errs.push(unsupported(`${path}.type`, src.type, HOST_PATH_TYPES));
      break;
    }
    case 'secret':
      if (!asStr(src.secretName)) errs.push(required(`${path}.secretName`));
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`), ...validateKeyToPaths(src.items, path));
      break;
    case 'configMap':
      if (!asStr(src.name)) errs.push(required(`${path}.name`));
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`), ...validateKeyToPaths(src.items, path));
      break;
    case 'persistentVolumeClaim':
      if (!asStr(src.claimName)) errs.push(required(`${path}.claimName`));
      break;
    case 'nfs':
      if (!asStr(src.server)) errs.push(required(`${path}.server`));
      if (!asStr(src.path)) errs.push(required(`${path}.path`));
      if (!asStr(src.path).startsWith('/')) errs.push(invalid(`${path}.path`, asStr(src.path), 'must be an absolute path'));
      break;
    case 'downwardAPI':
    case 'projected':
      errs.push(...validateMode(src.defaultMode, `${path}.defaultMode`));
      break;
  }
  return errs;
}

/** The Go field name of a source as it appears in paths (cephfs is spelled cephFS in the Forbidden path). */
const forbiddenPathName = (kind: string): string => (kind === 'cephfs' ? 'cephFS' : kind === 'downwardAPI' ? 'downwarAPI' : kind);

/** Returns the errors and the volumes that validated, by name, for mounts to refer to. */
export function validateVolumes(volumes: unknown, path: string): { errs: FieldError[]; valid: Map<string, Record<string, unknown>> } {
  const errs: FieldError[] = [];
  const valid = new Map<string, Record<string, unknown>>();
  asArr(volumes).forEach((raw, i) => {
    const vol = asObj(raw);
    const vp = `${path}[${i}]`;
    const name = asStr(vol.name);
    const el: FieldError[] = [];
    let count = 0;
    for (const kind of SOURCES) {
      if (!isObj(vol[kind])) continue;
      if (count > 0) el.push(forbidden(`${vp}.${forbiddenPathName(kind)}`, 'may not specify more than 1 volume type'));
      else {
        count++;
        el.push(...validateSource(kind, vol[kind], `${vp}.${kind}`));
      }
    }
    // A volume naming no source is defaulted to emptyDir (SetDefaults_Volume), so the server's
    // "must specify a volume type" cannot happen through the v1 API.
    if (!name) el.push(required(`${vp}.name`));
    else el.push(...isDNS1123Label(name).map((msg) => invalid(`${vp}.name`, name, msg)));
    if (valid.has(name)) el.push(duplicate(`${vp}.name`, name));
    if (el.length === 0) valid.set(name, vol);
    else errs.push(...el);
  });
  return { errs, valid };
}

export function validateVolumeMounts(mounts: unknown, volumes: Map<string, Record<string, unknown>>, path: string): FieldError[] {
  const errs: FieldError[] = [];
  const seen = new Set<string>();
  asArr(mounts).forEach((raw, i) => {
    const m = asObj(raw);
    const mp = `${path}[${i}]`;
    const name = asStr(m.name);
    const mountPath = asStr(m.mountPath);
    if (!name) errs.push(required(`${mp}.name`));
    if (!volumes.has(name)) errs.push(notFound(`${mp}.name`, name));
    if (!mountPath) errs.push(required(`${mp}.mountPath`));
    if (seen.has(mountPath)) errs.push(invalid(`${mp}.mountPath`, mountPath, 'must be unique'));
    seen.add(mountPath);
    const subPath = asStr(m.subPath);
    if (subPath) errs.push(...validateLocalDescendingPath(subPath, `${path}.subPath`));
    const subPathExpr = asStr(m.subPathExpr);
    if (subPathExpr) {
      if (subPath) errs.push(invalid(`${mp}.subPathExpr`, subPathExpr, 'subPathExpr and subPath are mutually exclusive'));
      errs.push(...validateLocalDescendingPath(subPathExpr, `${path}.subPathExpr`));
    }
  });
  return errs;
}
