/** ps (BusyBox and procps layouts), free, df, and the file-copying tools (cp, mv, ln). */
import { DIR_MARKER, isReadOnly, readFile, removeFile, resolvePath } from '../fs';
import { readOnlyError } from './coreutils';
import type { Tool, ToolCall } from '../machine';
import { strftime } from '../time-format';

function processList(c: ToolCall): { pid: number; cmd: string }[] {
  const list = c.m.processes.length ? c.m.processes : ['sh'];
  const own = c.argv.join(' ');
  const rows = list.map((cmd, i) => ({ pid: i === 0 ? 1 : 28 + i, cmd }));
  rows.push({ pid: c.m.pid(), cmd: own });
  return rows;
}

const ps: Tool = (c) => {
  const rows = processList(c);
  const args = c.argv.slice(1).join(' ');
  if (c.m.os.tools === 'busybox') {
    c.out(`PID   USER     TIME  COMMAND\n${rows.map((r) => `${String(r.pid).padStart(5)} root      0:00 ${r.cmd}\n`).join('')}`);
    return 0;
  }
  const start = strftime(c.m.baseMs, '%H:%M');
  if (/aux|-ef|-e|ax/.test(args)) {
    if (args.includes('-ef')) {
      c.out(`UID          PID    PPID  C STIME TTY          TIME CMD\n${rows.map((r) => `root     ${String(r.pid).padStart(7)} ${String(r.pid === 1 ? 0 : 0).padStart(7)}  0 ${start} ?        00:00:00 ${r.cmd}\n`).join('')}`);
    } else {
      c.out(`USER         PID %CPU %MEM    VSZ   RSS TTY      STAT START   TIME COMMAND\n${rows.map((r, i) => `root     ${String(r.pid).padStart(7)}  0.0  0.0 ${String(2300 + i * 4000).padStart(6)} ${String(1100 + i * 1700).padStart(5)} ?        ${i === rows.length - 1 ? 'Rs  ' : 'Ss  '} ${start}   0:00 ${r.cmd}\n`).join('')}`);
    }
    return 0;
  }
  c.out(`    PID TTY          TIME CMD\n${rows.map((r) => `${String(r.pid).padStart(7)} ?        00:00:00 ${(r.cmd.split(' ')[0] ?? '').split('/').pop()}\n`).join('')}`);
  return 0;
};

const free: Tool = (c) => {
  const human = c.argv.includes('-h');
  if (c.m.os.tools === 'busybox') {
    c.out('              total        used        free      shared  buff/cache   available\nMem:        4008868     1187764      406092        3584     2415012     2537624\nSwap:             0           0           0\n');
  } else if (human) {
    c.out('               total        used        free      shared  buff/cache   available\nMem:           3.8Gi       1.1Gi       396Mi       3.5Mi       2.3Gi       2.4Gi\nSwap:             0B          0B          0B\n');
  } else {
    c.out('               total        used        free      shared  buff/cache   available\nMem:         4008868     1187764      406092        3584     2415012     2537624\nSwap:              0           0           0\n');
  }
  return 0;
};

const df: Tool = (c) => {
  const h = c.argv.includes('-h');
  c.out(h
    ? 'Filesystem      Size  Used Avail Use% Mounted on\noverlay          29G  9.1G   20G  32% /\ntmpfs            64M     0   64M   0% /dev\nshm              64M     0   64M   0% /dev/shm\n/dev/root        29G  9.1G   20G  32% /etc/hosts\n'
    : 'Filesystem     1K-blocks    Used Available Use% Mounted on\noverlay         30298176 9484624  20797168  32% /\ntmpfs              65536       0     65536   0% /dev\nshm                65536       0     65536   0% /dev/shm\n/dev/root       30298176 9484624  20797168  32% /etc/hosts\n');
  return 0;
};

function copy(move: boolean): Tool {
  return (c) => {
    const ops = c.argv.slice(1).filter((a) => !a.startsWith('-'));
    const dest = ops.pop();
    if (!dest || !ops.length) {
      c.err(`${move ? 'mv' : 'cp'}: missing file operand\n`);
      return 1;
    }
    let status = 0;
    for (const src of ops) {
      const from = resolvePath(c.cwd, src);
      const text = readFile(c.m, from);
      if (text === null) {
        if (c.m.os.tools === 'busybox') c.err(`${move ? 'mv' : 'cp'}: can't stat '${src}': No such file or directory\n`);
        else c.err(`${move ? 'mv' : 'cp'}: cannot stat '${src}': No such file or directory\n`);
        status = 1;
        continue;
      }
      const to = resolvePath(c.cwd, dest);
      const target = ops.length > 1 || dest.endsWith('/') || c.m.written.has(`${to}/${DIR_MARKER}`) ? `${to}/${from.split('/').pop() ?? ''}` : to;
      const name = target === to ? dest : `${dest.replace(/\/+$/, '')}/${target.split('/').pop() ?? ''}`;
      if (isReadOnly(c.m, target)) {
        status = readOnlyError(c, `${move ? 'mv' : 'cp'}: cannot create regular file '${name}'`, `${move ? 'mv' : 'cp'}: can't create '${name}'`);
        continue;
      }
      c.m.written.set(target, text);
      if (move) removeFile(c.m, from);
    }
    return status;
  };
}

export const PROCPS_TOOLS: Record<string, Tool> = { ps, free, df, cp: copy(false), mv: copy(true), ln: () => 0, chmod: () => 0, chown: () => 0 };
