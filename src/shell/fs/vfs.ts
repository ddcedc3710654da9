/**
 * One host's filesystem: directories and text files with a mode and an mtime taken from the
 * injected clock. Paths given to it are absolute (callers resolve them against their cwd).
 * Everything is plain data so a host fits in a JSON snapshot (`toJSON` / `VirtualFs.fromJSON`).
 * Failures are returned as `FsError` values, never thrown.
 */
import { utf8Length } from '../text/utf8';
import { type FsError, fsError } from './errors';
import { resolvePath, splitPath } from './paths';

/** A single file may hold at most 2 MiB: a huge paste fails with EFBIG instead of eating memory. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024;

/** `/dev/null` exists everywhere: reads are empty, writes vanish. */
export const DEV_NULL = '/dev/null';

interface FileNode {
  type: 'file';
  mode: number;
  mtime: number;
  content: string;
}

interface DirNode {
  type: 'dir';
  mode: number;
  mtime: number;
  entries: Map<string, FsNode>;
}

type FsNode = FileNode | DirNode;

export interface FsStat {
  type: 'file' | 'dir';
  /** Permission bits, e.g. 0o644. */
  mode: number;
  mtime: number;
  /** Bytes (UTF-8) for files, 4096 for directories, as ext4 shows them. */
  size: number;
  /** Hard links: 1 for files, 2 + subdirectories for directories. */
  nlink: number;
}

/** The JSON form: files are `{mode, mtime, content}`, directories `{mode, mtime, entries}`. */
export type FsNodeJSON =
  | { mode: number; mtime: number; content: string }
  | { mode: number; mtime: number; entries: Record<string, FsNodeJSON> };

export interface VirtualFsJSON {
  version: 1;
  root: FsNodeJSON;
}

export interface WriteOptions {
  append?: boolean;
  /** Mode of a newly created file (default 0o644). */
  mode?: number;
}

export class VirtualFs {
  private readonly root: DirNode;

  constructor(
    private readonly now: () => number,
    root?: DirNode,
  ) {
    this.root = root ?? { type: 'dir', mode: 0o755, mtime: now(), entries: new Map() };
  }

  static fromJSON(json: VirtualFsJSON, now: () => number): VirtualFs {
    const node = fromJSONNode(json.root);
    return new VirtualFs(now, node.type === 'dir' ? node : undefined);
  }

  toJSON(): VirtualFsJSON {
    return { version: 1, root: toJSONNode(this.root) };
  }

  stat(path: string): FsStat | FsError {
    if (resolvePath('/', path) === DEV_NULL) return { type: 'file', mode: 0o666, mtime: 0, size: 0, nlink: 1 };
    const node = this.lookup(path);
    if ('fsError' in node) return node;
    if (node.type === 'file') return { type: 'file', mode: node.mode, mtime: node.mtime, size: utf8Length(node.content), nlink: 1 };
    let subdirs = 0;
    for (const child of node.entries.values()) if (child.type === 'dir') subdirs++;
    return { type: 'dir', mode: node.mode, mtime: node.mtime, size: 4096, nlink: 2 + subdirs };
  }

  exists(path: string): boolean {
    return !('fsError' in this.stat(path));
  }

  isDirectory(path: string): boolean {
    const st = this.stat(path);
    return !('fsError' in st) && st.type === 'dir';
  }

  readFile(path: string): string | FsError {
    if (resolvePath('/', path) === DEV_NULL) return '';
    const node = this.lookup(path);
    if ('fsError' in node) return node;
    if (node.type === 'dir') return fsError('EISDIR');
    return node.content;
  }

  /** Creates or replaces (or, with `append`, extends) a file. The parent must exist. */
  writeFile(path: string, content: string, options: WriteOptions = {}): FsError | undefined {
    const abs = resolvePath('/', path);
    if (abs === DEV_NULL) return undefined;
    const parent = this.parentOf(abs);
    if ('fsError' in parent) return parent;
    const name = abs.slice(abs.lastIndexOf('/') + 1);
    if (name === '') return fsError('EISDIR');
    const existing = parent.dir.entries.get(name);
    if (existing?.type === 'dir') return fsError('EISDIR');
    const next = options.append && existing ? existing.content + content : content;
    // Counting UTF-8 bytes is only needed when the text could possibly be over the limit.
    if (next.length * 3 > MAX_FILE_BYTES && utf8Length(next) > MAX_FILE_BYTES) return fsError('EFBIG');
    const mtime = this.now();
    if (existing) {
      existing.content = next;
      existing.mtime = mtime;
    } else {
      parent.dir.entries.set(name, { type: 'file', mode: options.mode ?? 0o644, mtime, content: next });
      parent.dir.mtime = mtime;
    }
    return undefined;
  }

