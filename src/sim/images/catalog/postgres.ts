/**
 * postgres: the "no password" failure prints docker-library/postgres's real text; initdb and
 * server start lines are modelled on real runs (formats exact, timings and pids modelled).
 */
import { hexFromKey } from '../hash';
import type { Family, Tool, ToolCall } from '../machine';
import { MiB, Timeline } from '../programs/timeline';
import type { ImageInfo } from '../types';
import { image, variant } from './build';
import { postgresTime } from '../time-format';
import { fileEnv } from './db-common';

const PG_REPO = 'docker.io/library/postgres';

function postgresImage(): ImageInfo {
  const builds: [string, string][] = [['14.20', '14'], ['15.15', '15'], ['16.11', '16'], ['17.7', '17'], ['18.1', '18']];
  const v = (version: string, major: string, alpine: boolean) => variant(PG_REPO, {
    tag: alpine ? `${version}-alpine` : version,
    version,
    os: alpine ? 'alpine-3.22' : 'debian-13',
    sizeMB: alpine ? 106.2 : 158.4,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['postgres'],
    path: `/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin:/usr/lib/postgresql/${major}/bin`,
    env: [
      ['GOSU_VERSION', '1.19'], ['LANG', 'en_US.utf8'], ['PG_MAJOR', major],
      ['PG_VERSION', alpine ? version : `${version}-1.pgdg13+1`], ['PG_SHA256', hexFromKey(`pg-${version}`)],
      ['PGDATA', major === '18' ? '/var/lib/postgresql/18/docker' : '/var/lib/postgresql/data'],
    ],
    ports: [5432],
    released: '2025-11-13',
    facts: { major },
  });
  const variants = builds.flatMap(([ver, major]) => [v(ver, major, false), v(ver, major, true)]);
  const aliases: Record<string, string> = { latest: '18.1', alpine: '18.1-alpine', trixie: '18.1' };
  for (const [ver, major] of builds) {
    aliases[major] = ver;
    aliases[`${major}-alpine`] = `${ver}-alpine`;
    aliases[`${major}-trixie`] = ver;
  }
  return image(PG_REPO, 'postgres', variants, aliases);
}

