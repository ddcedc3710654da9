/**
 * Base images with no server of their own: busybox, alpine, ubuntu, debian, and curlimages/curl.
 * Their default command is a shell that, without a terminal, exits at once (Completed → CrashLoopBackOff).
 */
import type { Family, Tool } from '../machine';
import type { ImageInfo } from '../types';
import { image, variant } from './build';

export const plainFamily: Family = { bins: () => ({}) };

function busybox(): ImageInfo {
  const repo = 'docker.io/library/busybox';
  const v = (tag: string, version: string, sizeMB: number, released: string) =>
    variant(repo, { tag, version, os: 'busybox', sizeMB, cmd: ['sh'], released });
  return image(repo, 'plain', [
    v('1.28.4', '1.28.4', 0.73, '2018-05-22'),
    v('1.35.0', '1.35.0', 2.11, '2021-12-26'),
    v('1.36.1', '1.36.1', 2.16, '2023-05-18'),
    v('1.37.0', '1.37.0', 2.15, '2024-09-26'),
  ], {
    '1.28': '1.28.4', '1.35': '1.35.0', '1.36': '1.36.1', '1.37': '1.37.0', latest: '1.37.0', stable: '1.37.0',
    glibc: '1.37.0', musl: '1.37.0', uclibc: '1.37.0', '1.36-glibc': '1.36.1', '1.36.1-glibc': '1.36.1',
    '1.37-glibc': '1.37.0', '1.37.0-glibc': '1.37.0', '1.36-musl': '1.36.1', '1.37-musl': '1.37.0',
    '1.36-uclibc': '1.36.1', '1.37-uclibc': '1.37.0', '1': '1.37.0',
  });
}

function alpine(): ImageInfo {
  const repo = 'docker.io/library/alpine';
  const list: [string, string, string][] = [
    ['3.19.9', 'alpine-3.19', '2025-10-08'], ['3.20.8', 'alpine-3.20', '2025-10-08'],
    ['3.21.5', 'alpine-3.21', '2025-10-08'], ['3.22.2', 'alpine-3.22', '2025-10-08'], ['3.23.0', 'alpine-3.23', '2025-12-03'],
  ];
  const variants = list.map(([tag, os, released]) => variant(repo, { tag, version: tag, os, sizeMB: 3.65, cmd: ['/bin/sh'], released }));
  const aliases: Record<string, string> = { latest: '3.23.0', '3': '3.23.0' };
  for (const [tag] of list) aliases[tag.split('.').slice(0, 2).join('.')] = tag;
  return image(repo, 'plain', variants, aliases);
}

function ubuntu(): ImageInfo {
  const repo = 'docker.io/library/ubuntu';
  return image(repo, 'plain', [
    variant(repo, { tag: 'noble-20251013', version: '24.04.3', os: 'ubuntu-24.04', sizeMB: 29.7, cmd: ['/bin/bash'], released: '2025-10-13' }),
  ], { latest: 'noble-20251013', noble: 'noble-20251013', '24.04': 'noble-20251013', rolling: 'noble-20251013' });
}

function debian(): ImageInfo {
  const repo = 'docker.io/library/debian';
  return image(repo, 'plain', [
    variant(repo, { tag: 'bookworm-20251117', version: '12.12', os: 'debian-12', sizeMB: 48.5, cmd: ['bash'], released: '2025-11-17' }),
    variant(repo, { tag: 'bookworm-20251117-slim', version: '12.12', os: 'debian-12', sizeMB: 28.2, cmd: ['bash'], released: '2025-11-17' }),
    variant(repo, { tag: 'trixie-20251117', version: '13.2', os: 'debian-13', sizeMB: 49.3, cmd: ['bash'], released: '2025-11-17' }),
    variant(repo, { tag: 'trixie-20251117-slim', version: '13.2', os: 'debian-13', sizeMB: 29.7, cmd: ['bash'], released: '2025-11-17' }),
  ], {
    bookworm: 'bookworm-20251117', '12': 'bookworm-20251117', '12.12': 'bookworm-20251117',
    'bookworm-slim': 'bookworm-20251117-slim', '12-slim': 'bookworm-20251117-slim',
    trixie: 'trixie-20251117', '13': 'trixie-20251117', '13.2': 'trixie-20251117', latest: 'trixie-20251117',
    stable: 'trixie-20251117', 'trixie-slim': 'trixie-20251117-slim', '13-slim': 'trixie-20251117-slim',
    'stable-slim': 'trixie-20251117-slim',
  });
}

/** curlimages/curl's entrypoint: a first argument that is an option or no command means "curl …". */
const curlEntrypoint: Tool = (c) => {
  const args = c.argv.slice(1);
  const first = args[0] ?? '';
  const isCommand = first !== '' && !first.startsWith('-') && c.spawner.which(first, c.env.get('PATH') ?? '') !== null;
  return c.exec(isCommand ? args : ['curl', ...args], c.env);
};

export const curlFamily: Family = {
  bins: () => ({ '/entrypoint.sh': curlEntrypoint }),
  tools: () => ['/usr/bin/curl'],
};

function curlImage(): ImageInfo {
  const repo = 'docker.io/curlimages/curl';
  return image(repo, 'curl', [
    variant(repo, { tag: '8.17.0', version: '8.17.0', os: 'alpine-3.22', sizeMB: 9.6, entrypoint: ['/entrypoint.sh'], cmd: ['curl'], user: 'curl_user', env: [['CURL_CA_BUNDLE', '/cacert.pem']], released: '2025-11-05' }),
    variant(repo, { tag: '8.11.1', version: '8.11.1', os: 'alpine-3.21', sizeMB: 9.2, entrypoint: ['/entrypoint.sh'], cmd: ['curl'], user: 'curl_user', env: [['CURL_CA_BUNDLE', '/cacert.pem']], released: '2024-12-11' }),
  ], { latest: '8.17.0' });
}

export function baseImages(): ImageInfo[] {
  return [busybox(), alpine(), ubuntu(), debian(), curlImage()];
}
