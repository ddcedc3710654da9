/** The X.509 v3 extensions kubeadm's and openssl's certificates carry: building and reading them. */
import { sha1Bytes } from '../sha1';
import { TAG, bool, octets, oid, parseDer, readBits, readOid, seq, str, tlv, valueOf, type Bytes } from './der';
import { OID } from './oids';
import { encodeRsaPublicKey, type RsaPublicKey } from './rsa';

export interface Extension {
  oid: string;
  critical: boolean;
  /** The extension's value: the DER inside the OCTET STRING. */
  value: Bytes;
}

/** RFC 5280 key usage bits, in bit order; the names are the CSR API's usages. */
export const KEY_USAGE_BITS = ['digital signature', 'content commitment', 'key encipherment', 'data encipherment', 'key agreement', 'cert sign', 'crl sign', 'encipher only', 'decipher only'] as const;
export type KeyUsage = (typeof KEY_USAGE_BITS)[number];

export function encodeExtension(e: Extension): Bytes {
  return seq(oid(e.oid), ...(e.critical ? [bool(true)] : []), octets(e.value));
}

export function basicConstraints(ca: boolean): Extension {
  return { oid: OID.basicConstraints, critical: true, value: ca ? seq(bool(true)) : seq() };
}

export function keyUsage(usages: readonly KeyUsage[]): Extension {
  let mask = 0;
  for (const u of usages) mask |= 1 << KEY_USAGE_BITS.indexOf(u);
  const bytes = [reverse(mask & 0xff), reverse((mask >> 8) & 0xff)];
  const used = bytes[1] ? bytes : bytes.slice(0, 1);
  const last = used[used.length - 1] as number;
  let unused = 0;
  while (unused < 8 && last !== 0 && !(last & (1 << unused))) unused++;
  return { oid: OID.keyUsage, critical: true, value: tlv(TAG.BIT_STRING, [last === 0 ? 0 : unused, ...used]) };
}

function reverse(b: number): number {
  let r = 0;
  for (let i = 0; i < 8; i++) if (b & (1 << i)) r |= 1 << (7 - i);
  return r;
}

export function extKeyUsage(oids: readonly string[]): Extension {
  return { oid: OID.extKeyUsage, critical: false, value: seq(...oids.map((o) => oid(o))) };
}

export interface AltNames {
  dns?: string[];
  ips?: string[];
  emails?: string[];
  uris?: string[];
}

/** Go writes DNS names, then emails, IPs and URIs. */
export function subjectAltName(names: AltNames): Extension {
  const items: Bytes[] = [];
  for (const d of names.dns ?? []) items.push(str(0x82, d));
  for (const e of names.emails ?? []) items.push(str(0x81, e));
  for (const ip of names.ips ?? []) items.push(tlv(0x87, ipBytes(ip)));
  for (const u of names.uris ?? []) items.push(str(0x86, u));
  return { oid: OID.subjectAltName, critical: false, value: seq(...items) };
}

export function subjectKeyIdentifier(keyId: Bytes): Extension {
  return { oid: OID.subjectKeyIdentifier, critical: false, value: octets(keyId) };
}

export function authorityKeyIdentifier(keyId: Bytes): Extension {
  return { oid: OID.authorityKeyIdentifier, critical: false, value: seq(tlv(0x80, keyId)) };
}

/** The SHA-1 of the public key's bits, as Go and openssl's `hash` derive a subject key identifier. */
export function keyIdOf(key: RsaPublicKey): Bytes {
  return sha1Bytes(encodeRsaPublicKey(key));
}

export function ipBytes(ip: string): Bytes {
  if (ip.includes(':')) {
    const [head = '', tail = ''] = ip.split('::');
    const h = head ? head.split(':') : [];
    const t = ip.includes('::') && tail ? tail.split(':') : [];
    const groups = ip.includes('::') ? [...h, ...Array<string>(8 - h.length - t.length).fill('0'), ...t] : ip.split(':');
    return groups.flatMap((g) => {
      const v = parseInt(g || '0', 16);
      return [v >> 8, v & 0xff];
    });
  }
  return ip.split('.').map(Number);
}

/** What a certificate's extensions say, read back (unknown ones are left out). */
export interface AltName {
  kind: 'DNS' | 'IP' | 'email' | 'URI';
  value: string;
}

export interface DecodedExtensions {
  ca?: boolean;
  keyUsage?: KeyUsage[];
  extKeyUsage?: string[];
  altNames?: AltName[];
  subjectKeyId?: Bytes;
  authorityKeyId?: Bytes;
}

export function decodeExtension(e: Extension): DecodedExtensions {
  const node = parseDer(e.value);
  switch (e.oid) {
    case OID.basicConstraints: {
      const first = node.children[0];
      return { ca: first?.tag === TAG.BOOLEAN && valueOf(first)[0] !== 0 };
    }
    case OID.keyUsage: {
      const { bytes } = readBits(node);
      const mask = reverse(bytes[0] ?? 0) | (reverse(bytes[1] ?? 0) << 8);
      return { keyUsage: KEY_USAGE_BITS.filter((_, i) => mask & (1 << i)) };
    }
    case OID.extKeyUsage:
      return { extKeyUsage: node.children.map(readOid) };
    case OID.subjectAltName:
      return {
        altNames: node.children.flatMap((n): AltName[] => {
          const v = valueOf(n);
          const text = String.fromCharCode(...v);
          if (n.tag === 0x82) return [{ kind: 'DNS', value: text }];
          if (n.tag === 0x81) return [{ kind: 'email', value: text }];
          if (n.tag === 0x86) return [{ kind: 'URI', value: text }];
          if (n.tag === 0x87) return [{ kind: 'IP', value: formatIp(v) }];
          return [];
        }),
      };
    case OID.subjectKeyIdentifier:
      return { subjectKeyId: valueOf(node) };
    case OID.authorityKeyIdentifier: {
      const id = node.children.find((c) => c.tag === 0x80);
      return id ? { authorityKeyId: valueOf(id) } : {};
    }
    default:
      return {};
  }
}

/** An IP as openssl prints it: dotted quad, or eight upper-case hex groups without compression. */
export function formatIp(v: Bytes): string {
  if (v.length === 4) return v.join('.');
  const groups: string[] = [];
  for (let i = 0; i + 1 < v.length; i += 2) groups.push((((v[i] as number) << 8) | (v[i + 1] as number)).toString(16).toUpperCase());
  return groups.join(':');
}

