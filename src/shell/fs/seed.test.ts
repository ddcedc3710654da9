import { describe, expect, it } from 'vitest';
import { seedHome } from './seed';
import { VirtualFs } from './vfs';

describe('seedHome', () => {
  it('creates an empty /root (no .bashrc) and the usual top directories', () => {
    const fs = new VirtualFs(() => 0);
    seedHome(fs);
    expect(fs.readdir('/')).toEqual(['dev', 'etc', 'root', 'tmp', 'usr']);
    expect(fs.readdir('/root')).toEqual([]);
    expect(fs.stat('/root')).toMatchObject({ mode: 0o700 });
    expect(fs.stat('/tmp')).toMatchObject({ mode: 0o1777 });
  });
});
