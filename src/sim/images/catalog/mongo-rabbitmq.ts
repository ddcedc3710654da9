/** mongo and rabbitmq: servers with modelled startup logs (their formats: JSON lines, Erlang logger). */
import { hexFromKey } from '../hash';
import type { Family, Tool } from '../machine';
import { MiB, Timeline } from '../programs/timeline';
import type { ImageInfo } from '../types';
import { image, variant } from './build';
import { httpDate, isoMicros, isoMillis } from '../time-format';

// ---- mongo ---------------------------------------------------------------------------------------

const MONGO_REPO = 'docker.io/library/mongo';

function mongoImage(): ImageInfo {
  const v = (version: string) => variant(MONGO_REPO, {
    tag: version,
    version,
    os: 'ubuntu-24.04',
    sizeMB: version.startsWith('6') ? 250.3 : 284.6,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['mongod'],
    env: [['GOSU_VERSION', '1.19'], ['JSYAML_VERSION', '3.13.1'], ['MONGO_PACKAGE', 'mongodb-org'], ['MONGO_REPO', 'repo.mongodb.org'], ['MONGO_MAJOR', version.split('.').slice(0, 2).join('.')], ['MONGO_VERSION', version], ['HOME', '/data/db']],
    ports: [27017],
    released: '2025-11-20',
  });
  return image(MONGO_REPO, 'mongo', [v('6.0.26'), v('7.0.26'), v('8.0.16'), v('8.2.2')], {
    '6': '6.0.26', '6.0': '6.0.26', '7': '7.0.26', '7.0': '7.0.26', '8.0': '8.0.16', '8': '8.2.2', '8.2': '8.2.2', latest: '8.2.2', noble: '8.2.2',
  });
}

const mongod: Tool = (c) => {
  const args = c.argv.slice(1);
  if (args.includes('--version')) {
    c.out(`db version v${c.m.variant.version}\nBuild Info: {\n    "version": "${c.m.variant.version}",\n    "openSSLVersion": "OpenSSL 3.0.13 30 Jan 2024",\n    "modules": [],\n    "allocator": "tcmalloc-google",\n    "environment": {\n        "distmod": "ubuntu2404",\n        "distarch": "x86_64",\n        "target_arch": "x86_64"\n    }\n}\n`);
    return 0;
  }
  const m = c.m;
  const tl = new Timeline(c);
  // Modelled: a handful of mongod's structured (JSON) startup lines.
  const j = (s: string, comp: string, id: number, ctxName: string, msg: string, attr?: string): void => {
    tl.out(`{"t":{"$date":"${isoMillis(tl.now(), '+00:00')}"},"s":"${s}",  "c":"${comp}",${' '.repeat(Math.max(1, 9 - comp.length))}"id":${id},${' '.repeat(Math.max(1, 8 - String(id).length))}"ctx":"${ctxName}","msg":"${msg}"${attr ? `,"attr":${attr}` : ''}}`);
  };
  tl.at(20);
  j('I', 'CONTROL', 23285, 'main', 'Automatically disabling TLS 1.0, to force-enable TLS 1.0 specify --sslDisabledProtocols \'none\'');
  j('I', 'NETWORK', 4915701, 'main', 'Initialized wire specification', '{"spec":{"incomingExternalClient":{"minWireVersion":0,"maxWireVersion":25},"incomingInternalClient":{"minWireVersion":0,"maxWireVersion":25},"outgoing":{"minWireVersion":6,"maxWireVersion":25},"isInternalClient":true}}');
  j('I', 'CONTROL', 4615611, 'initandlisten', 'MongoDB starting', `{"pid":1,"port":27017,"dbPath":"/data/db","architecture":"64-bit","host":"${m.hostname}"}`);
  j('I', 'CONTROL', 23403, 'initandlisten', 'Build Info', `{"buildInfo":{"version":"${m.variant.version}","gitVersion":"${hexFromKey(`mongo-${m.variant.version}`, 40)}","openSSLVersion":"OpenSSL 3.0.13 30 Jan 2024","modules":[],"allocator":"tcmalloc-google","environment":{"distmod":"ubuntu2404","distarch":"x86_64","target_arch":"x86_64"}}}`);
  tl.at(640);
  j('I', 'STORAGE', 22315, 'initandlisten', 'Opening WiredTiger', '{"config":"create,cache_size=1452M,session_max=33000,eviction=(threads_min=4,threads_max=4)"}');
  tl.at(1380);
  j('I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"/tmp/mongodb-27017.sock"}');
  j('I', 'NETWORK', 23015, 'listener', 'Listening on', '{"address":"0.0.0.0"}');
  j('I', 'NETWORK', 23016, 'listener', 'Waiting for connections', '{"port":27017,"ssl":"off"}');
  m.listen(27017, 'TCP', 0);
  m.setUsage(5, 162 * MiB);
  m.forever();
  return 0;
};

