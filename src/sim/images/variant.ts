import type { ImageInfo, ImageVariant } from './types';

// Apart from resolve.ts, which needs the catalog: a restored kubelet and the network read the build
// of images they already resolved without it.
/** The build a tag names (undefined for an unknown tag). */
export function variantOf(image: ImageInfo, tag: string): ImageVariant | undefined {
  return image.variants[image.tags[tag] ?? tag];
}
