/**
 * What happens when the kubelet asks containerd to pull an image: the reference is parsed
 * (InvalidImageName), looked up in the catalog, and either found (digest, size, pull time) or not,
 * with containerd's error text for a missing tag, a missing Docker Hub repository, or an
 * unreachable registry.
 */
import { imageCatalog } from './catalog';
import { hexFromKey, unitFromKey } from './hash';
import { fullReference, invalidImageNameMessage, parseNormalizedNamed, type ParsedReference } from './reference';
import type { ImageInfo, ImageResolution, ImageVariant } from './types';

// Callers that have resolved already read the build without the catalog (variant.ts).
export { variantOf } from './variant';

/** The manifest digest of a variant (all its tags share it). */
export function variantDigest(image: ImageInfo, v: ImageVariant): string {
  return `sha256:${hexFromKey(`${image.repository}@${v.tag}`)}`;
}

/** Pull time: ~0.7 s of round trips plus the size at 10–16 MB/s (fixed per image). */
function pullMs(image: ImageInfo, v: ImageVariant): number {
  const mbPerSecond = 10 + 6 * unitFromKey(`${image.repository}:${v.tag}/speed`);
  return Math.round(700 + v.sizeBytes / (mbPerSecond * 1000));
}

function unknownRepository(ref: ParsedReference, full: string): ImageResolution {
  const prefix = `failed to pull and unpack image "${full}": failed to resolve reference "${full}": `;
  const manifest = ref.digest ?? ref.tag ?? 'latest';
  const url = `https://${ref.domain}/v2/${ref.path}/manifests/${manifest}`;
  switch (ref.domain) {
    case 'docker.io':
      return { kind: 'notFound', rpcCode: 'Unknown', message: `${prefix}pull access denied, repository does not exist or may require authorization: server message: insufficient_scope: authorization failed` };
    case 'ghcr.io':
      return { kind: 'notFound', rpcCode: 'Unknown', message: `${prefix}failed to authorize: failed to fetch anonymous token: unexpected status from GET request to https://ghcr.io/token?scope=repository%3A${encodeURIComponent(ref.path)}%3Apull&service=ghcr.io: 403 Forbidden` };
    case 'quay.io':
      return { kind: 'notFound', rpcCode: 'Unknown', message: `${prefix}unexpected status from HEAD request to ${url}: 401 UNAUTHORIZED` };
    case 'registry.k8s.io':
    case 'gcr.io':
    case 'public.ecr.aws':
    case 'mcr.microsoft.com':
      return { kind: 'notFound', rpcCode: 'NotFound', message: `${prefix}${full}: not found` };
    default: {
      const host = ref.domain.replace(/:\d+$/, '');
      if (host === 'localhost' || host === '127.0.0.1') {
        const port = /:(\d+)$/.exec(ref.domain)?.[1] ?? '443';
        return { kind: 'notFound', rpcCode: 'Unknown', message: `${prefix}failed to do request: Head "${url}": dial tcp 127.0.0.1:${port}: connect: connection refused` };
      }
      return { kind: 'notFound', rpcCode: 'Unknown', message: `${prefix}failed to do request: Head "${url}": dial tcp: lookup ${host} on 127.0.0.53:53: no such host` };
    }
  }
}

export function resolveImage(ref: string): ImageResolution {
  const parsed = parseNormalizedNamed(ref);
  if ('error' in parsed) return { kind: 'invalid', message: invalidImageNameMessage(ref, parsed.error) };
  const full = fullReference(parsed);
  const image = imageCatalog().get(`${parsed.domain}/${parsed.path}`);
  if (!image) return unknownRepository(parsed, full);
  let tag: string | undefined;
  if (parsed.digest) {
    tag = Object.values(image.variants).find((v) => variantDigest(image, v) === parsed.digest)?.tag;
  } else {
    const requested = parsed.tag ?? 'latest';
    tag = image.tags[requested] === undefined ? undefined : requested;
  }
  const v = tag === undefined ? undefined : image.variants[image.tags[tag] ?? ''];
  if (tag === undefined || !v) {
    return { kind: 'notFound', rpcCode: 'NotFound', message: `failed to pull and unpack image "${full}": failed to resolve reference "${full}": ${full}: not found` };
  }
  const digest = variantDigest(image, v);
  return {
    kind: 'found',
    image,
    tag,
    digest,
    fullRef: full,
    imageId: `${image.repository}@${digest}`,
    sizeBytes: v.sizeBytes,
    pullMs: pullMs(image, v),
  };
}