  /** `mkdir` (or `mkdir -p` with `parents`: no error when it exists, creates missing parents). */
  mkdir(path: string, options: { parents?: boolean; mode?: number } = {}): FsError | undefined {
    const abs = resolvePath('/', path);
    if (options.parents) {
      let dir = this.root;
      for (const part of splitPath(abs)) {
        const child = dir.entries.get(part);
        if (child?.type === 'file') return fsError('ENOTDIR');
        if (child) {
          dir = child;
          continue;
        }
        const created: DirNode = { type: 'dir', mode: options.mode ?? 0o755, mtime: this.now(), entries: new Map() };
        dir.entries.set(part, created);
        dir.mtime = this.now();
        dir = created;
      }
      return undefined;
    }
    if (abs === '/') return fsError('EEXIST');
    const parent = this.parentOf(abs);
    if ('fsError' in parent) return parent;
    if (parent.dir.entries.has(parent.name)) return fsError('EEXIST');
    parent.dir.entries.set(parent.name, { type: 'dir', mode: options.mode ?? 0o755, mtime: this.now(), entries: new Map() });
    parent.dir.mtime = this.now();
    return undefined;
  }

  /** Entry names of a directory in byte order (the C.UTF-8 collation `ls` uses). */
  readdir(path: string): string[] | FsError {
    const node = this.lookup(path);
    if ('fsError' in node) return node;
    if (node.type !== 'dir') return fsError('ENOTDIR');
    return [...node.entries.keys()].sort(byteOrder);
  }

  /** Removes a file, an empty directory, or with `recursive` any directory. */
  remove(path: string, options: { recursive?: boolean } = {}): FsError | undefined {
    const abs = resolvePath('/', path);
    if (abs === '/') return fsError('EACCES');
    const parent = this.parentOf(abs);
    if ('fsError' in parent) return parent;
    const node = parent.dir.entries.get(parent.name);
    if (!node) return fsError('ENOENT');
    if (node.type === 'dir' && !options.recursive && node.entries.size > 0) return fsError('ENOTEMPTY');
    parent.dir.entries.delete(parent.name);
    parent.dir.mtime = this.now();
    return undefined;
  }

  /** Moves `from` to exactly `to` (callers decide "into a directory"); replaces a file at `to`. */
  rename(from: string, to: string): FsError | undefined {
    const src = resolvePath('/', from);
    const dst = resolvePath('/', to);
    const source = this.parentOf(src);
    if ('fsError' in source) return source;
    const node = source.dir.entries.get(source.name);
    if (!node) return fsError('ENOENT');
    if (src === dst) return undefined;
    if (node.type === 'dir' && dst.startsWith(`${src}/`)) return fsError('EINVAL');
    const target = this.parentOf(dst);
    if ('fsError' in target) return target;
    const existing = target.dir.entries.get(target.name);
    if (existing?.type === 'dir' && node.type === 'file') return fsError('EISDIR');
    if (existing?.type === 'file' && node.type === 'dir') return fsError('ENOTDIR');
    if (existing?.type === 'dir' && existing.entries.size > 0) return fsError('ENOTEMPTY');
    source.dir.entries.delete(source.name);
    target.dir.entries.set(target.name, node);
    source.dir.mtime = this.now();
    target.dir.mtime = this.now();
    return undefined;
  }

  chmod(path: string, mode: number): FsError | undefined {
    const node = this.lookup(path);
    if ('fsError' in node) return node;
    node.mode = mode & 0o7777;
    return undefined;
  }

  /** Sets the mtime (`touch`), default now. */
  touch(path: string, mtime = this.now()): FsError | undefined {
    const node = this.lookup(path);
    if ('fsError' in node) return node;
    node.mtime = mtime;
    return undefined;
  }

  /** A deep copy (a snapshot that later writes do not change). */
  clone(): VirtualFs {
    return VirtualFs.fromJSON(this.toJSON(), this.now);
  }

  private lookup(path: string): FsNode | FsError {
    let node: FsNode = this.root;
    for (const part of splitPath(resolvePath('/', path))) {
      if (node.type !== 'dir') return fsError('ENOTDIR');
      const child: FsNode | undefined = node.entries.get(part);
      if (!child) return fsError('ENOENT');
      node = child;
    }
    return node;
  }

  private parentOf(abs: string): { dir: DirNode; name: string } | FsError {
    const slash = abs.lastIndexOf('/');
    const parent = this.lookup(abs.slice(0, slash) || '/');
    if ('fsError' in parent) return parent;
    if (parent.type !== 'dir') return fsError('ENOTDIR');
    return { dir: parent, name: abs.slice(slash + 1) };
  }
}

/** Byte order of UTF-16 strings equals code point order for the BMP, good enough for file names. */
export function byteOrder(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function toJSONNode(node: FsNode): FsNodeJSON {
  if (node.type === 'file') return { mode: node.mode, mtime: node.mtime, content: node.content };
  // A prototype-less record: a file named `__proto__` stays an ordinary entry.
  const entries = Object.create(null) as Record<string, FsNodeJSON>;
  for (const name of [...node.entries.keys()].sort(byteOrder)) {
    const child = node.entries.get(name);
    if (child) entries[name] = toJSONNode(child);
  }
  return { mode: node.mode, mtime: node.mtime, entries };
}

function fromJSONNode(json: FsNodeJSON): FsNode {
  if ('content' in json) return { type: 'file', mode: json.mode, mtime: json.mtime, content: json.content };
  const entries = new Map<string, FsNode>();
  for (const [name, child] of Object.entries(json.entries)) entries.set(name, fromJSONNode(child));
  return { type: 'dir', mode: json.mode, mtime: json.mtime, entries };
}
