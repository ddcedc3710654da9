#!/usr/bin/env node
// Builds the site a second time as it would be hosted under a sub-path (KUBEDOJO_BASE=/kubedojo/),
// into dist-subpath/, with its search index — for e2e/subpath.spec.ts, which checks that every
// link, asset and search request carries the prefix.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';

const SUBPATH_BASE = '/kubedojo/';
const SUBPATH_DIR = 'dist-subpath';

/** A package's command from node_modules/.bin (what npx would find, without npx's start-up). */
const bin = (name) => join('node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);

function run(command, args, env = {}) {
  const result = spawnSync(bin(command), args, {
    stdio: ['ignore', 'ignore', 'inherit'],
    env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', ...env },
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error(`build-subpath: ${command} ${args.join(' ')} failed`);
    process.exit(result.status ?? 1);
  }
}

run('astro', ['build', '--outDir', SUBPATH_DIR], { KUBEDOJO_BASE: SUBPATH_BASE });
run('pagefind', ['--site', SUBPATH_DIR]);
console.log(`build-subpath: ${SUBPATH_DIR}/ built for ${SUBPATH_BASE}`);
