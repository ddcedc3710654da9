import { describe, expect, it } from 'vitest';
import { VirtualFs } from '../fs/vfs';
import { globPaths } from './glob';

describe('globPaths', () => {
  const fs = new VirtualFs(() => 0);
  fs.mkdir('/w/dir/sub', { parents: true });
  for (const f of ['/w/b.txt', '/w/a.txt', '/w/.hidden', '/w/dir/x.txt', '/w/dir/sub/y.txt']) fs.writeFile(f, '');

  it('matches relative and absolute patterns, sorted, skipping dot files', () => {
    expect(globPaths('*', '/w', fs)).toEqual(['a.txt', 'b.txt', 'dir']);
    expect(globPaths('/w/*.txt', '/', fs)).toEqual(['/w/a.txt', '/w/b.txt']);
    expect(globPaths('*/*.txt', '/w', fs)).toEqual(['dir/x.txt']);
    expect(globPaths('dir/*/y.txt', '/w', fs)).toEqual(['dir/sub/y.txt']);
    expect(globPaths('.*', '/w', fs)).toEqual(['.hidden']);
  });

  it('keeps only directories for a trailing slash and returns [] for no match', () => {
    expect(globPaths('*/', '/w', fs)).toEqual(['dir/']);
    expect(globPaths('*.none', '/w', fs)).toEqual([]);
  });
});