export const mongoFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': (c) => {
      const args = c.argv.slice(1);
      return c.exec((args[0] ?? '').startsWith('-') ? ['mongod', ...args] : args, c.env);
    },
    '/usr/bin/mongod': mongod,
    '/usr/bin/mongosh': (c) => {
      if (c.argv.includes('--version')) c.out('2.5.9\n');
      else if (c.argv.join(' ').includes('ping')) c.out('{ ok: 1 }\n');
      return 0;
    },
    '/usr/local/bin/gosu': (c) => c.exec(c.argv.slice(2), c.env),
  }),
  dirs: () => ['/data/db', '/data/configdb', '/docker-entrypoint-initdb.d'],
};

// ---- rabbitmq ------------------------------------------------------------------------------------

const RABBIT_REPO = 'docker.io/library/rabbitmq';

function rabbitImage(): ImageInfo {
  const v = (version: string, management: boolean, erlang: string) => variant(RABBIT_REPO, {
    tag: management ? `${version}-management` : version,
    version,
    os: 'ubuntu-24.04',
    sizeMB: management ? 118.2 : 102.9,
    entrypoint: ['docker-entrypoint.sh'],
    cmd: ['rabbitmq-server'],
    path: `/opt/rabbitmq/sbin:/opt/erlang/bin:/opt/openssl/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin`,
    env: [['ERLANG_INSTALL_PATH_PREFIX', '/opt/erlang'], ['OPENSSL_INSTALL_PATH_PREFIX', '/opt/openssl'], ['RABBITMQ_DATA_DIR', '/var/lib/rabbitmq'], ['RABBITMQ_VERSION', version], ['RABBITMQ_HOME', '/opt/rabbitmq'], ['HOME', '/var/lib/rabbitmq'], ['LANG', 'C.UTF-8'], ['LANGUAGE', 'C.UTF-8'], ['LC_ALL', 'C.UTF-8']],
    ports: management ? [4369, 5671, 5672, 15671, 15672, 15691, 15692, 25672] : [4369, 5671, 5672, 15691, 15692, 25672],
    released: '2025-11-04',
    facts: { erlang, plugins: management ? '4' : '3' },
  });
  return image(RABBIT_REPO, 'rabbitmq', [
    v('3.13.7', false, '26.2.5.16'), v('3.13.7', true, '26.2.5.16'), v('4.2.1', false, '27.3.4.4'), v('4.2.1', true, '27.3.4.4'),
  ], {
    '3': '3.13.7', '3.13': '3.13.7', '3-management': '3.13.7-management', '3.13-management': '3.13.7-management',
    '4': '4.2.1', '4.2': '4.2.1', latest: '4.2.1', management: '4.2.1-management', '4-management': '4.2.1-management', '4.2-management': '4.2.1-management',
  });
}

