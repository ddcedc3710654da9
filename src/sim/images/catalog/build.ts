/** Helpers to declare catalog entries compactly: variants with deterministic sizes, and tag aliases. */
import { unitFromKey } from '../hash';
import type { ImageInfo, ImageVariant, PortSpec } from '../types';

export const PATH_DEFAULT = '/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin';

export interface VariantSpec {
  tag: string;
  version: string;
  os: string;
  /** Approximate compressed size in MB; the exact byte count is derived from the tag. */
  sizeMB: number;
  entrypoint?: string[];
  cmd?: string[];
  /** Env after PATH (PATH is added first unless given). */
  env?: [string, string][];
  path?: string;
  workingDir?: string;
  user?: string;
  ports?: (number | PortSpec)[];
  released: string;
  facts?: Record<string, string>;
}

export function variant(repository: string, spec: VariantSpec): ImageVariant {
  const jitter = 0.96 + 0.08 * unitFromKey(`${repository}:${spec.tag}/size`);
  const env: [string, string][] = [['PATH', spec.path ?? PATH_DEFAULT], ...(spec.env ?? [])];
  return {
    tag: spec.tag,
    version: spec.version,
    os: spec.os,
    sizeBytes: Math.round(spec.sizeMB * 1_000_000 * jitter),
    entrypoint: spec.entrypoint ?? [],
    cmd: spec.cmd ?? [],
    env,
    workingDir: spec.workingDir ?? '/',
    user: spec.user ?? '',
    exposedPorts: (spec.ports ?? []).map((p) => (typeof p === 'number' ? { port: p, protocol: 'TCP' } : p)),
    released: spec.released,
    facts: spec.facts ?? {},
  };
}

/** An image from its variants and extra tag names (alias → canonical tag). */
export function image(repository: string, family: string, variants: ImageVariant[], aliases: Record<string, string> = {}): ImageInfo {
  const tags: Record<string, string> = {};
  const byTag: Record<string, ImageVariant> = {};
  for (const v of variants) {
    tags[v.tag] = v.tag;
    byTag[v.tag] = v;
  }
  for (const [alias, target] of Object.entries(aliases)) {
    if (byTag[target]) tags[alias] = target;
  }
  return { repository, family, tags, variants: byTag };
}
