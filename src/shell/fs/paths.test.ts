import { describe, expect, it } from 'vitest';
import { baseName, dirName, resolvePath, tildePath } from './paths';

describe('paths', () => {
  it('resolves against a working directory', () => {
    expect(resolvePath('/root', 'a/../b/./c')).toBe('/root/b/c');
    expect(resolvePath('/root', '/etc//x/')).toBe('/etc/x');
    expect(resolvePath('/', '../..')).toBe('/');
  });

  it('splits like basename and dirname', () => {
    expect([baseName('/a/b/'), baseName('b'), baseName('/')]).toEqual(['b', 'b', '/']);
    expect([dirName('/a/b'), dirName('b'), dirName('/a'), dirName('a/b/')]).toEqual(['/a', '.', '/', 'a']);
  });

  it('shortens the home directory to ~', () => {
    expect([tildePath('/root', '/root'), tildePath('/root/x', '/root'), tildePath('/rooted', '/root')]).toEqual(['~', '~/x', '/rooted']);
  });
});
