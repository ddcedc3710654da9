/** The package tools of a node: apt-get, apt, apt-mark, apt-cache, dpkg, dpkg-query. */
export { aptCommand } from './apt';
export { aptCacheCommand } from './apt-cache';
export { aptGetCommand } from './apt-get';
export { aptMarkCommand } from './apt-mark';
export { dpkgCommand, dpkgQueryCommand } from './dpkg';
