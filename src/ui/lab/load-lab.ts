/**
 * Labs at build time (Node, in Astro's build): content/labs/<id>.yaml read and validated by the
 * grading loader with the checks library. An authoring mistake throws the loader's own message,
 * so `astro build` fails and says which file, which field, and what to write instead.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CHECKS } from '../../../checks';
import { formatAuthoringErrors, hasErrors, loadLab, type Lab } from '../../grading';

const LABS_DIR = 'content/labs';
const cache = new Map<string, Lab>();

function readText(path: string): string | undefined {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return undefined;
  }
}

/** The ids of every lab file under content/labs/. */
export function labIds(root = process.cwd()): string[] {
  let names: string[];
  try {
    names = readdirSync(join(root, LABS_DIR));
  } catch {
    return [];
  }
  return names.filter((n) => /\.ya?ml$/.test(n)).map((n) => n.replace(/\.ya?ml$/, '')).sort();
}

/** The lab `id`, loaded once per build; throws with the authoring errors when it cannot be used. */
export function readLab(id: string, root = process.cwd()): Lab {
  const key = `${root}\n${id}`;
  const known = cache.get(key);
  if (known) return known;
  const file = [`${LABS_DIR}/${id}.yaml`, `${LABS_DIR}/${id}.yml`].find((f) => readText(join(root, f)) !== undefined);
  if (!file) {
    const ids = labIds(root);
    throw new Error(`<Lab id="${id}">: there is no ${LABS_DIR}/${id}.yaml${ids.length > 0 ? ` (labs: ${ids.join(', ')})` : ''}`);
  }
  const dir = file.replace(/\.ya?ml$/, '');
  const loaded = loadLab(readText(join(root, file)) ?? '', file, {
    checks: CHECKS,
    filesDir: dir,
    readFile: (name) => readText(join(root, dir, name)),
  });
  if (hasErrors(loaded)) throw new Error(`${file} has authoring errors:\n${formatAuthoringErrors(loaded.errors)}`);
  cache.set(key, loaded);
  return loaded;
}
