/** Behaviour of every image family (programs, files, HTTP answers), by the key images name. */
import type { Family } from '../machine';
import { curlFamily, plainFamily } from './base-images';
import { mongoFamily, rabbitFamily } from './mongo-rabbitmq';
import { mysqlFamily } from './mysql';
import { postgresFamily } from './postgres';
import { nginxFamily } from './nginx';
import { nodeFamily, perlFamily, pythonFamily } from './runtimes';
import { httpdFamily, memcachedFamily, redisFamily } from './servers';
import { systemFamilies } from './system';
import { teachingFamilies } from './teaching';

export const FAMILIES: Record<string, Family> = {
  plain: plainFamily,
  curl: curlFamily,
  nginx: nginxFamily,
  httpd: httpdFamily,
  redis: redisFamily,
  memcached: memcachedFamily,
  mysql: mysqlFamily,
  postgres: postgresFamily,
  mongo: mongoFamily,
  rabbitmq: rabbitFamily,
  node: nodeFamily,
  python: pythonFamily,
  perl: perlFamily,
  ...systemFamilies,
  ...teachingFamilies,
};
