/**
 * mysql: the "no password" failure prints the entrypoint's real text (docker-library/mysql
 * `docker_verify_minimum_env`); the initialisation log is modelled on real runs (same message
 * formats and order, shortened); memory use ~420 MiB, OOMKilled under a small limit.
 */
import { hexFromKey } from '../hash';
import type { Family, Tool } from '../machine';
import { MiB, Timeline } from '../programs/timeline';
import type { ImageInfo } from '../types';
import { image, variant } from './build';
import { rfc3339Seconds, isoMicros } from '../time-format';
import { fileEnv } from './db-common';

const MYSQL_REPO = 'docker.io/library/mysql';

function mysqlImage(): ImageInfo {
  const v = (version: string, major: string, released: string) => variant(MYSQL_REPO, {
    tag: version,
    version,
    os: 'oraclelinux-9',
    sizeMB: major === '8.0' ? 164.3 : 176.8,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mysqld'],
    env: [['GOSU_VERSION', '1.19'], ['MYSQL_MAJOR', major], ['MYSQL_VERSION', `${version}-1.el9`], ['MYSQL_SHELL_VERSION', `${version}-1.el9`]],
    ports: [3306, 33060],
    released,
  });
  return image(MYSQL_REPO, 'mysql', [
    v('8.0.44', '8.0', '2025-10-21'), v('8.4.7', '8.4', '2025-10-21'), v('9.5.0', 'innovation', '2025-10-21'),
  ], {
    '8.0': '8.0.44', '8.0-oracle': '8.0.44', '8.4': '8.4.7', '8': '8.4.7', lts: '8.4.7', '8-oracle': '8.4.7',
    '9': '9.5.0', '9.5': '9.5.0', innovation: '9.5.0', latest: '9.5.0', oracle: '9.5.0',
  });
}

