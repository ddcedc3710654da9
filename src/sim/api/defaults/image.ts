/**
 * The image pull policy the API server picks when a container (or an image volume) names none:
 * `Always` for the tag `latest` — which is also what a reference with neither tag nor digest
 * means — and `IfNotPresent` otherwise, including for references that do not parse.
 */
export type PullPolicy = 'Always' | 'IfNotPresent';

export function defaultPullPolicy(image: string): PullPolicy {
  const ref = parseImageReference(image);
  if (!ref) return 'IfNotPresent';
  const tag = ref.tag ?? (ref.digest === undefined ? 'latest' : undefined);
  return tag === 'latest' ? 'Always' : 'IfNotPresent';
}

export interface ImageReference {
  /** Registry host and repository path as written, e.g. `nginx` or `registry.k8s.io/pause`. */
  name: string;
  tag?: string;
  digest?: string;
}

// The reference grammar of container image names (the distribution project's): a path component
// is lower-case alphanumerics joined by `.`, `_`, `__` or dashes; a registry host may carry
// upper case and a port; tags are at most 128 word characters, dots and dashes.
const PATH_COMPONENT = '[a-z0-9]+(?:(?:[._]|__|-+)[a-z0-9]+)*';
const DOMAIN_COMPONENT = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const DOMAIN = `${DOMAIN_COMPONENT}(?:\\.${DOMAIN_COMPONENT})*(?::[0-9]+)?`;
const NAME = `(?:${DOMAIN}/)?${PATH_COMPONENT}(?:/${PATH_COMPONENT})*`;
const TAG = '[\\w][\\w.-]{0,127}';
const DIGEST = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*:[0-9a-fA-F]{32,}';
const REFERENCE = new RegExp(`^(${NAME})(?::(${TAG}))?(?:@(${DIGEST}))?$`);
const MAX_NAME_LENGTH = 255;

export function parseImageReference(image: string): ImageReference | undefined {
  const match = REFERENCE.exec(image);
  if (!match) return undefined;
  const [, name, tag, digest] = match;
  if (name === undefined || name.length > MAX_NAME_LENGTH) return undefined;
  return { name, ...(tag !== undefined ? { tag } : {}), ...(digest !== undefined ? { digest } : {}) };
}
