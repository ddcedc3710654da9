/** PEM armour: base64 of DER in 64-column lines between BEGIN/END lines with a label. */
import { decodeBase64Bytes, encodeBase64Bytes } from '../base64';
import type { Bytes } from './der';

export function pemEncode(label: string, der: Bytes): string {
  const text = encodeBase64Bytes(der);
  const lines: string[] = [];
  for (let i = 0; i < text.length; i += 64) lines.push(text.slice(i, i + 64));
  return `-----BEGIN ${label}-----\n${lines.join('\n')}\n-----END ${label}-----\n`;
}

export interface PemBlock {
  label: string;
  der: Bytes;
}

/** Every PEM block in `text`, in order (text around them is ignored, as openssl does). */
export function pemBlocks(text: string): PemBlock[] {
  const blocks: PemBlock[] = [];
  const re = /-----BEGIN ([^-\n]+)-----\r?\n([\s\S]*?)-----END \1-----/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const body = (m[2] as string).replace(/\s+/g, '');
    if (!/^[A-Za-z0-9+/]*={0,2}$/.test(body)) continue;
    blocks.push({ label: m[1] as string, der: decodeBase64Bytes(body) });
  }
  return blocks;
}

/** The first block with one of `labels`. */
export function pemFind(text: string, ...labels: string[]): PemBlock | undefined {
  return pemBlocks(text).find((b) => labels.includes(b.label));
}
