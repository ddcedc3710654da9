/**
 * The container's file system as programs see it, in layers (top wins): files the process wrote,
 * mounted volumes, files the kubelet generates (/etc/hosts, resolv.conf, hostname, the service
 * account token), the image's own files, the base OS. Read-only data; writes go to `Machine.written`.
 */
import { hexFromKey } from './hash';
import type { Machine } from './machine';
import type { ImageVariant } from './types';

const SA_DIR = '/var/run/secrets/kubernetes.io/serviceaccount';

/** An empty file that stands for a directory made empty (`mkdir`): listings never show it. */
export const DIR_MARKER = '.keep';

/** A file of a lower layer (the image, a mount) that the process deleted: written over it, as overlayfs whites it out. */
export const DELETED_FILE = '\u0000deleted\u0000';

/** Whether `path` lies on a read-only mount (writing there fails with EROFS, "Read-only file system"). */
export function isReadOnly(m: Machine, path: string): boolean {
  const ro = m.ctx.readOnly;
  if (!ro || ro.length === 0) return false;
  const p = normalise(path);
  return ro.some((r) => p === r || p.startsWith(`${r}/`));
}

/** Deletes a file the process sees, whichever layer holds it; false when there was none. */
export function removeFile(m: Machine, path: string): boolean {
  const p = normalise(path);
  if (readFile(m, p) === null) return false;
  m.written.delete(p);
  if (readFile(m, p) !== null) m.written.set(p, DELETED_FILE);
  return true;
}

function normalise(path: string): string {
  const parts: string[] = [];
  for (const p of path.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') parts.pop();
    else parts.push(p);
  }
  return `/${parts.join('/')}`;
}

export function resolvePath(cwd: string, path: string): string {
  return normalise(path.startsWith('/') ? path : `${cwd}/${path}`);
}

/** Files every Kubernetes container has, generated from the pod (kubelet-managed). */
function kubeletFiles(m: Machine): Record<string, string> {
  const ctx = m.ctx;
  const ip = ctx.podIP ?? '10.244.1.5';
  const hosts = [
    '# Kubernetes-managed hosts file.',
    '127.0.0.1\tlocalhost',
    '::1\tlocalhost ip6-localhost ip6-loopback',
    'fe00::0\tip6-localnet',
    'fe00::0\tip6-mcastprefix',
    'fe00::1\tip6-allnodes',
    'fe00::2\tip6-allrouters',
    `${ip}\t${m.hostname}`,
    '',
  ].join('\n');
  const resolv = [
    `search ${ctx.namespace}.svc.cluster.local svc.cluster.local cluster.local`,
    'nameserver 10.96.0.10',
    'options ndots:5',
    '',
  ].join('\n');
  // A token-shaped string, not a real JWT (modelled).
  const token = `eyJhbGciOiJSUzI1NiIsImtpZCI6I${hexFromKey(`${ctx.namespace}/${ctx.podName}/kid`, 40)}.${hexFromKey(`${ctx.podName}/claims`, 180)}.${hexFromKey(`${ctx.podName}/sig`, 86)}`;
  const files: Record<string, string> = {
    '/etc/hostname': `${m.hostname}\n`,
    '/etc/hosts': hosts,
    '/etc/resolv.conf': resolv,
    [`${SA_DIR}/namespace`]: ctx.namespace,
    [`${SA_DIR}/token`]: token,
    [`${SA_DIR}/ca.crt`]: `-----BEGIN CERTIFICATE-----\n${hexFromKey('cluster-ca', 64)}\n-----END CERTIFICATE-----\n`,
    '/proc/1/cmdline': '',
  };
  if (m.os.osRelease !== undefined) {
    files['/etc/os-release'] = m.os.osRelease;
    files['/usr/lib/os-release'] = m.os.osRelease;
  }
  const shell = m.os.hasBash ? '/bin/bash' : m.os.sh === 'none' ? '/sbin/nologin' : '/bin/sh';
  if (m.os.sh !== 'none') files['/etc/passwd'] = `root:x:0:0:root:/root:${shell}\n`;
  return files;
}

/** Every file path → content the container sees (without the process's own writes). */
function baseFiles(m: Machine): Map<string, string> {
  const cached = CACHE.get(m);
  if (cached) return cached;
  const files = new Map<string, string>();
  for (const [k, v] of Object.entries(m.os.files)) files.set(k, v);
  for (const [k, v] of Object.entries(familyFilesOf(m))) files.set(k, v);
  for (const [k, v] of Object.entries(kubeletFilesOf(m))) files.set(k, v);
  for (const [k, v] of Object.entries(m.ctx.mounts ?? {})) files.set(normalise(k), v);
  CACHE.set(m, files);
  return files;
}

const CACHE = new WeakMap<Machine, Map<string, string>>();
/** Executables depend on the build alone (its OS, its family's programs and tools), not on the container. */
const BIN_CACHE = new WeakMap<ImageVariant, Set<string>>();

/** Absolute paths of every executable in the image. */
export function executables(m: Machine): Set<string> {
  const cached = BIN_CACHE.get(m.variant);
  if (cached) return cached;
  const set = new Set<string>(m.os.bins);
  for (const path of Object.keys(m.family.bins(m.variant))) set.add(path);
  for (const path of m.family.tools?.(m.variant) ?? []) set.add(path);
  BIN_CACHE.set(m.variant, set);
  return set;
}