const postgresEntrypoint: Tool = (c) => {
  let args = c.argv.slice(1);
  if ((args[0] ?? '').startsWith('-')) args = ['postgres', ...args];
  if (args[0] !== 'postgres') return c.exec(args, c.env);
  const m = c.m;
  const v = m.variant;
  const tl = new Timeline(c);
  const password = fileEnv(c, 'POSTGRES_PASSWORD');
  const trust = c.env.get('POSTGRES_HOST_AUTH_METHOD') === 'trust';
  tl.at(40);
  if (!password && !trust) {
    c.err([
      'Error: Database is uninitialized and superuser password is not specified.',
      '       You must specify POSTGRES_PASSWORD to a non-empty value for the',
      '       superuser. For example, "-e POSTGRES_PASSWORD=password" on "docker run".',
      '',
      '       You may also use "POSTGRES_HOST_AUTH_METHOD=trust" to allow all',
      '       connections without a password. This is *not* recommended.',
      '',
      '       See PostgreSQL documentation about "trust":',
      '       https://www.postgresql.org/docs/current/auth-trust.html',
      '',
    ].join('\n'));
    return 1;
  }
  const pgdata = c.env.get('PGDATA') ?? '/var/lib/postgresql/data';
  const alpine = v.os.startsWith('alpine');
  const banner = alpine
    ? `PostgreSQL ${v.version} on x86_64-pc-linux-musl, compiled by gcc (Alpine 14.2.0) 14.2.0, 64-bit`
    : `PostgreSQL ${v.version} (Debian ${v.version}-1.pgdg13+1) on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit`;
  const log = (pid: number, text: string): void => void tl.err(`${postgresTime(tl.now())} [${pid}] LOG:  ${text}`);
  [
    'The files belonging to this database system will be owned by user "postgres".',
    'This user must also own the server process.',
    '',
    `The database cluster will be initialized with locale "${alpine ? 'en_US.utf8' : 'en_US.utf8'}".`,
    'The default database encoding has accordingly been set to "UTF8".',
    'The default text search configuration will be set to "english".',
    '',
    `Data page checksums are ${Number(v.facts.major) >= 18 ? 'enabled' : 'disabled'}.`,
    '',
    `fixing permissions on existing directory ${pgdata} ... ok`,
    'creating subdirectories ... ok',
    'selecting dynamic shared memory implementation ... posix',
    'selecting default "max_connections" ... 100',
    'selecting default "shared_buffers" ... 128MB',
    'selecting default time zone ... Etc/UTC',
    'creating configuration files ... ok',
  ].forEach((l) => tl.out(l));
  tl.at(420).out('running bootstrap script ... ok');
  tl.at(1150).out('performing post-bootstrap initialization ... ok');
  tl.at(1420).out('syncing data to disk ... ok').out('').out('');
  tl.out('Success. You can now start the database server using:').out('').out(`    pg_ctl -D ${pgdata} -l logfile start`).out('');
  tl.err('initdb: warning: enabling "trust" authentication for local connections');
  tl.err('initdb: hint: You can change this by editing pg_hba.conf or using the option -A, or --auth-local and --auth-host, the next time you run initdb.');
  c.out('waiting for server to start....');
  tl.at(1480);
  log(48, `starting ${banner}`);
  log(48, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  tl.at(1490);
  log(51, `database system was shut down at ${postgresTime(tl.now() - 60).slice(0, 19)} UTC`);
  log(48, 'database system is ready to accept connections');
  tl.out(' done').out('server started');
  if (c.env.get('POSTGRES_DB')) tl.out('CREATE DATABASE');
  tl.out('');
  tl.out('/usr/local/bin/docker-entrypoint.sh: ignoring /docker-entrypoint-initdb.d/*').out('');
  c.out('waiting for server to shut down...');
  tl.at(1640);
  log(48, 'received fast shutdown request');
  log(48, 'aborting any active transactions');
  log(48, 'background worker "logical replication launcher" (PID 54) exited with exit code 1');
  log(49, 'shutting down');
  log(49, 'checkpoint starting: shutdown immediate');
  tl.at(1700);
  log(48, 'database system is shut down');
  tl.out(' done').out('server stopped').out('').out('PostgreSQL init process complete; ready for start up.').out('');
  tl.at(1790);
  log(1, `starting ${banner}`);
  log(1, 'listening on IPv4 address "0.0.0.0", port 5432');
  log(1, 'listening on IPv6 address "::", port 5432');
  log(1, 'listening on Unix socket "/var/run/postgresql/.s.PGSQL.5432"');
  tl.at(1800);
  log(66, `database system was shut down at ${postgresTime(tl.now() - 100).slice(0, 19)} UTC`);
  log(1, 'database system is ready to accept connections');
  m.listen(5432, 'TCP', 0);
  m.setUsage(2, 34 * MiB);
  m.forever();
  return 0;
};

export const postgresFamily: Family = {
  bins: (v) => {
    const bin = `/usr/lib/postgresql/${v.facts.major ?? '17'}/bin`;
    const pgVersion = (c: ToolCall, tool: string): number => {
      c.out(`${tool} (PostgreSQL) ${c.m.variant.version}${c.m.variant.os.startsWith('alpine') ? '' : ` (Debian ${c.m.variant.version}-1.pgdg13+1)`}\n`);
      return 0;
    };
    return {
      '/usr/local/bin/docker-entrypoint.sh': postgresEntrypoint,
      [`${bin}/postgres`]: (c) => (c.argv.includes('--version') || c.argv.includes('-V') ? pgVersion(c, 'postgres') : postgresEntrypoint({ ...c, argv: ['docker-entrypoint.sh', ...c.argv] })),
      [`${bin}/psql`]: (c) => {
        if (c.argv.includes('--version') || c.argv.includes('-V')) return pgVersion(c, 'psql');
        const sql = (c.argv[c.argv.indexOf('-c') + 1] ?? '').trim().toLowerCase();
        if (/^select\s+1/.test(sql)) c.out(' ?column? \n----------\n        1\n(1 row)\n\n');
        else if (sql.startsWith('select version()')) c.out(`                                                      version\n-------------------------------------------------------------------------------------------------------------------\n PostgreSQL ${c.m.variant.version} on x86_64-pc-linux-gnu, compiled by gcc (Debian 14.2.0-19) 14.2.0, 64-bit\n(1 row)\n\n`);
        return 0;
      },
      [`${bin}/pg_isready`]: (c) => (c.out('/var/run/postgresql:5432 - accepting connections\n'), 0),
      '/usr/local/bin/gosu': (c) => c.exec(c.argv.slice(2), c.env),
    };
  },
  dirs: (v) => ['/var/lib/postgresql', '/var/run/postgresql', '/docker-entrypoint-initdb.d', v.facts.major === '18' ? '/var/lib/postgresql/18/docker' : '/var/lib/postgresql/data'],
};

export function postgresImages(): ImageInfo[] {
  return [postgresImage()];
}
