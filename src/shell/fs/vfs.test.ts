import { describe, expect, it } from 'vitest';
import { MAX_FILE_BYTES, VirtualFs } from './vfs';

const fresh = () => {
  let now = 1000;
  const fs = new VirtualFs(() => now++);
  return fs;
};

describe('VirtualFs', () => {
  it('writes, appends and reads files, counting UTF-8 bytes', () => {
    const fs = fresh();
    expect(fs.writeFile('/a.txt', 'hé')).toBeUndefined();
    expect(fs.writeFile('/a.txt', '!', { append: true })).toBeUndefined();
    expect(fs.readFile('/a.txt')).toBe('hé!');
    expect(fs.stat('/a.txt')).toEqual({ type: 'file', mode: 0o644, mtime: 1002, size: 4, nlink: 1 });
  });

  it('reports errors as values', () => {
    const fs = fresh();
    fs.mkdir('/d');
    expect(fs.readFile('/nope')).toEqual({ fsError: 'ENOENT' });
    expect(fs.readFile('/d')).toEqual({ fsError: 'EISDIR' });
    expect(fs.writeFile('/x/y', '')).toEqual({ fsError: 'ENOENT' });
    expect(fs.mkdir('/d')).toEqual({ fsError: 'EEXIST' });
    fs.writeFile('/d/f', 'x');
    expect(fs.remove('/d')).toEqual({ fsError: 'ENOTEMPTY' });
    expect(fs.readFile('/d/f/g')).toEqual({ fsError: 'ENOTDIR' });
    expect(fs.rename('/d', '/d/sub')).toEqual({ fsError: 'EINVAL' });
  });

  it('refuses a file over 2 MiB and keeps the old content', () => {
    const fs = fresh();
    fs.writeFile('/big', 'start');
    expect(fs.writeFile('/big', 'x'.repeat(MAX_FILE_BYTES + 1))).toEqual({ fsError: 'EFBIG' });
    expect(fs.writeFile('/big', 'é'.repeat(MAX_FILE_BYTES / 2 + 1))).toEqual({ fsError: 'EFBIG' });
    expect(fs.readFile('/big')).toBe('start');
    expect(fs.writeFile('/ok', 'x'.repeat(MAX_FILE_BYTES))).toBeUndefined();
  });

  it('creates parents with mkdir -p and lists entries in byte order', () => {
    const fs = fresh();
    expect(fs.mkdir('/a/b/c', { parents: true })).toBeUndefined();
    fs.writeFile('/a/Zed', '');
    fs.writeFile('/a/alpha', '');
    expect(fs.readdir('/a')).toEqual(['Zed', 'alpha', 'b']);
    expect(fs.stat('/a')).toMatchObject({ type: 'dir', size: 4096, nlink: 3 });
  });

  it('renames and removes trees', () => {
    const fs = fresh();
    fs.mkdir('/a/b', { parents: true });
    fs.writeFile('/a/b/f', 'x');
    expect(fs.rename('/a', '/z')).toBeUndefined();
    expect(fs.readFile('/z/b/f')).toBe('x');
    expect(fs.remove('/z', { recursive: true })).toBeUndefined();
    expect(fs.exists('/z')).toBe(false);
  });

  it('has a /dev/null that swallows writes', () => {
    const fs = fresh();
    expect(fs.writeFile('/dev/null', 'gone')).toBeUndefined();
    expect(fs.readFile('/dev/null')).toBe('');
  });

  it('round-trips through JSON, including odd names', () => {
    const fs = fresh();
    fs.mkdir('/etc/kubernetes', { parents: true });
    fs.writeFile('/etc/kubernetes/__proto__', 'odd');
    fs.chmod('/etc', 0o700);
    const json = JSON.parse(JSON.stringify(fs.toJSON()));
    const copy = VirtualFs.fromJSON(json, () => 0);
    expect(copy.readFile('/etc/kubernetes/__proto__')).toBe('odd');
    expect(copy.stat('/etc')).toMatchObject({ mode: 0o700 });
    expect(copy.toJSON()).toEqual(fs.toJSON());
  });
});