const rabbitServer: Tool = (c) => {
  const m = c.m;
  const v = m.variant;
  const tl = new Timeline(c);
  const pid = (n: number): string => `<0.${n}.0>`;
  const log = (level: string, p: number, text: string): void => void tl.out(`${isoMicros(tl.now(), tl.micro()).replace('T', ' ').replace('Z', '+00:00')} [${level}] ${pid(p)} ${text}`);
  tl.at(1900);
  log('notice', 44, 'Application syslog exited with reason: stopped');
  log('notice', 254, 'Logging: switching to configured handler(s); following messages may not be visible in this log output');
  tl.at(1930);
  log('notice', 254, 'Logging: configured log handlers are now ACTIVE');
  log('info', 254, 'ra: starting system quorum_queues');
  tl.at(2400);
  log('info', 230, `Starting RabbitMQ ${v.version} on Erlang ${v.facts.erlang ?? ''} [jit]`);
  tl.out('');
  tl.out(`  ##  ##      RabbitMQ ${v.version}`);
  tl.out('  ##  ##');
  tl.out('  ##########  Copyright (c) 2007-2025 Broadcom Inc and/or its subsidiaries');
  tl.out('  ######  ##');
  tl.out('  ##########  Licensed under the MPL 2.0. Website: https://rabbitmq.com');
  tl.out('');
  tl.out(`  Erlang:      ${v.facts.erlang ?? ''} [jit]`);
  tl.out('  TLS Library: OpenSSL - OpenSSL 3.3.5 30 Sep 2025');
  tl.out('  Release series support status: see https://www.rabbitmq.com/release-information');
  tl.out('');
  tl.out('  Doc guides:  https://www.rabbitmq.com/docs');
  tl.out('  Support:     https://www.rabbitmq.com/docs/contact');
  tl.out('  Tutorials:   https://www.rabbitmq.com/tutorials');
  tl.out('  Monitoring:  https://www.rabbitmq.com/docs/monitoring');
  tl.out('  Upgrading:   https://www.rabbitmq.com/docs/upgrade');
  tl.out('');
  tl.out('  Logs: <stdout>');
  tl.out('');
  tl.out('  Config file(s): /etc/rabbitmq/conf.d/10-defaults.conf');
  tl.out('');
  tl.out('  Starting broker...');
  tl.at(7400);
  log('info', 718, 'Ready to start client connection listeners');
  log('info', 740, 'started TCP listener on [::]:5672');
  const plugins = v.facts.plugins ?? '3';
  log('info', 718, `Server startup complete; ${plugins} plugins started.`);
  tl.out(` completed with ${plugins} plugins.`);
  m.listen(5672, 'TCP', 0);
  if (plugins === '4') m.listen(15672, 'TCP', 0);
  m.setUsage(8, 131 * MiB);
  m.forever();
  return 0;
};

export const rabbitFamily: Family = {
  bins: () => ({
    '/usr/local/bin/docker-entrypoint.sh': (c) => c.exec(c.argv.slice(1), c.env),
    '/opt/rabbitmq/sbin/rabbitmq-server': rabbitServer,
    '/opt/rabbitmq/sbin/rabbitmqctl': (c) => {
      if (c.argv.includes('version')) c.out(`${c.m.variant.version}\n`);
      else c.out(`Status of node rabbit@${c.m.hostname} ...\n`);
      return 0;
    },
    '/opt/rabbitmq/sbin/rabbitmq-diagnostics': (c) => {
      if (c.argv.includes('ping')) c.out(`Will ping rabbit@${c.m.hostname}. This only checks if the OS process is running and registered with epmd. Timeout: 60000 ms.\nPing succeeded\n`);
      return 0;
    },
  }),
  http: (v, ctx, req) => {
    if (req.port !== 15672 || !v.tag.endsWith('-management')) return null;
    const body = '<!DOCTYPE html>\n<html>\n  <head>\n    <meta http-equiv="X-UA-Compatible" content="IE=edge" />\n    <title>RabbitMQ Management</title>\n  </head>\n  <body>\n    <div id="outer"></div>\n  </body>\n</html>\n';
    return { status: 200, headers: [['content-length', String(body.length)], ['content-type', 'text/html'], ['date', httpDate(req.nowMs ?? ctx.startedAt)], ['server', 'Cowboy']], body };
  },
};

export function mongoRabbitImages(): ImageInfo[] {
  return [mongoImage(), rabbitImage()];
}