const mysqlEntrypoint: Tool = (c) => {
  let args = c.argv.slice(1);
  if ((args[0] ?? '').startsWith('-')) args = ['mysqld', ...args];
  if (args[0] !== 'mysqld' || args.some((a) => a === '--help' || a === '--version' || a === '-V' || a === '-?')) return c.exec(args, c.env);
  const m = c.m;
  const version = c.env.get('MYSQL_VERSION') ?? `${m.variant.version}-1.el9`;
  const short = m.variant.version;
  const tl = new Timeline(c);
  const note = (s: string): void => void tl.out(`${rfc3339Seconds(tl.now())} [Note] [Entrypoint]: ${s}`);
  const error = (lines: string[]): number => {
    tl.err(`${rfc3339Seconds(tl.now())} [ERROR] [Entrypoint]: ${lines.join('\n')}`);
    return 1;
  };
  const server = (thread: number, level: string, code: string, sub: string, text: string): void => {
    tl.err(`${isoMicros(tl.now(), tl.micro())} ${thread} [${level}] [${code}] [${sub}] ${text}`);
  };
  note(`Entrypoint script for MySQL Server ${version} started.`);
  tl.at(93);
  note("Switching to dedicated user 'mysql'");
  tl.at(181);
  note(`Entrypoint script for MySQL Server ${version} started.`);
  const rootPw = fileEnv(c, 'MYSQL_ROOT_PASSWORD');
  const allowEmpty = fileEnv(c, 'MYSQL_ALLOW_EMPTY_PASSWORD');
  const random = fileEnv(c, 'MYSQL_RANDOM_ROOT_PASSWORD');
  if (!rootPw && !allowEmpty && !random) {
    tl.at(190);
    return error([
      'Database is uninitialized and password option is not specified',
      '    You need to specify one of the following as an environment variable:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ]);
  }
  const user = fileEnv(c, 'MYSQL_USER');
  if (user === 'root') {
    tl.at(190);
    return error([
      'MYSQL_USER="root", MYSQL_USER and MYSQL_PASSWORD are for configuring a regular user and cannot be used for the root user',
      '    Remove MYSQL_USER="root" and use one of the following to control the root user password:',
      '    - MYSQL_ROOT_PASSWORD',
      '    - MYSQL_ALLOW_EMPTY_PASSWORD',
      '    - MYSQL_RANDOM_ROOT_PASSWORD',
    ]);
  }
  tl.at(420);
  note('Initializing database files');
  tl.at(470);
  server(0, 'System', 'MY-015017', 'Server', 'MySQL Server Initialization - start.');
  server(0, 'System', 'MY-013169', 'Server', `/usr/sbin/mysqld (mysqld ${short}) initializing of server in progress as process 80`);
  tl.at(490);
  server(1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
  // mysqld needs ~400 MiB; a smaller memory limit kills it while InnoDB allocates its buffers.
  const limit = m.ctx.limits.memoryBytes;
  if (limit !== undefined && limit < 330 * MiB) {
    tl.at(1800);
    m.end(137, 'OOMKilled');
    return 137;
  }
  tl.at(1120);
  server(1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
  tl.at(3310);
  server(6, 'Warning', 'MY-010453', 'Server', 'root@localhost is created with an empty password ! Please consider switching off the --initialize-insecure option.');
  tl.at(5640);
  server(0, 'System', 'MY-015018', 'Server', 'MySQL Server Initialization - end.');
  note('Database files initialized');
  note('Starting temporary server');
  const start = (pid: number, port: number, x: string): void => {
    server(0, 'System', 'MY-015015', 'Server', 'MySQL Server - start.');
    server(0, 'System', 'MY-010116', 'Server', `/usr/sbin/mysqld (mysqld ${short}) starting as process ${pid}`);
    tl.after(30);
    server(1, 'System', 'MY-013576', 'InnoDB', 'InnoDB initialization has started.');
    tl.after(610);
    server(1, 'System', 'MY-013577', 'InnoDB', 'InnoDB initialization has ended.');
    tl.after(280);
    server(0, 'Warning', 'MY-010068', 'Server', 'CA certificate ca.pem is self signed.');
    server(0, 'System', 'MY-013602', 'Server', 'Channel mysql_main configured to support TLS. Encrypted connections are now supported for this channel.');
    server(0, 'Warning', 'MY-011810', 'Server', "Insecure configuration for --pid-file: Location '/var/run/mysqld' in the path is accessible to all OS users. Consider choosing a different directory.");
    server(0, 'System', 'MY-011323', 'Server', `X Plugin ready for connections. ${x}`);
    server(0, 'System', 'MY-010931', 'Server', `/usr/sbin/mysqld: ready for connections. Version: '${short}'  socket: '/var/run/mysqld/mysqld.sock'  port: ${port}  MySQL Community Server - GPL.`);
  };
  tl.at(5700);
  start(127, 0, 'Socket: /var/run/mysqld/mysqlx.sock');
  note('Temporary server started.');
  tl.out("'/var/lib/mysql/mysql.sock' -> '/var/run/mysqld/mysqld.sock'");
  tl.after(1800);
  for (const f of ['iso3166.tab', 'leap-seconds.list', 'leapseconds', 'tzdata.zi', 'zone.tab', 'zone1970.tab']) {
    tl.err(`Warning: Unable to load '/usr/share/zoneinfo/${f}' as time zone. Skipping it.`);
  }
  tl.after(1400);
  if (random) note(`GENERATED ROOT PASSWORD: ${hexFromKey(`${m.ctx.podName}/mysql-root`, 32)}`);
  const db = fileEnv(c, 'MYSQL_DATABASE');
  if (db) note(`Creating database ${db}`);
  const password = fileEnv(c, 'MYSQL_PASSWORD');
  if (user && password) {
    note(`Creating user ${user}`);
    if (db) note(`Giving user ${user} access to schema ${db}`);
  }
  tl.after(60);
  note('Stopping temporary server');
  tl.after(40);
  server(10, 'System', 'MY-013172', 'Server', `Received SHUTDOWN from user root. Shutting down mysqld (Version: ${short}).`);
  tl.after(1900);
  server(0, 'System', 'MY-010910', 'Server', `/usr/sbin/mysqld: Shutdown complete (mysqld ${short})  MySQL Community Server - GPL.`);
  server(0, 'System', 'MY-015016', 'Server', 'MySQL Server - end.');
  note('Temporary server stopped');
  tl.out('');
  note('MySQL init process done. Ready for start up.');
  tl.out('');
  tl.after(210);
  start(1, 3306, "Bind-address: '::' port: 33060, socket: /var/run/mysqld/mysqlx.sock");
  m.listen(3306, 'TCP', 0);
  m.listen(33060, 'TCP', 0);
  m.setUsage(6, 418 * MiB);
  m.forever();
  return 0;
};

const mysqlClient: Tool = (c) => {
  const args = c.argv.slice(1);
  const short = c.m.variant.version;
  if (args.includes('--version') || args.includes('-V')) {
    c.out(`mysql  Ver ${short} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
    return 0;
  }
  const pw = args.find((a) => a.startsWith('-p') && a.length > 2)?.slice(2) ?? args.find((a) => a.startsWith('--password='))?.slice(11);
  const user = args.find((a) => a.startsWith('-u') && a.length > 2)?.slice(2) ?? args[args.indexOf('-u') + 1] ?? 'root';
  if (pw !== undefined) c.err('mysql: [Warning] Using a password on the command line interface can be insecure.\n');
  const expected = user === 'root' ? c.env.get('MYSQL_ROOT_PASSWORD') ?? '' : c.env.get('MYSQL_PASSWORD') ?? '';
  if ((pw ?? '') !== expected) {
    c.err(`ERROR 1045 (28000): Access denied for user '${user}'@'localhost' (using password: ${pw ? 'YES' : 'NO'})\n`);
    return 1;
  }
  const sql = (args[args.indexOf('-e') + 1] ?? args.find((a) => a.startsWith('--execute='))?.slice(10) ?? c.stdin ?? '').trim().toLowerCase();
  const db = c.env.get('MYSQL_DATABASE');
  if (sql.startsWith('show databases')) c.out(`Database\n${[db, 'information_schema', 'mysql', 'performance_schema', 'sys'].filter(Boolean).sort().join('\n')}\n`);
  else if (sql.startsWith('select version()')) c.out(`version()\n${short}\n`);
  else if (/^select\s+1/.test(sql)) c.out('1\n1\n');
  return 0;
};

const mysqladmin: Tool = (c) => {
  if (c.argv.includes('--version')) {
    c.out(`mysqladmin  Ver ${c.m.variant.version} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
    return 0;
  }
  if (c.argv.some((a) => a.startsWith('-p') && a.length > 2)) c.err('mysqladmin: [Warning] Using a password on the command line interface can be insecure.\n');
  if (c.argv.includes('ping')) c.out('mysqld is alive\n');
  return 0;
};

export const mysqlFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': mysqlEntrypoint,
    '/usr/sbin/mysqld': (c) => {
      if (c.argv.includes('--version') || c.argv.includes('-V')) {
        c.out(`/usr/sbin/mysqld  Ver ${c.m.variant.version} for Linux on x86_64 (MySQL Community Server - GPL)\n`);
        return 0;
      }
      return mysqlEntrypoint({ ...c, argv: ['docker-entrypoint.sh', ...c.argv] });
    },
    '/usr/bin/mysql': mysqlClient,
    '/usr/bin/mysqladmin': mysqladmin,
    '/usr/bin/mysqlsh': (c) => (c.out(`mysqlsh   Ver ${c.m.variant.version} for Linux on x86_64 - for MySQL ${c.m.variant.version} (MySQL Community Server (GPL))\n`), 0),
    '/usr/local/bin/gosu': (c) => c.exec(c.argv.slice(2), c.env),
  }),
  dirs: () => ['/var/lib/mysql', '/var/run/mysqld', '/docker-entrypoint-initdb.d', '/etc/mysql/conf.d'],
  files: () => ({ '/etc/my.cnf': '# For advice on how to change settings please see\n# http://dev.mysql.com/doc/refman/8.4/en/server-configuration-defaults.html\n\n[mysqld]\nhost-cache-size=0\nskip-name-resolve\ndatadir=/var/lib/mysql\nsocket=/var/run/mysqld/mysqld.sock\nsecure-file-priv=/var/lib/mysql-files\nuser=mysql\n\npid-file=/var/run/mysqld/mysqld.pid\n[client]\nsocket=/var/run/mysqld/mysqld.sock\n\n!includedir /etc/mysql/conf.d/\n' }),
};

export function mysqlImages(): ImageInfo[] {
  return [mysqlImage()];
}