function aliasesOf(m: Machine, path: string): string[] {
  if (!m.os.mergedUsr) return [path];
  if (path.startsWith('/bin/')) return [path, `/usr${path}`];
  if (path.startsWith('/sbin/')) return [path, `/usr${path}`];
  return [path];
}

export function isExecutable(m: Machine, path: string): boolean {
  const bins = executables(m);
  if (aliasesOf(m, path).some((p) => bins.has(p))) return true;
  const content = readFile(m, path);
  return content !== null && content.startsWith('#!');
}

/** The implementation path for an executable path (merged /usr aliases resolved). */
export function canonicalBin(m: Machine, path: string): string {
  const bins = executables(m);
  return aliasesOf(m, path).find((p) => bins.has(p)) ?? path;
}

/** PATH lookup as execvp does it. */
export function which(m: Machine, name: string, pathVar: string): string | null {
  if (name.includes('/')) return isExecutable(m, name) ? name : null;
  for (const dir of pathVar.split(':')) {
    if (!dir) continue;
    const candidate = `${dir.replace(/\/+$/, '')}/${name}`;
    if (isExecutable(m, candidate)) return candidate;
  }
  return null;
}

/**
 * One file, looked up layer by layer with the precedence of `baseFiles` (mounts, kubelet files,
 * the family's files, the OS): a PATH search or a config read builds no whole file system, and
 * generated files (the token) are made only when read.
 */
export function readFile(m: Machine, path: string): string | null {
  const p = normalise(path);
  const written = m.written.get(p);
  if (written !== undefined) return written === DELETED_FILE ? null : written;
  const built = CACHE.get(m);
  if (built) return built.get(p) ?? null;
  const mounted = mountedPaths(m).get(p);
  if (mounted !== undefined) return m.ctx.mounts?.[mounted] ?? null;
  if (KUBELET_PATHS.has(p)) {
    const own = ownValue(kubeletFilesOf(m), p);
    if (own !== NONE) return own ?? null;
  }
  const family = ownValue(familyFilesOf(m), p);
  if (family !== NONE) return family ?? null;
  const os = ownValue(m.os.files, p);
  return os === NONE ? null : os ?? null;
}

const NONE = Symbol('none');

function ownValue(files: Record<string, string> | undefined, p: string): string | undefined | typeof NONE {
  return files && Object.prototype.hasOwnProperty.call(files, p) ? files[p] : NONE;
}

/** Every path `kubeletFiles` may generate. */
const KUBELET_PATHS = new Set(['/etc/hostname', '/etc/hosts', '/etc/resolv.conf', `${SA_DIR}/namespace`, `${SA_DIR}/token`, `${SA_DIR}/ca.crt`, '/proc/1/cmdline', '/etc/os-release', '/usr/lib/os-release', '/etc/passwd']);

const KUBELET_CACHE = new WeakMap<Machine, Record<string, string>>();
const FAMILY_CACHE = new WeakMap<Machine, Record<string, string>>();
/** Normalised mount path → the key as given (the last of several that normalise alike wins, as in baseFiles). */
const MOUNT_CACHE = new WeakMap<Machine, Map<string, string>>();

function kubeletFilesOf(m: Machine): Record<string, string> {
  let files = KUBELET_CACHE.get(m);
  if (!files) KUBELET_CACHE.set(m, (files = kubeletFiles(m)));
  return files;
}

function familyFilesOf(m: Machine): Record<string, string> {
  let files = FAMILY_CACHE.get(m);
  if (!files) FAMILY_CACHE.set(m, (files = m.family.files?.(m.variant, m.ctx) ?? {}));
  return files;
}

function mountedPaths(m: Machine): Map<string, string> {
  let paths = MOUNT_CACHE.get(m);
  if (!paths) {
    paths = new Map();
    for (const k of Object.keys(m.ctx.mounts ?? {})) paths.set(normalise(k), k);
    MOUNT_CACHE.set(m, paths);
  }
  return paths;
}

function allPaths(m: Machine): string[] {
  const seen = (path: string) => m.written.get(path) !== DELETED_FILE;
  return [...[...baseFiles(m).keys(), ...m.written.keys()].filter(seen), ...executables(m), ...(m.family.dirs?.(m.variant) ?? []).map((d) => `${d}/`)];
}

export function isDir(m: Machine, path: string): boolean {
  const p = normalise(path);
  if (p === '/') return true;
  if (m.os.rootDirs.includes(p.slice(1))) return true;
  if (['/tmp', '/root', '/home', '/var', '/etc', '/usr', '/proc', '/dev', '/sys'].includes(p)) return true;
  const prefix = `${p}/`;
  return allPaths(m).some((f) => f.startsWith(prefix));
}

/** Names directly inside a directory, sorted as `ls` prints them; null if not a directory. */
export function listDir(m: Machine, path: string): string[] | null {
  const p = normalise(path);
  if (!isDir(m, p)) return null;
  const names = new Set<string>();
  if (p === '/') for (const d of m.os.rootDirs) names.add(d);
  const prefix = p === '/' ? '/' : `${p}/`;
  for (const f of allPaths(m)) {
    if (!f.startsWith(prefix)) continue;
    const rest = f.slice(prefix.length);
    const name = rest.split('/')[0];
    if (name) names.add(name);
  }
  if (p === SA_DIR) for (const n of ['..data']) names.delete(n);
  // A directory made by mkdir (or a volume's mount point) is marked by this entry, not a file in it.
  names.delete(DIR_MARKER);
  return [...names].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
