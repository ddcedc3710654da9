// Reading `-f` inputs the way kubectl's builder does: files, directories (only .json, .yaml and
// .yml files, in name order; -R descends), `-` for stdin shown as "STDIN"; YAML streams split at
// `---` lines, empty documents skipped, `List` objects flattened into their items.
// Limit: parsing uses js-yaml with the YAML 1.2 core schema, so messages for malformed YAML are
// js-yaml's reasons in kubectl's wrapping, and YAML 1.1 booleans (`yes`, `on`) stay strings.

import { CORE_SCHEMA, load, YAMLException } from 'js-yaml';
import type { KubeObject } from '../../sim/api/object';
import { toCompactJson } from '../printers';
import { messageError, type KubectlError } from '../cli/errors';
import type { KubectlFiles } from '../context';

export interface Manifest {
  /** The file it came from, or "STDIN". */
  readonly source: string;
  readonly object: KubeObject;
}

export type ManifestResult =
  | {
      ok: true;
      manifests: Manifest[];
      /** One plain file was named: kubectl's "single item implied" for -f. */
      singleSource: boolean;
    }
  | { ok: false; error: KubectlError };

const EXTENSIONS = ['.json', '.yaml', '.yml'];

/** Where `-f` reads from; a command passes its KubectlContext (inv.ctx), which has both. */
export interface ManifestInput {
  readonly files?: KubectlFiles;
  readonly stdin?: string;
}

/** The documents of a YAML (or JSON) stream, split where kubectl's YAML reader splits them. */
export function splitDocuments(text: string): string[] {
  const docs: string[] = [];
  let current: string[] = [];
  for (const line of text.split('\n')) {
    if (/^---(\s.*)?$/.test(line) && (line.slice(3).trim() === '' || line.slice(3).trim().startsWith('#'))) {
      docs.push(current.join('\n'));
      current = [];
    } else current.push(line);
  }
  docs.push(current.join('\n'));
  return docs;
}

function parseDocument(doc: string, source: string): { ok: true; value: unknown } | { ok: false; error: KubectlError } {
  try {
    return { ok: true, value: load(doc, { schema: CORE_SCHEMA }) };
  } catch (e) {
    if (!(e instanceof YAMLException)) throw e;
    return { ok: false, error: messageError(`error parsing ${source}: error converting YAML to JSON: yaml: line ${e.mark.line + 1}: ${e.reason}`) };
  }
}

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The objects of one stream of text. */
export function parseManifests(text: string, source: string): { ok: true; manifests: Manifest[] } | { ok: false; error: KubectlError } {
  const manifests: Manifest[] = [];
  for (const doc of splitDocuments(text)) {
    const parsed = parseDocument(doc, source);
    if (!parsed.ok) return parsed;
    const value = parsed.value;
    if (value === null || value === undefined) continue;
    if (!isRecord(value)) {
      return { ok: false, error: messageError(`error parsing ${source}: error unmarshaling JSON: while decoding JSON: json: cannot unmarshal ${Array.isArray(value) ? 'array' : typeof value === 'string' ? 'string' : 'number'} into Go value of type map[string]interface {}`) };
    }
    if (typeof value['kind'] !== 'string' || value['kind'] === '') {
      return { ok: false, error: messageError(`unable to decode "${source}": Object 'Kind' is missing in '${toCompactJson(value)}'`) };
    }
    const kind = value['kind'];
    if (kind.endsWith('List') && Array.isArray(value['items'])) {
      for (const item of value['items']) if (isRecord(item)) manifests.push({ source, object: withMetadata(item) });
      continue;
    }
    manifests.push({ source, object: withMetadata(value) });
  }
  return { ok: true, manifests };
}

function withMetadata(obj: Record<string, unknown>): KubeObject {
  return { ...obj, apiVersion: String(obj['apiVersion'] ?? ''), kind: String(obj['kind'] ?? ''), metadata: isRecord(obj['metadata']) ? obj['metadata'] : {} } as KubeObject;
}

function filesUnder(files: KubectlFiles, dir: string, recursive: boolean): string[] {
  const out: string[] = [];
  for (const name of [...files.list(dir)].sort()) {
    const path = dir.endsWith('/') ? `${dir}${name}` : `${dir}/${name}`;
    if (files.isDir(path)) {
      if (recursive) out.push(...filesUnder(files, path, recursive));
    } else if (EXTENSIONS.some((ext) => name.endsWith(ext))) out.push(path);
  }
  return out;
}

/** Reads every object named by `-f` values (already split on commas). */
export function readManifests(paths: readonly string[], recursive: boolean, input: ManifestInput): ManifestResult {
  const manifests: Manifest[] = [];
  let plainFiles = 0;
  let other = false;
  for (const path of paths) {
    let sources: { name: string; text: string }[];
    if (path === '-') {
      other = true;
      sources = [{ name: 'STDIN', text: input.stdin ?? '' }];
    } else if (input.files?.isDir(path)) {
      other = true;
      sources = filesUnder(input.files, path, recursive).map((p) => ({ name: p, text: input.files?.readFile(p) ?? '' }));
    } else {
      const text = input.files?.readFile(path);
      if (text === undefined) return { ok: false, error: messageError(`the path "${path}" does not exist`) };
      plainFiles++;
      sources = [{ name: path, text }];
    }
    for (const s of sources) {
      const parsed = parseManifests(s.text, s.name);
      if (!parsed.ok) return parsed;
      manifests.push(...parsed.manifests);
    }
  }
  return { ok: true, manifests, singleSource: plainFiles === 1 && !other && paths.length === 1 };
}
