/**
 * Image reference parsing as the kubelet does it before a pull: distribution/reference v0.6
 * `ParseNormalizedNamed` (grammar and error texts from its source), then the kubelet's
 * `Failed to apply default image tag %q: couldn't parse image name %q: <err>` wrapper.
 */

export interface ParsedReference {
  /** Registry host[:port], `docker.io` for Docker Hub. */
  domain: string;
  /** Repository path, `library/nginx` for official images. */
  path: string;
  tag?: string;
  digest?: string;
}

// The grammar of distribution/reference regexp.go, transcribed to JavaScript.
const alphanumeric = '[a-z0-9]+';
const separator = '(?:[._]|__|[-]+)';
const domainNameComponent = '(?:[a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]*[a-zA-Z0-9])';
const optionalPort = '(?::[0-9]+)?';
const tagPat = '[\\w][\\w.-]{0,127}';
const digestPat = '[A-Za-z][A-Za-z0-9]*(?:[-_+.][A-Za-z][A-Za-z0-9]*)*[:][0-9a-fA-F]{32,}';
const ipv6address = '\\[(?:[a-fA-F0-9:]+)\\]';
const domainName = `${domainNameComponent}(?:\\.${domainNameComponent})*`;
const host = `(?:${domainName}|${ipv6address})`;
const domainAndPort = host + optionalPort;
const pathComponent = `${alphanumeric}(?:${separator}${alphanumeric})*`;
const remoteName = `${pathComponent}(?:/${pathComponent})*`;
const namePat = `(?:${domainAndPort}/)?${remoteName}`;

const referenceRegexp = new RegExp(`^(${namePat})(?::(${tagPat}))?(?:@(${digestPat}))?$`);
const anchoredNameRegexp = new RegExp(`^(?:(${domainAndPort})/)?(${remoteName})$`);
const anchoredIdentifierRegexp = /^[a-f0-9]{64}$/;

const NAME_TOTAL_LENGTH_MAX = 255;

/** Digest algorithms the kubelet links in, with their hex length. */
const DIGEST_HEX_LENGTH: Record<string, number> = { sha256: 64, sha384: 96, sha512: 128 };

/** splitDockerDomain: which part of a familiar name is the registry. */
function splitDockerDomain(name: string): { domain: string; remainder: string } {
  const slash = name.indexOf('/');
  if (slash < 0) return { domain: 'docker.io', remainder: `library/${name}` };
  const maybeDomain = name.slice(0, slash);
  const maybeRemote = name.slice(slash + 1);
  let domain: string;
  let remainder: string;
  if (maybeDomain === 'localhost') [domain, remainder] = [maybeDomain, maybeRemote];
  else if (maybeDomain === 'index.docker.io') [domain, remainder] = ['docker.io', maybeRemote];
  else if (/[.:]/.test(maybeDomain)) [domain, remainder] = [maybeDomain, maybeRemote];
  else if (maybeDomain.toLowerCase() !== maybeDomain) [domain, remainder] = [maybeDomain, maybeRemote];
  else [domain, remainder] = ['docker.io', name];
  if (domain === 'docker.io' && !remainder.includes('/')) remainder = `library/${remainder}`;
  return { domain, remainder };
}

/** go-digest's Validate, with its error texts. */
function validateDigest(digest: string): string | null {
  const colon = digest.indexOf(':');
  const algorithm = digest.slice(0, colon);
  const encoded = digest.slice(colon + 1);
  const length = DIGEST_HEX_LENGTH[algorithm];
  if (length === undefined) return 'unsupported digest algorithm';
  if (encoded.length !== length) return 'invalid checksum digest length';
  if (!/^[a-f0-9]+$/.test(encoded)) return 'invalid checksum digest format';
  return null;
}

/** distribution/reference ParseNormalizedNamed; returns the Go error text on failure. */
export function parseNormalizedNamed(ref: string): ParsedReference | { error: string } {
  if (anchoredIdentifierRegexp.test(ref)) {
    return { error: `invalid repository name (${ref}), cannot specify 64-byte hexadecimal strings` };
  }
  const { domain, remainder } = splitDockerDomain(ref);
  const tagSep = remainder.indexOf(':');
  const remote = tagSep > -1 ? remainder.slice(0, tagSep) : remainder;
  if (remote.toLowerCase() !== remote) {
    return { error: `invalid reference format: repository name (${remote}) must be lowercase` };
  }
  const full = `${domain}/${remainder}`;
  const m = referenceRegexp.exec(full);
  if (!m) {
    const lower = full.toLowerCase();
    if (lower !== full && referenceRegexp.test(lower)) return { error: 'repository name must be lowercase' };
    return { error: 'invalid reference format' };
  }
  const name = m[1] ?? '';
  const nameMatch = anchoredNameRegexp.exec(name);
  const parsedDomain = nameMatch?.[1] ?? '';
  const path = nameMatch?.[2] ?? name;
  if (path.length > NAME_TOTAL_LENGTH_MAX) {
    return { error: `repository name must not be more than ${NAME_TOTAL_LENGTH_MAX} characters` };
  }
  const digest = m[3];
  if (digest !== undefined) {
    const bad = validateDigest(digest);
    if (bad) return { error: bad };
  }
  const out: ParsedReference = { domain: parsedDomain, path };
  if (m[2] !== undefined) out.tag = m[2];
  if (digest !== undefined) out.digest = digest;
  return out;
}

/** The kubelet's InvalidImageName message for an unparseable `image:` field. */
export function invalidImageNameMessage(image: string, error: string): string {
  return `Failed to apply default image tag "${image}": couldn't parse image name "${image}": ${error}`;
}

/** `docker.io/library/nginx` + tag/digest as containerd names the pull (tag dropped when a digest is given). */
export function fullReference(ref: ParsedReference): string {
  const name = `${ref.domain}/${ref.path}`;
  if (ref.digest) return `${name}@${ref.digest}`;
  return `${name}:${ref.tag ?? 'latest'}`;
}
