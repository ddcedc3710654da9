import { describe, expect, it } from 'vitest';
import { createHost, manualClock } from './host';

describe('createHost', () => {
  it('starts in the home directory with bash’s usual environment', () => {
    const host = createHost({ clock: manualClock(0), hostName: 'node01' });
    expect(host.cwd).toBe('/root');
    expect(host.env.exported()).toEqual({
      SHELL: '/bin/bash',
      PWD: '/root',
      LOGNAME: 'root',
      HOME: '/root',
      LANG: 'C.UTF-8',
      TERM: 'xterm-256color',
      USER: 'root',
      SHLVL: '1',
      PATH: '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin',
    });
    expect(host.env.get('HOSTNAME')).toBe('node01');
    expect(host.fs.readdir('/root')).toEqual([]);
  });
});
